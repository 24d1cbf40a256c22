import { clientDisplayName, type Client } from '../../../shared/domain/client';
import { isGroupNote, isUnsignedOverdue, noteLabel, noteState, templateOf, unsignedAgeHours, type NoteState } from '../../../shared/domain/notes';
import type { Note } from '../../../shared/domain/records';
import type { Staff } from '../../../shared/domain/staff';

/** One row of a client's notes list. */
export interface NoteRow {
  readonly id: string;
  readonly startedAt: string;
  readonly signedAt: string | null;
  readonly template: string;
  /** "SOAP note", "Group member note": what the note is called when it has no title. */
  readonly name: string;
  readonly title: string;
  readonly author: string;
  readonly state: NoteState;
  readonly addenda: number;
}

const nameIn = (staff: readonly Staff[]) => (id: string) => staff.find((s) => s.id === id)?.name ?? 'Unknown staff member';

/** A client's notes (not addenda, co-signs or discarded drafts), newest first, with state and addendum count. */
export function clientNoteRows(all: readonly Note[], staff: readonly Staff[]): readonly NoteRow[] {
  const nameOf = nameIn(staff);
  const cosigns = all.filter((n) => n.kind === 'cosign');
  return all
    .filter((n) => n.kind === 'note' && n.status !== 'discarded')
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    .map((n) => ({
      id: n.id,
      startedAt: n.createdAt,
      signedAt: n.signedAt,
      template: templateOf(n.templateId).label,
      name: noteLabel(n.templateId),
      title: n.title,
      author: nameOf(n.authorId),
      state: noteState(n, cosigns),
      addenda: all.filter((a) => a.kind === 'addendum' && a.parentId === n.id).length,
    }));
}

/** One row of the unsigned-notes page. */
export interface PendingRow {
  readonly id: string;
  /** The client's name, or "Group: <name>" for a group session's shared note. */
  readonly client: string;
  /** "SOAP note", "Group note", … */
  readonly template: string;
  readonly author: string;
  /** Where the note is opened: the note itself, or the group session's page where a group note is written. */
  readonly href: string;
  /** Start of the draft, signing time for a note awaiting co-sign, or when a discarded draft was discarded. */
  readonly since: string;
  readonly ageHours: number;
  readonly overdue: boolean;
}

/** Who a note is about: a client, or the group of the session a group note belongs to. */
export interface NoteSubjects {
  readonly clients: readonly Client[];
  readonly staff: readonly Staff[];
  /** Group name per session id, for group notes (which have no client). */
  readonly groupBySession: ReadonlyMap<string, string>;
}

function sinceOf(n: Note): string {
  if (n.status === 'signed' && n.signedAt) return n.signedAt;
  return n.status === 'discarded' ? n.updatedAt : n.createdAt;
}

function subjectOf(n: Note, subjects: NoteSubjects): string {
  if (isGroupNote(n)) return `Group: ${subjects.groupBySession.get(n.sessionId) ?? 'a group not on this laptop'}`;
  const client = subjects.clients.find((c) => c.id === n.clientId);
  return client ? clientDisplayName(client) : 'Unknown client';
}

/** Drafts (age since started), notes awaiting co-sign (since signed) or discarded drafts, oldest first; over 24 h is overdue. */
export function pendingRows(notes: readonly Note[], subjects: NoteSubjects, now: Date): readonly PendingRow[] {
  const nameOf = nameIn(subjects.staff);
  return notes
    .map((n) => {
      const since = sinceOf(n);
      return {
        id: n.id,
        client: subjectOf(n, subjects),
        template: noteLabel(n.templateId),
        author: nameOf(n.authorId),
        href: isGroupNote(n) && n.status === 'draft' ? `/sessions/${n.sessionId}` : `/notes/${n.id}`,
        since,
        ageHours: unsignedAgeHours({ createdAt: since }, now),
        overdue: n.status !== 'discarded' && isUnsignedOverdue({ createdAt: since }, now),
      };
    })
    .sort((a, b) => a.since.localeCompare(b.since));
}
