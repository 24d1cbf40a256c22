import type { RxJsonSchema } from 'rxdb/plugins/core';
import { ATTENDANCE_STATUSES, type Attendance, type RecordInput } from '../../../shared/domain/records';
import type { WaypointDatabase } from '../schema-plan';
import { enumField, findPlain, findPlainWhere, idField, instantField, insertPlain, sealedText, stampNew, type CollectionSpec, type WriteContext } from './collection-spec';

const schema: RxJsonSchema<Attendance> = {
  title: 'attendance',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: idField,
    sessionId: idField,
    clientId: idField,
    status: enumField(ATTENDANCE_STATUSES),
    authorId: idField,
    createdAt: instantField,
    updatedAt: instantField,
    engagement: { type: ['number', 'null'] },
    participationNote: sealedText,
    connectionProblems: { type: 'array', items: { type: 'string' } },
  },
  required: ['id', 'sessionId', 'clientId', 'status', 'authorId', 'createdAt', 'updatedAt'],
  indexes: ['sessionId', ['clientId', 'createdAt']],
};

export const attendanceCollection = {
  name: 'attendance',
  schema,
  sealed: ['engagement', 'participationNote', 'connectionProblems'],
  migrationStrategies: {},
} as const satisfies CollectionSpec<Attendance>;

export async function insertAttendance(db: WaypointDatabase, input: RecordInput<Attendance>, ctx: WriteContext): Promise<Attendance> {
  return insertPlain(db.attendance, { ...input, ...stampNew(ctx) });
}

export function getAttendance(db: WaypointDatabase, id: string): Promise<Attendance | null> {
  return findPlain(db.attendance, id);
}

export function findAttendanceForSession(db: WaypointDatabase, sessionId: string): Promise<readonly Attendance[]> {
  return findPlainWhere(db.attendance, { sessionId });
}
