import { appendAudit, discardDraft, restoreDraft, type DiscardOutcome, type WaypointDatabase } from '../../db';
import type { Actor } from '../../session';

export type { Actor } from '../../session';

/** Thrown when someone other than an admin tries to restore a discarded draft. */
export class NotAllowedError extends Error {
  readonly code = 'not_allowed';
  constructor(message: string) {
    super(message);
    this.name = 'NotAllowedError';
  }
}

/**
 * The author discards their own draft: deleted when it is empty, otherwise kept as 'discarded' for an admin to
 * restore (the editor asks to confirm that case first). Audited either way; the audit says which, never the text.
 */
export async function discardNoteDraft(db: WaypointDatabase, actor: Actor, now: Date, noteId: string): Promise<DiscardOutcome> {
  const outcome = await discardDraft(db, noteId, { authorId: actor.id, now });
  const detail = outcome === 'deleted' ? 'Discarded the empty draft (deleted)' : 'Discarded the draft; kept for an admin to restore';
  await appendAudit(db, { action: 'edit', entity: 'note', entityId: noteId, actorId: actor.id, detail }, { now });
  return outcome;
}

/** An admin puts a discarded draft back among its author's unsigned notes, unchanged; audited. */
export async function restoreNoteDraft(db: WaypointDatabase, actor: Actor, now: Date, noteId: string): Promise<void> {
  if (actor.role !== 'admin') throw new NotAllowedError('Only a clinic admin can restore a discarded draft.');
  const note = await restoreDraft(db, noteId, { authorId: actor.id, now });
  const detail = `Restored the discarded draft to its author (${note.authorId})`;
  await appendAudit(db, { action: 'edit', entity: 'note', entityId: noteId, actorId: actor.id, detail }, { now });
}
