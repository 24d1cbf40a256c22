import type { Observable } from 'rxjs';
import type { RxJsonSchema } from 'rxdb/plugins/core';
import { GROUP_STATUSES, type Group, type RecordInput } from '../../../shared/domain/records';
import type { WaypointDatabase } from '../schema-plan';
import {
  enumField,
  findPlain,
  findPlainWhere,
  idField,
  insertRecord,
  patchPlain,
  recordBaseFields,
  sealedText,
  watchOne,
  watchWhere,
  type CollectionSpec,
  type WriteContext,
} from './collection-spec';

const schema: RxJsonSchema<Group> = {
  title: 'groups',
  version: 1,
  primaryKey: 'id',
  type: 'object',
  properties: {
    ...recordBaseFields,
    status: enumField(GROUP_STATUSES),
    leaderId: idField,
    memberIds: { type: 'array', items: idField },
    name: sealedText,
    description: sealedText,
  },
  required: ['id', 'status', 'leaderId', 'memberIds', 'authorId', 'createdAt', 'updatedAt'],
  indexes: ['status'],
};

export const groupsCollection = {
  name: 'groups',
  schema,
  sealed: ['name', 'description'],
  migrationStrategies: {
    // v1 adds the roster; a v0 group had no members recorded.
    1: (doc: Group): Group => ({ ...doc, memberIds: [] }),
  },
} as const satisfies CollectionSpec<Group>;

export async function insertGroup(db: WaypointDatabase, input: RecordInput<Group>, ctx: WriteContext): Promise<Group> {
  return insertRecord(db.groups, input, ctx);
}

/** Changes a group's name, description, leader, roster or status. */
export function updateGroup(db: WaypointDatabase, id: string, input: Partial<RecordInput<Group>>, ctx: WriteContext): Promise<Group> {
  return patchPlain(db.groups, id, { ...input, ...(input.memberIds ? { memberIds: [...input.memberIds] } : {}), updatedAt: ctx.now.toISOString() });
}

export function getGroup(db: WaypointDatabase, id: string): Promise<Group | null> {
  return findPlain(db.groups, id);
}

export function findGroupsByStatus(db: WaypointDatabase, status: Group['status']): Promise<readonly Group[]> {
  return findPlainWhere(db.groups, { status });
}

/** Every group, kept live (a clinic has a handful; names are sorted by the caller after unsealing). */
export function watchGroups(db: WaypointDatabase): Observable<readonly Group[]> {
  return watchWhere(db.groups);
}

/** One group (null when absent), kept live. */
export function watchGroup(db: WaypointDatabase, id: string): Observable<Group | null> {
  return watchOne(db.groups, id);
}
