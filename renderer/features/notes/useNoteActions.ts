import { useMemo } from 'react';
import type { AuditAction } from '../../../shared/domain/audit';
import { RISK_REQUIRED, emptySections, noteLabel, type NoteTemplateId } from '../../../shared/domain/notes';
import type { Note } from '../../../shared/domain/records';
import { addAddendum, appendAudit, cosignNote, createDraft, getNote, saveDraft, signNote, useDatabase, type DiscardOutcome, type DraftPatch, type WaypointDatabase } from '../../db';
import { findOpenSafetyAlerts } from '../measures';
import { useSignedIn } from '../../session';
import { keepOverwrittenVersion } from '../../sync/sync-records';
import { discardNoteDraft, restoreNoteDraft } from './discard-actions';

export interface NewNoteInput {
  readonly clientId: string;
  readonly sessionId: string;
  readonly templateId: NoteTemplateId;
}

export interface NoteActions {
  readonly create: (input: NewNoteInput) => Promise<Note>;
  /** Saves draft content; `firstOfSession` writes the one 'edit' audit event of this editing session. */
  readonly save: (noteId: string, patch: DraftPatch, firstOfSession: boolean) => Promise<Note>;
  readonly sign: (noteId: string) => Promise<Note>;
  readonly addAddendum: (noteId: string, html: string) => Promise<Note>;
  readonly cosign: (noteId: string) => Promise<Note>;
  /** The author discards their draft: 'deleted' when it was empty, else 'kept' for an admin to restore. */
  readonly discard: (noteId: string) => Promise<DiscardOutcome>;
  /** An admin restores a discarded draft to its author. */
  readonly restore: (noteId: string) => Promise<void>;
  /** Keeps a version that arrived while unsaved typing was open on an older one (a conflict copy, see Conflicts). */
  readonly keepArrived: (note: Note) => Promise<void>;
}

/** Refuses to sign a note whose stored risk level is unchosen while its client has an open safety alert. */
async function assertRiskForAlerts(db: WaypointDatabase, noteId: string): Promise<void> {
  const stored = await getNote(db, noteId);
  if (!stored || (stored.risk?.level ?? '') !== '') return;
  if ((await findOpenSafetyAlerts(db, stored.clientId)).length > 0) throw new Error(RISK_REQUIRED);
}

/** Writes to notes, each followed by its audit event, authored by the signed-in user. */
export function useNoteActions(): NoteActions {
  const db = useDatabase();
  const { user } = useSignedIn();
  return useMemo(() => {
    const audit = (action: AuditAction, entityId: string, detail: string, now: Date) =>
      appendAudit(db, { action, entity: 'note', entityId, actorId: user.id, detail }, { now });
    const ctx = () => ({ authorId: user.id, now: new Date() });
    return {
      create: async (input) => {
        const c = ctx();
        const note = await createDraft(db, { ...input, title: '', sections: emptySections(input.templateId) }, c);
        await audit('create', note.id, `Started a ${noteLabel(input.templateId)} for client ${input.clientId}`, c.now);
        return note;
      },
      save: async (noteId, patch, firstOfSession) => {
        const c = ctx();
        const note = await saveDraft(db, noteId, patch, c);
        if (firstOfSession) await audit('edit', noteId, 'Edited the draft', c.now);
        return note;
      },
      sign: async (noteId) => {
        await assertRiskForAlerts(db, noteId);
        const c = ctx();
        const note = await signNote(db, noteId, c);
        const cosign = note.cosignRequired === true ? '; awaits a supervisor’s co-sign' : '';
        await audit('sign', noteId, `Signed the note (SHA-256 ${note.contentHash ?? ''})${cosign}`, c.now);
        return note;
      },
      addAddendum: async (noteId, html) => {
        const c = ctx();
        const addendum = await addAddendum(db, noteId, html, c);
        await audit('sign', addendum.id, `Signed an addendum to note ${noteId}`, c.now);
        return addendum;
      },
      cosign: async (noteId) => {
        const c = ctx();
        const record = await cosignNote(db, noteId, c);
        await audit('sign', noteId, 'Co-signed the note', c.now);
        return record;
      },
      discard: (noteId) => discardNoteDraft(db, { id: user.id, role: user.role }, new Date(), noteId),
      restore: (noteId) => restoreNoteDraft(db, { id: user.id, role: user.role }, new Date(), noteId),
      keepArrived: async (note) => {
        await keepOverwrittenVersion(db, 'notes', note as unknown as Readonly<Record<string, unknown>>, new Date());
      },
    };
  }, [db, user.id, user.role]);
}
