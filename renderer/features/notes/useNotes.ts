import { combineLatest, distinctUntilChanged, map, of, switchMap, type Observable } from 'rxjs';
import type { Client } from '../../../shared/domain/client';
import { isGroupNote } from '../../../shared/domain/notes';
import type { Group, InstrumentResponse, Note, Session } from '../../../shared/domain/records';
import type { Staff } from '../../../shared/domain/staff';
import {
  useLiveQuery,
  watchClient,
  watchClients,
  watchDiscardedNotes,
  watchGroup,
  watchGroups,
  watchNote,
  watchNoteChildren,
  watchNotesAwaitingCosign,
  watchNotesForClient,
  watchResponsesForClient,
  watchSession,
  watchSessionsByIds,
  watchStaff,
  watchUnsignedNotesByAuthor,
} from '../../db';
import { useSignedIn } from '../../session';

export interface NoteWithContext {
  /** null when no note has this id. */
  readonly note: Note | null;
  /** Addenda and the co-sign of the note, oldest first. */
  readonly children: readonly Note[];
  readonly client: Client | null;
  readonly staff: readonly Staff[];
  /** A group note's session and group (its home); null for every other note. */
  readonly groupSession: GroupSession | null;
}

export interface GroupSession {
  readonly session: Session;
  readonly group: Group | null;
}

const groupSession$ = (db: Parameters<typeof watchSession>[0], sessionId: string): Observable<GroupSession | null> =>
  watchSession(db, sessionId).pipe(switchMap((session) => (session ? watchGroup(db, session.groupId).pipe(map((group) => ({ session, group }))) : of(null))));

/** One note, live, with its addenda, co-sign, client (or a group note's session and group) and staff for names. */
export function useNote(noteId: string) {
  return useLiveQuery(
    (db) => {
      const note$ = watchNote(db, noteId);
      // Follow the client id, not the note: autosaves must not resubscribe the client.
      const client$ = note$.pipe(
        map((n) => n?.clientId ?? ''),
        distinctUntilChanged(),
        switchMap((id) => (id ? watchClient(db, id) : of(null))),
      );
      const home$ = note$.pipe(
        map((n) => (n && isGroupNote(n) ? n.sessionId : '')),
        distinctUntilChanged(),
        switchMap((id) => (id ? groupSession$(db, id) : of(null))),
      );
      return combineLatest([note$, watchNoteChildren(db, noteId), client$, watchStaff(db), home$]).pipe(
        map(([note, children, client, staff, groupSession]): NoteWithContext => ({ note, children, client, staff, groupSession })),
      );
    },
    [noteId],
  );
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
  /** Empty unless the user is an admin: every discarded draft, to restore. */
  readonly discarded: readonly Note[];
  readonly clients: readonly Client[];
  readonly staff: readonly Staff[];
  /** Group name per session id, for the group notes listed. */
  readonly groupBySession: ReadonlyMap<string, string>;
}

/** Group names of the sessions of the group notes among `notes` (a group note has no client to name it by). */
function groupNames$(db: Parameters<typeof watchSession>[0], notes$: Observable<readonly Note[]>): Observable<ReadonlyMap<string, string>> {
  return notes$.pipe(
    map((notes) => [...new Set(notes.filter(isGroupNote).map((n) => n.sessionId))].sort().join('\n')),
    distinctUntilChanged(),
    switchMap((ids) =>
      ids ? combineLatest([watchSessionsByIds(db, ids.split('\n')), watchGroups(db)]) : of<[readonly Session[], readonly Group[]]>([[], []]),
    ),
    map(([sessions, groups]) => new Map(sessions.map((s) => [s.id, groups.find((g) => g.id === s.groupId)?.name ?? 'a group not on this laptop']))),
  );
}

/** The signed-in clinician's drafts; for a supervisor or admin the notes awaiting a co-sign; for an admin discarded drafts; live. */
export function useUnsignedNotes() {
  const { user } = useSignedIn();
  const mayCosign = user.role === 'supervisor' || user.role === 'admin';
  const mayRestore = user.role === 'admin';
  return useLiveQuery(
    (db) => {
      const drafts$ = watchUnsignedNotesByAuthor(db, user.id).pipe(map((drafts) => drafts.filter((n) => n.kind === 'note')));
      const awaiting$ = (mayCosign ? watchNotesAwaitingCosign(db) : of([])).pipe(map((notes) => notes.filter((n) => n.authorId !== user.id)));
      const discarded$ = mayRestore ? watchDiscardedNotes(db) : of([]);
      const listed$ = combineLatest([drafts$, awaiting$, discarded$]);
      return combineLatest([listed$, watchClients(db), watchStaff(db), groupNames$(db, listed$.pipe(map((lists) => lists.flat())))]).pipe(
        map(([[drafts, awaitingCosign, discarded], clients, staff, groupBySession]): UnsignedNotes => ({
          drafts,
          awaitingCosign,
          discarded,
          clients,
          staff,
          groupBySession,
        })),
      );
    },
    [user.id, mayCosign, mayRestore],
  );
}
