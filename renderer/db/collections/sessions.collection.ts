import type { RxJsonSchema } from 'rxdb/plugins/core';
import { SESSION_KINDS, SESSION_STATUSES, type RecordInput, type Session } from '../../../shared/domain/records';
import type { WaypointDatabase } from '../schema-plan';
import { enumField, findPlain, findPlainWhere, idField, instantField, insertPlain, sealedText, stampNew, type CollectionSpec, type WriteContext } from './collection-spec';

const schema: RxJsonSchema<Session> = {
  title: 'sessions',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: idField,
    kind: enumField(SESSION_KINDS),
    status: enumField(SESSION_STATUSES),
    clientId: idField,
    groupId: idField,
    clinicianId: idField,
    startsAt: instantField,
    endsAt: instantField,
    authorId: idField,
    createdAt: instantField,
    updatedAt: instantField,
    title: sealedText,
    summary: sealedText,
  },
  required: ['id', 'kind', 'status', 'clientId', 'groupId', 'clinicianId', 'startsAt', 'endsAt', 'authorId', 'createdAt', 'updatedAt'],
  indexes: [['clientId', 'startsAt'], ['groupId', 'startsAt'], ['clinicianId', 'startsAt']],
};

export const sessionsCollection = {
  name: 'sessions',
  schema,
  sealed: ['title', 'summary'],
  migrationStrategies: {},
} as const satisfies CollectionSpec<Session>;

export async function insertSession(db: WaypointDatabase, input: RecordInput<Session>, ctx: WriteContext): Promise<Session> {
  return insertPlain(db.sessions, { ...input, ...stampNew(ctx) });
}

export function getSession(db: WaypointDatabase, id: string): Promise<Session | null> {
  return findPlain(db.sessions, id);
}

export function findSessionsForClient(db: WaypointDatabase, clientId: string): Promise<readonly Session[]> {
  return findPlainWhere(db.sessions, { clientId });
}
