import { combineLatest, map, of, type Observable } from 'rxjs';
import type { RxJsonSchema } from 'rxdb/plugins/core';
import { SESSION_KINDS, SESSION_MODALITIES, SESSION_STATUSES, type RecordInput, type Session } from '../../../shared/domain/records';
import type { WaypointDatabase } from '../schema-plan';
import {
  enumField,
  findPlain,
  findPlainWhere,
  idField,
  insertRecord,
  instantField,
  patchPlain,
  sealedObjectList,
  sealedText,
  watchOne,
  watchWhere,
  type CollectionSpec,
  type WriteContext,
} from './collection-spec';

const schema: RxJsonSchema<Session> = {
  title: 'sessions',
  version: 1,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: idField,
    kind: enumField(SESSION_KINDS),
    status: enumField(SESSION_STATUSES),
    clientId: idField,
    groupId: idField,
    clinicianId: idField,
    clinicianIds: { type: 'array', items: idField },
    startsAt: instantField,
    endsAt: instantField,
    feedbackResponseId: idField,
    authorId: idField,
    createdAt: instantField,
    updatedAt: instantField,
    modality: enumField(SESSION_MODALITIES),
    familyAttendees: sealedObjectList,
    title: sealedText,
    summary: sealedText,
  },
  required: ['id', 'kind', 'status', 'clientId', 'groupId', 'clinicianId', 'clinicianIds', 'startsAt', 'endsAt', 'authorId', 'createdAt', 'updatedAt'],
  indexes: [['clientId', 'startsAt'], ['groupId', 'startsAt'], ['clinicianId', 'startsAt'], 'startsAt'],
};

/** How a session was held and who of the family came say something about a person, so both are sealed. */
export const sessionsCollection = {
  name: 'sessions',
  schema,
  sealed: ['modality', 'familyAttendees', 'title', 'summary'],
  migrationStrategies: {
    // v1 adds co-clinicians, modality, family attendees and an attached family-feedback response. Sessions from v0
    // had one clinician; their modality was never recorded, and video is how the program runs by default.
    1: (doc: Session): Session => ({ ...doc, clinicianIds: [doc.clinicianId], modality: 'video', familyAttendees: [], feedbackResponseId: '' }),
  },
} as const satisfies CollectionSpec<Session>;

/** The editable fields of a session. */
export type SessionInput = RecordInput<Session>;

export async function insertSession(db: WaypointDatabase, input: SessionInput, ctx: WriteContext): Promise<Session> {
  return insertRecord(db.sessions, input, ctx);
}

/** Replaces a session's editable fields; author and creation stay, updatedAt is now. */
export function updateSession(db: WaypointDatabase, id: string, input: Partial<SessionInput>, ctx: WriteContext): Promise<Session> {
  return patchPlain(db.sessions, id, { ...input, updatedAt: ctx.now.toISOString() });
}

export function getSession(db: WaypointDatabase, id: string): Promise<Session | null> {
  return findPlain(db.sessions, id);
}

export function findSessionsForClient(db: WaypointDatabase, clientId: string): Promise<readonly Session[]> {
  return findPlainWhere(db.sessions, { clientId });
}

/** One session (null when absent), kept live. */
export function watchSession(db: WaypointDatabase, id: string): Observable<Session | null> {
  return watchOne(db.sessions, id);
}

/** Sessions starting in [from, to) (ISO instants), earliest first, kept live. */
export function watchSessionsBetween(db: WaypointDatabase, from: string, to: string): Observable<readonly Session[]> {
  return watchWhere(db.sessions, { selector: { startsAt: { $gte: from, $lt: to } }, sort: [{ startsAt: 'asc' }] });
}

/** Sessions with one of these ids, kept live (e.g. the group sessions a client attended). */
export function watchSessionsByIds(db: WaypointDatabase, ids: readonly string[]): Observable<readonly Session[]> {
  if (ids.length === 0) return of([]);
  return watchWhere(db.sessions, { selector: { id: { $in: [...ids] } } });
}

/** Sessions of a client: their own (individual, family, medication) plus the listed ones, latest first, kept live. */
export function watchClientSessions(db: WaypointDatabase, clientId: string, otherIds: readonly string[]): Observable<readonly Session[]> {
  const own = watchWhere(db.sessions, { selector: { clientId } });
  return combineLatest([own, watchSessionsByIds(db, otherIds)]).pipe(
    map(([a, b]) => {
      const byId = new Map([...a, ...b].map((s) => [s.id, s]));
      return [...byId.values()].sort((x, y) => y.startsAt.localeCompare(x.startsAt));
    }),
  );
}
