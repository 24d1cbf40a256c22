import { RISK_REQUIRED, emptySections, noteLabel, type NoteTemplateId } from '../../../shared/domain/notes';
import type { Note } from '../../../shared/domain/records';
import { auditFor } from '../../audit';
import { addAddendum, cosignNote, createDraft, getNote, saveDraft, signNote, type DraftPatch, type WaypointDatabase } from '../../db';
import { writeStamp, type ActorContext } from '../../session';
import { keepOverwrittenVersion } from '../../sync/sync-records';
import { findOpenSafetyAlerts } from '../safety-alerts';
import { signerFor } from '../../signing/signing-session';

/* Writes to notes, each followed by its audit event (never the note's text), authored by the context's actor. */

export interface NewNoteInput {
  readonly clientId: string;
  readonly sessionId: string;
  readonly templateId: NoteTemplateId;
}

export async function startNote(ctx: ActorContext, input: NewNoteInput): Promise<Note> {
  const stamp = writeStamp(ctx);
  const note = await createDraft(ctx.db, { ...input, title: '', sections: emptySections(input.templateId) }, stamp);
  await auditFor(ctx, 'note')('create', note.id, `Started a ${noteLabel(input.templateId)} for client ${input.clientId}`, stamp.now);
  return note;
}

/** Saves draft content; `firstOfSession` writes the one 'edit' audit event of this editing session. */
export async function saveNote(ctx: ActorContext, noteId: string, patch: DraftPatch, firstOfSession: boolean): Promise<Note> {
  const stamp = writeStamp(ctx);
  const note = await saveDraft(ctx.db, noteId, patch, stamp);
  if (firstOfSession) await auditFor(ctx, 'note')('edit', noteId, 'Edited the draft', stamp.now);
  return note;
}

/** Refuses to sign a note whose stored risk level is unchosen while its client has an open safety alert. */
async function assertRiskForAlerts(db: WaypointDatabase, noteId: string): Promise<void> {
  const stored = await getNote(db, noteId);
  if (!stored || (stored.risk?.level ?? '') !== '') return;
  if ((await findOpenSafetyAlerts(db, stored.clientId)).length > 0) throw new Error(RISK_REQUIRED);
}

/** Signs the draft (its content hash goes in the audit); a supervised author's note then awaits a co-sign. */
export async function signNoteDraft(ctx: ActorContext, noteId: string): Promise<Note> {
  await assertRiskForAlerts(ctx.db, noteId);
  const stamp = writeStamp(ctx);
  const note = await signNote(ctx.db, noteId, stamp, signerFor(ctx.actor.id) ?? undefined);
  const cosign = note.cosignRequired === true ? '; awaits a supervisor’s co-sign' : '';
  await auditFor(ctx, 'note')('sign', noteId, `Signed the note (SHA-256 ${note.contentHash ?? ''})${cosign}`, stamp.now);
  return note;
}

export async function addNoteAddendum(ctx: ActorContext, noteId: string, html: string): Promise<Note> {
  const stamp = writeStamp(ctx);
  const addendum = await addAddendum(ctx.db, noteId, html, stamp, signerFor(ctx.actor.id) ?? undefined);
  await auditFor(ctx, 'note')('addendum', addendum.id, `Signed an addendum to note ${noteId}`, stamp.now);
  return addendum;
}

export async function cosignNoteRecord(ctx: ActorContext, noteId: string): Promise<Note> {
  const stamp = writeStamp(ctx);
  const record = await cosignNote(ctx.db, noteId, stamp, signerFor(ctx.actor.id) ?? undefined);
  await auditFor(ctx, 'note')('cosign', noteId, 'Co-signed the note', stamp.now);
  return record;
}

/** Keeps a version that arrived while unsaved typing was open on an older one (a conflict copy, see Conflicts). */
export async function keepArrivedNote(ctx: ActorContext, note: Note): Promise<void> {
  await keepOverwrittenVersion(ctx.db, 'notes', note as unknown as Readonly<Record<string, unknown>>, ctx.now());
}
