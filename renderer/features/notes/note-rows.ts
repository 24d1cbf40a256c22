import { clientDisplayName, type Client } from '../../../shared/domain/client';
import { isUnsignedOverdue, noteState, templateOf, unsignedAgeHours, type NoteState } from '../../../shared/domain/notes';
import type { Note } from '../../../shared/domain/records';
import type { Staff } from '../../../shared/domain/staff';

/** One row of a client's notes list. */
export interface NoteRow {
  readonly id: string;
  readonly startedAt: string;
  readonly signedAt: string | null;
  readonly template: string;
  readonly title: string;
  readonly author: string;
  readonly state: NoteState;
  readonly addenda: number;
}

const nameIn = (staff: readonly Staff[]) => (id: string) => staff.find((s) => s.id === id)?.name ?? 'Unknown staff member';

/** A client's notes (not addenda or co-signs), newest first, with state and addendum count. */
export function clientNoteRows(all: readonly Note[], staff: readonly Staff[]): readonly NoteRow[] {
  const nameOf = nameIn(staff);
  const cosigns = all.filter((n) => n.kind === 'cosign');
  return all
    .filter((n) => n.kind === 'note')
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    .map((n) => ({
      id: n.id,
      startedAt: n.createdAt,
      signedAt: n.signedAt,
      template: templateOf(n.templateId).label,
      title: n.title,
      author: nameOf(n.authorId),
      state: noteState(n, cosigns),
      addenda: all.filter((a) => a.kind === 'addendum' && a.parentId === n.id).length,
    }));
}

/** One row of the unsigned-notes page. */
export interface PendingRow {
  readonly id: string;
  readonly client: string;
  readonly template: string;
  readonly author: string;
  /** Start of the draft, or signing time for a note awaiting co-sign. */
  readonly since: string;
  readonly ageHours: number;
  readonly overdue: boolean;
}

/** Drafts (age since started) or notes awaiting co-sign (age since signed), oldest first; over 24 h is overdue. */
export function pendingRows(notes: readonly Note[], clients: readonly Client[], staff: readonly Staff[], now: Date): readonly PendingRow[] {
  const nameOf = nameIn(staff);
  return notes
    .map((n) => {
      const since = n.status === 'signed' && n.signedAt ? n.signedAt : n.createdAt;
      const client = clients.find((c) => c.id === n.clientId);
      return {
        id: n.id,
        client: client ? clientDisplayName(client) : 'Unknown client',
        template: templateOf(n.templateId).label,
        author: nameOf(n.authorId),
        since,
        ageHours: unsignedAgeHours({ createdAt: since }, now),
        overdue: isUnsignedOverdue({ createdAt: since }, now),
      };
    })
    .sort((a, b) => a.since.localeCompare(b.since));
}
