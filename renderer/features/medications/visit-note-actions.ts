import type { Note, Session } from '../../../shared/domain/records';
import { visitNoteId, visitNoteSections } from '../../../shared/domain/visit-note';
import { appendAudit, createDraft, getNote, saveDraft, type DraftPatch, type WaypointDatabase } from '../../db';

/*
 * Writes of a medication visit's note. The note is an ordinary draft in the notes collection (template
 * 'medication-visit', linked to the visit's session and the client), so it is listed, signed and recovered like any
 * note; only its creation and its edit audit are the visit's own.
 */

/** Who writes, and when. */
export interface VisitNoteWriter {
  readonly db: WaypointDatabase;
  readonly actorId: string;
  readonly now: Date;
}

/**
 * The visit's note, created the first time the visit is opened (audited). A visit that kept its note as text on the
 * session (before visit notes were notes) starts its note with that text; the text on the session is left as it was.
 */
export async function openVisitNote({ db, actorId, now }: VisitNoteWriter, session: Pick<Session, 'id' | 'clientId' | 'summary'>): Promise<Note> {
  const id = visitNoteId(session.id);
  const existing = await getNote(db, id);
  if (existing) return existing;
  const kept = session.summary.trim();
  let note: Note;
  try {
    const start = { clientId: session.clientId, sessionId: session.id, templateId: 'medication-visit', title: '', sections: visitNoteSections(kept) };
    note = await createDraft(db, start, { authorId: actorId, now, id });
  } catch (error) {
    // Opened twice at once (two windows): the other open made it.
    const made = await getNote(db, id);
    if (made) return made;
    throw error;
  }
  const from = kept ? `, from the text kept on the visit` : '';
  await appendAudit(
    db,
    {
      action: 'create',
      entity: 'note',
      entityId: id,
      actorId,
      detail: `Started a Medication visit note for client ${session.clientId} (medication visit ${session.id})${from}`,
    },
    { now },
  );
  return note;
}

/** Saves the visit note's draft; the first save of an editing session is audited as the visit note's edit. */
export async function saveVisitNote(
  { db, actorId, now }: VisitNoteWriter,
  note: Pick<Note, 'id' | 'clientId'>,
  patch: DraftPatch,
  first: boolean,
): Promise<Note> {
  const saved = await saveDraft(db, note.id, patch, { authorId: actorId, now });
  if (first)
    await appendAudit(
      db,
      { action: 'edit', entity: 'note', entityId: note.id, actorId, detail: `Medication visit note edited (client ${note.clientId})` },
      { now },
    );
  return saved;
}
