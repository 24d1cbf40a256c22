import { switchMap, of, type Observable } from 'rxjs';
import type { RxJsonSchema } from 'rxdb/plugins/core';
import { ATTENDANCE_STATUSES, type Attendance, type RecordInput } from '../../../shared/domain/records';
import type { WaypointDatabase } from '../schema-plan';
import {
  enumField,
  findPlain,
  findPlainWhere,
  idField,
  insertPlain,
  insertRecord,
  instantField,
  plainOf,
  sealedText,
  stampNew,
  watchWhere,
  type CollectionSpec,
  type WriteContext,
} from './collection-spec';

const schema: RxJsonSchema<Attendance> = {
  title: 'attendance',
  version: 1,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: idField,
    sessionId: idField,
    clientId: idField,
    sessionAt: instantField,
    status: enumField(ATTENDANCE_STATUSES),
    authorId: idField,
    createdAt: instantField,
    updatedAt: instantField,
    engagement: { type: ['number', 'null'] },
    participationNote: sealedText,
    communicationNote: sealedText,
    regulationNote: sealedText,
    connectionProblems: { type: 'array', items: { type: 'string' } },
  },
  required: ['id', 'sessionId', 'clientId', 'sessionAt', 'status', 'authorId', 'createdAt', 'updatedAt'],
  indexes: ['sessionId', ['clientId', 'createdAt'], ['clientId', 'sessionAt'], ['status', 'sessionAt']],
};

// v0 had 'absent' (never said whether excused) and 'excused'; an unexplained absence is an unexcused one.
const V0_STATUS: Readonly<Record<string, Attendance['status']>> = { absent: 'absent-unexcused', excused: 'absent-excused' };

/**
 * Attendance status is plaintext routing (the client list's absence alert queries it); engagement, observations and
 * connection problems are sealed.
 */
export const attendanceCollection = {
  name: 'attendance',
  schema,
  sealed: ['engagement', 'participationNote', 'communicationNote', 'regulationNote', 'connectionProblems'],
  migrationStrategies: {
    // v1: five explicit statuses, the session's start copied in (v0 had only the record's time), two more observations.
    1: (doc: Attendance & { status: string }): Attendance => ({
      ...doc,
      status: V0_STATUS[doc.status] ?? doc.status,
      sessionAt: doc.createdAt,
      communicationNote: '',
      regulationNote: '',
    }),
  },
} as const satisfies CollectionSpec<Attendance>;

/**
 * The one attendance record of a client at a session has a fixed id, so marking it twice (or on two laptops)
 * updates one record. Ids are at most 64 characters (the schema's key length): a session id and as much of the
 * client id as fits, 27 characters of a random UUID, which never collide within one session's roster.
 */
export function attendanceId(sessionId: string, clientId: string): string {
  return `${sessionId}.${clientId}`.slice(0, 64);
}

export async function insertAttendance(db: WaypointDatabase, input: RecordInput<Attendance>, ctx: WriteContext): Promise<Attendance> {
  return insertRecord(db.attendance, input, ctx);
}

/** Creates or replaces the attendance of input.clientId at input.sessionId (one record per client and session). */
export async function saveAttendance(db: WaypointDatabase, input: RecordInput<Attendance>, ctx: WriteContext): Promise<Attendance> {
  const id = attendanceId(input.sessionId, input.clientId);
  const existing = await db.attendance.findOne(id).exec();
  const at = ctx.now.toISOString();
  const data = { ...input, connectionProblems: [...input.connectionProblems] };
  if (!existing) return insertPlain(db.attendance, { ...data, ...stampNew({ ...ctx, id }) });
  return plainOf(await existing.incrementalPatch({ ...data, authorId: ctx.authorId, updatedAt: at }));
}

export function getAttendance(db: WaypointDatabase, id: string): Promise<Attendance | null> {
  return findPlain(db.attendance, id);
}

export function findAttendanceForSession(db: WaypointDatabase, sessionId: string): Promise<readonly Attendance[]> {
  return findPlainWhere(db.attendance, { sessionId });
}

/** A session's attendance records, kept live. */
export function watchAttendanceForSession(db: WaypointDatabase, sessionId: string): Observable<readonly Attendance[]> {
  return watchWhere(db.attendance, { selector: { sessionId } });
}

/** A client's attendance, oldest session first, kept live. */
export function watchAttendanceForClient(db: WaypointDatabase, clientId: string): Observable<readonly Attendance[]> {
  return watchWhere(db.attendance, { selector: { clientId }, sort: [{ sessionAt: 'asc' }] });
}

/**
 * Attendance of every client with at least `min` unexcused absences, oldest first, kept live: only those clients can
 * have consecutive ones, so the client list never reads the whole collection.
 */
export function watchAttendanceOfAbsentees(db: WaypointDatabase, min = 2): Observable<readonly Attendance[]> {
  const absentees = (docs: readonly Attendance[]) => {
    const counts = new Map<string, number>();
    for (const d of docs) counts.set(d.clientId, (counts.get(d.clientId) ?? 0) + 1);
    return [...counts].filter(([, n]) => n >= min).map(([id]) => id);
  };
  return watchWhere(db.attendance, { selector: { status: 'absent-unexcused' } }, absentees).pipe(
    switchMap((clientIds) =>
      clientIds.length === 0 ? of([]) : watchWhere(db.attendance, { selector: { clientId: { $in: clientIds } }, sort: [{ sessionAt: 'asc' }] }),
    ),
  );
}
