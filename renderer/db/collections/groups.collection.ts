import type { RxJsonSchema } from 'rxdb/plugins/core';
import { GROUP_STATUSES, type Group, type RecordInput } from '../../../shared/domain/records';
import type { WaypointDatabase } from '../schema-plan';
import { enumField, findPlain, findPlainWhere, idField, instantField, insertPlain, sealedText, stampNew, type CollectionSpec, type WriteContext } from './collection-spec';

const schema: RxJsonSchema<Group> = {
  title: 'groups',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: idField,
    status: enumField(GROUP_STATUSES),
    leaderId: idField,
    authorId: idField,
    createdAt: instantField,
    updatedAt: instantField,
    name: sealedText,
    description: sealedText,
  },
  required: ['id', 'status', 'leaderId', 'authorId', 'createdAt', 'updatedAt'],
  indexes: ['status'],
};

export const groupsCollection = {
  name: 'groups',
  schema,
  sealed: ['name', 'description'],
  migrationStrategies: {},
} as const satisfies CollectionSpec<Group>;

export async function insertGroup(db: WaypointDatabase, input: RecordInput<Group>, ctx: WriteContext): Promise<Group> {
  return insertPlain(db.groups, { ...input, ...stampNew(ctx) });
}

export function getGroup(db: WaypointDatabase, id: string): Promise<Group | null> {
  return findPlain(db.groups, id);
}

export function findGroupsByStatus(db: WaypointDatabase, status: Group['status']): Promise<readonly Group[]> {
  return findPlainWhere(db.groups, { status });
}
