import { useEffect, useRef } from 'react';
import { combineLatest, distinctUntilChanged, map, of, switchMap } from 'rxjs';
import type { Client } from '../../../shared/domain/client';
import type { InstrumentResponse, Note } from '../../../shared/domain/records';
import type { Staff } from '../../../shared/domain/staff';
import {
  appendAudit,
  useDatabase,
  useLiveQuery,
  watchClient,
  watchClients,
  watchNote,
  watchNoteChildren,
  watchNotesAwaitingCosign,
  watchNotesForClient,
  watchResponsesForClient,
  watchStaff,
  watchUnsignedNotesByAuthor,
} from '../../db';
import { useSession } from '../../app/session-context';

export interface NoteWithContext {
  /** null when no note has this id. */
  readonly note: Note | null;
  /** Addenda and the co-sign of the note, oldest first. */
  readonly children: readonly Note[];
  readonly client: Client | null;
  readonly staff: readonly Staff[];
}

/** One note, live, with its addenda, co-sign, client and the staff list for names. */
export function useNote(noteId: string) {
  return useLiveQuery((db) => {
    const note$ = watchNote(db, noteId);
    // Follow the client id, not the note: autosaves must not resubscribe the client.
    const client$ = note$.pipe(
      map((n) => n?.clientId ?? ''),
      distinctUntilChanged(),
      switchMap((id) => (id ? watchClient(db, id) : of(null))),
    );
    return combineLatest([note$, watchNoteChildren(db, noteId), client$, watchStaff(db)]).pipe(
      map(([note, children, client, staff]): NoteWithContext => ({ note, children, client, staff })),
    );
  }, [noteId]);
}

export interface ClientNotes {
  readonly notes: readonly Note[];
  readonly staff: readonly Staff[];
}

/** A client's notes, addenda and co-signs, live, with staff for names. */
export function useClientNotes(clientId: string) {
  return useLiveQuery(
    (db) => combineLatest([watchNotesForClient(db, clientId), watchStaff(db)]).pipe(map(([notes, staff]): ClientNotes => ({ notes, staff }))),
    [clientId],
  );
}

/** A client's questionnaire responses (measures and check-ins), live, for "Insert latest scores". */
export function useClientResponses(clientId: string) {
  return useLiveQuery<readonly InstrumentResponse[]>((db) => watchResponsesForClient(db, clientId), [clientId]);
}

export interface UnsignedNotes {
  readonly drafts: readonly Note[];
  /** Empty unless the user may co-sign (supervisor or admin). */
  readonly awaitingCosign: readonly Note[];
  readonly clients: readonly Client[];
  readonly staff: readonly Staff[];
}

/** The signed-in clinician's drafts and, for a supervisor or admin, the notes awaiting a co-sign; live. */
export function useUnsignedNotes() {
  const { user } = useSession();
  const mayCosign = user.role === 'supervisor' || user.role === 'admin';
  return useLiveQuery(
    (db) =>
      combineLatest([
        watchUnsignedNotesByAuthor(db, user.id),
        mayCosign ? watchNotesAwaitingCosign(db) : of([]),
        watchClients(db),
        watchStaff(db),
      ]).pipe(
        map(([drafts, awaiting, clients, staff]): UnsignedNotes => ({
          drafts: drafts.filter((n) => n.kind === 'note'),
          awaitingCosign: awaiting.filter((n) => n.authorId !== user.id),
          clients,
          staff,
        })),
      ),
    [user.id, mayCosign],
  );
}

/** Records one 'view' audit event each time a note is opened (not on every live update). */
export function useRecordNoteView(noteId: string, ready: boolean): void {
  const db = useDatabase();
  const { user } = useSession();
  const recorded = useRef<string | null>(null);
  useEffect(() => {
    if (!ready || recorded.current === noteId) return;
    recorded.current = noteId;
    const event = { action: 'view', entity: 'note', entityId: noteId, actorId: user.id, detail: 'Opened the note' } as const;
    appendAudit(db, event, { now: new Date() }).catch((e: unknown) => {
      // A failed audit write must not hide the note; it is retried on the next open.
      recorded.current = null;
      console.error('Could not record the note view', e);
    });
  }, [db, user.id, noteId, ready]);
}
