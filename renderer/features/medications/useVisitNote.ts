import { useCallback, useEffect, useRef, useState } from 'react';
import { combineLatest, map } from 'rxjs';
import type { Note } from '../../../shared/domain/records';
import { visitNoteId } from '../../../shared/domain/visit-note';
import { useSignedIn } from '../../session';
import { useDatabase, useLiveQuery, watchNote, watchSession, type DraftPatch } from '../../db';
import { useNoteActions, useNoteDraft, type NoteDraft } from '../notes';
import { openVisitNote, saveVisitNote } from './visit-note-actions';

export interface VisitNoteRecord {
  /** undefined while it is read or made. */
  readonly note: Note | undefined;
  readonly error: Error | undefined;
}

/**
 * A visit's note, live. The first open of the visit makes it (from any text an older version kept on the visit), so
 * it is in Notes and Unsigned notes from then on.
 */
export function useVisitNoteRecord(sessionId: string): VisitNoteRecord {
  const db = useDatabase();
  const { user } = useSignedIn();
  const live = useLiveQuery(
    (d) => combineLatest([watchNote(d, visitNoteId(sessionId)), watchSession(d, sessionId)]).pipe(map(([note, session]) => ({ note, session }))),
    [sessionId],
  );
  const [failed, setFailed] = useState<Error | undefined>(undefined);
  const opening = useRef('');
  const session = live.data?.session;
  const missing = live.data !== undefined && live.data.note === null;
  useEffect(() => {
    if (!missing || !session || opening.current === session.id) return;
    opening.current = session.id;
    openVisitNote({ db, actorId: user.id, now: new Date() }, session).catch((e: unknown) => {
      opening.current = '';
      setFailed(e instanceof Error ? e : new Error(String(e)));
    });
  }, [db, user.id, missing, session]);
  const error = live.error ?? failed ?? (live.data && !live.data.session ? new Error('This visit is not on this laptop.') : undefined);
  return { note: live.data?.note ?? undefined, error };
}

/**
 * The visit note's draft, on the note editor's engine: saved 800 ms after typing and at once on blur, leaving the
 * visit, hiding or closing the window; typing a reload cut off is restored from the encrypted recovery copy.
 */
export function useVisitNoteDraft(note: Note): NoteDraft {
  const db = useDatabase();
  const { user } = useSignedIn();
  const { keepArrived } = useNoteActions();
  // Only the id and client: a live update of the note's content must not renew the saver.
  const { id, clientId } = note;
  const save = useCallback(
    (_id: string, patch: DraftPatch, first: boolean) => saveVisitNote({ db, actorId: user.id, now: new Date() }, { id, clientId }, patch, first),
    [db, user.id, id, clientId],
  );
  return useNoteDraft(note, { save, keepArrived });
}
