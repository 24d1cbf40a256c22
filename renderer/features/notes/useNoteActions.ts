import { useMemo } from 'react';
import type { Note } from '../../../shared/domain/records';
import type { DiscardOutcome, DraftPatch } from '../../db';
import { useActorContext } from '../../session';
import { discardNoteDraft, restoreNoteDraft } from './discard-actions';
import { addNoteAddendum, cosignNoteRecord, keepArrivedNote, saveNote, signNoteDraft, startNote, type NewNoteInput } from './note-actions';

export type { NewNoteInput } from './note-actions';

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

/** Writes to notes (note-actions.ts, discard-actions.ts), bound to the signed-in user. */
export function useNoteActions(): NoteActions {
  const ctx = useActorContext();
  return useMemo(
    () => ({
      create: (input) => startNote(ctx, input),
      save: (noteId, patch, firstOfSession) => saveNote(ctx, noteId, patch, firstOfSession),
      sign: (noteId) => signNoteDraft(ctx, noteId),
      addAddendum: (noteId, html) => addNoteAddendum(ctx, noteId, html),
      cosign: (noteId) => cosignNoteRecord(ctx, noteId),
      discard: (noteId) => discardNoteDraft(ctx.db, ctx.actor, ctx.now(), noteId),
      restore: (noteId) => restoreNoteDraft(ctx.db, ctx.actor, ctx.now(), noteId),
      keepArrived: (note) => keepArrivedNote(ctx, note),
    }),
    [ctx],
  );
}
