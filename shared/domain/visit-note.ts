import { escapeHtml } from './notes';
import type { NoteSection } from './records';

/*
 * A medication visit's note is a note (notes collection, template 'medication-visit') tied to the visit's session.
 * Visits finished before that kept their note as plain text in the session's sealed `summary`; these rules carry
 * that text into a note without losing any of it.
 */

/** The id of a visit's note: one per visit, so opening the visit twice (or on two tabs) never makes two drafts. */
export function visitNoteId(sessionId: string): string {
  return `${sessionId}.visit-note`;
}

/** Plain text (the old visit note field) as note-section HTML: one paragraph per line, blank lines dropped, escaped. */
export function plainTextToHtml(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('');
}

/** The sections a new visit note starts with: the visit template's one section, holding any text kept on the visit. */
export function visitNoteSections(legacyText: string): NoteSection[] {
  return [{ key: 'visit', heading: 'Visit note', html: plainTextToHtml(legacyText) }];
}
