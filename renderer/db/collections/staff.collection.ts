import type { Observable } from 'rxjs';
import type { RxJsonSchema } from 'rxdb/plugins/core';
import { STAFF_ROLES, type Staff, type StaffInput, type StaffRole } from '../../../shared/domain/staff';
import type { WaypointDatabase } from '../schema-plan';
import {
  enumField,
  findPlain,
  newId,
  patchPlain,
  plainOf,
  recordBaseFields,
  sealedText,
  watchWhere,
  type CollectionSpec,
  type WriteContext,
} from './collection-spec';

/** A staff member as stored (decrypted view). Role and active stay plaintext: they route permissions and pickers. */
export interface StaffDoc {
  id: string;
  role: StaffRole;
  active: boolean;
  supervised: boolean;
  authorId: string;
  createdAt: string;
  updatedAt: string;
  name: string;
  credentials: string;
}

const schema: RxJsonSchema<StaffDoc> = {
  title: 'staff',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    ...recordBaseFields,
    role: enumField(STAFF_ROLES),
    active: { type: 'boolean' },
    supervised: { type: 'boolean' },
    name: sealedText,
    credentials: sealedText,
  },
  required: ['id', 'role', 'active', 'supervised', 'authorId', 'createdAt', 'updatedAt'],
  indexes: ['role'],
};

export const staffCollection = {
  name: 'staff',
  schema,
  sealed: ['name', 'credentials'],
  migrationStrategies: {},
} as const satisfies CollectionSpec<StaffDoc>;

const collator = new Intl.Collator(undefined, { sensitivity: 'base' });

/** Every staff member (active or not), sorted by name in memory because names are sealed. */
export function watchStaff(db: WaypointDatabase): Observable<readonly Staff[]> {
  return watchWhere(db.staff, {}, (docs) => [...docs].sort((a, b) => collator.compare(a.name, b.name) || a.id.localeCompare(b.id)));
}

export async function getStaff(db: WaypointDatabase, id: string): Promise<Staff | null> {
  return findPlain(db.staff, id);
}

export async function insertStaff(db: WaypointDatabase, input: StaffInput, ctx: WriteContext): Promise<Staff> {
  const at = ctx.now.toISOString();
  const doc: StaffDoc = { ...input, id: newId(ctx), active: true, authorId: ctx.authorId, createdAt: at, updatedAt: at };
  return plainOf(await db.staff.insert(doc));
}

export async function updateStaff(db: WaypointDatabase, id: string, input: StaffInput, ctx: WriteContext): Promise<Staff> {
  return await patchPlain(db.staff, id, { ...input, authorId: ctx.authorId, updatedAt: ctx.now.toISOString() });
}

/** Deactivated staff keep their records and names on what they wrote; they just can no longer be chosen. */
export async function setStaffActive(db: WaypointDatabase, id: string, active: boolean, ctx: WriteContext): Promise<Staff> {
  return await patchPlain(db.staff, id, { active, authorId: ctx.authorId, updatedAt: ctx.now.toISOString() });
}

/** A deactivated member's deactivation: who last changed the record (the admin who deactivated it) and when; null if active or unknown. */
export async function findDeactivation(db: WaypointDatabase, id: string): Promise<{ byId: string; at: string } | null> {
  const d = await findPlain(db.staff, id);
  return d && !d.active ? { byId: d.authorId, at: d.updatedAt } : null;
}
