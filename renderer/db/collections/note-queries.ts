/** Reads of the notes collection: one client's, session's or author's notes, as lists and kept live. */
import { map, of, switchMap, type Observable } from 'rxjs';
import type { MangoQuery, MangoQuerySelector, RxCollection } from 'rxdb/plugins/core';
import { awaitsCosign, withNoteDefaults } from '../../../shared/domain/notes';
import type { Note } from '../../../shared/domain/records';
import type { WaypointDatabase } from '../schema-plan';
import { findPlainWhere, watchOne, watchWhere } from './collection-spec';

const toNote = (n: Note): Note => withNoteDefaults(n);

const byCreated = (a: Note, b: Note) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);

/** Notes, addenda and co-signs of one client, oldest first. */
export async function findNotesForClient(db: WaypointDatabase, clientId: string): Promise<readonly Note[]> {
  return (await findPlainWhere(db.notes, { clientId })).map(toNote).sort(byCreated);
}

/** Notes, addenda and co-signs of one session (a group session's shared and member notes), oldest first. */
export async function findNotesForSession(db: WaypointDatabase, sessionId: string): Promise<readonly Note[]> {
  return (await findPlainWhere(db.notes, { sessionId })).map(toNote).sort(byCreated);
}

/** One author's unsigned drafts, oldest first. */
export async function findUnsignedNotesByAuthor(db: WaypointDatabase, authorId: string): Promise<readonly Note[]> {
  return (await findPlainWhere(db.notes, { status: 'draft', authorId })).map(toNote).sort(byCreated);
}

/** Of one client's notes (findNotesForClient), the signed ones waiting for a co-sign, as watchNotesAwaitingCosign has them. */
export function awaitingCosign(notes: readonly Note[]): readonly Note[] {
  const cosigns = notes.filter((n) => n.kind === 'cosign');
  return notes.filter((n) => awaitsCosign(n, cosigns));
}

const live = (collection: RxCollection<Note>, selector: MangoQuerySelector<Note>): Observable<readonly Note[]> =>
  watchWhere(collection, { selector }, (docs) => docs.map(toNote).sort(byCreated));

/** A client's notes, addenda and co-signs, oldest first, kept live. */
export function watchNotesForClient(db: WaypointDatabase, clientId: string): Observable<readonly Note[]> {
  return live(db.notes, { clientId });
}

/** A session's notes, addenda and co-signs, kept live. */
export function watchNotesForSession(db: WaypointDatabase, sessionId: string): Observable<readonly Note[]> {
  return live(db.notes, { sessionId });
}

/** One note (null when absent), kept live. */
export function watchNote(db: WaypointDatabase, id: string): Observable<Note | null> {
  return watchOne(db.notes, id, toNote);
}

/** Addenda and the co-sign of one note, oldest first, kept live. */
export function watchNoteChildren(db: WaypointDatabase, parentId: string): Observable<readonly Note[]> {
  return live(db.notes, { parentId });
}

/** One author's drafts, kept live. */
export function watchUnsignedNotesByAuthor(db: WaypointDatabase, authorId: string): Observable<readonly Note[]> {
  return live(db.notes, { status: 'draft', authorId });
}

/** Every discarded draft (any author), kept live: what an admin may restore. */
export function watchDiscardedNotes(db: WaypointDatabase): Observable<readonly Note[]> {
  return live(db.notes, { status: 'discarded' });
}

/**
 * The notes a co-sign may be waiting for, through the [cosignRequired, kind, status] index (notes v5): signed notes of
 * supervised authors only, never every signed note of the clinic.
 */
export const COSIGN_QUEUE_QUERY = {
  selector: { cosignRequired: true, kind: 'note', status: 'signed' },
  index: ['cosignRequired', 'kind', 'status'],
} as const satisfies MangoQuery<Note>;

/** Signed notes of supervised authors with no co-sign yet, kept live. */
export function watchNotesAwaitingCosign(db: WaypointDatabase): Observable<readonly Note[]> {
  return watchWhere(db.notes, { ...COSIGN_QUEUE_QUERY, index: [...COSIGN_QUEUE_QUERY.index] }, (docs) => docs.map(toNote).sort(byCreated)).pipe(
    switchMap((required) =>
      required.length === 0
        ? of([])
        : live(db.notes, { kind: 'cosign', parentId: { $in: required.map((n) => n.id) } }).pipe(
            map((cosigns) => required.filter((n) => !cosigns.some((c) => c.parentId === n.id))),
          ),
    ),
  );
}
