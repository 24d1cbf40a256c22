import { combineLatest, map, type Observable } from 'rxjs';
import type { RxJsonSchema } from 'rxdb/plugins/core';
import { CLINIC_RECORD_KINDS, CLINIC_RECORD_STATUSES, type ClinicRecord, type RecordInput } from '../../../shared/domain/records';
import type { WaypointDatabase } from '../schema-plan';
import {
  enumField,
  findPlain,
  findPlainWhere,
  idField,
  insertRecord,
  instantField,
  patchPlain,
  sealedObject,
  sealedText,
  watchWhere,
  type CollectionSpec,
  type WriteContext,
} from './collection-spec';

const schema: RxJsonSchema<ClinicRecord> = {
  title: 'clinic',
  version: 6,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: idField,
    kind: enumField(CLINIC_RECORD_KINDS),
    status: enumField(CLINIC_RECORD_STATUSES),
    refCollection: { type: 'string', maxLength: 32 },
    refId: idField,
    authorId: idField,
    createdAt: instantField,
    updatedAt: instantField,
    data: sealedObject,
    reason: sealedText,
  },
  required: ['id', 'kind', 'status', 'refCollection', 'refId', 'authorId', 'createdAt', 'updatedAt'],
  indexes: [
    ['kind', 'status'],
    ['refCollection', 'refId'],
  ],
};

/** Clinic-wide odds and ends: settings, conflict copies, quarantined documents, schedules, safety acknowledgements, alert snoozes. */
export const clinicCollection = {
  name: 'clinic',
  schema,
  sealed: ['data', 'reason'],
  migrationStrategies: {
    // v1 only adds the 'safety-ack' kind; existing records are unchanged.
    1: (doc: ClinicRecord): ClinicRecord => doc,
    // v2 only adds the 'alert-snooze' kind.
    2: (doc: ClinicRecord): ClinicRecord => doc,
    // v3 only adds the 'signing-key' and 'key-certificate' kinds (renderer/db/collections/signing-keys.ts).
    3: (doc: ClinicRecord): ClinicRecord => doc,
    // v4 only adds the 'audit-checkpoint' kind (renderer/db/collections/audit-checkpoints.ts).
    4: (doc: ClinicRecord): ClinicRecord => doc,
    // v5 only adds the 'sync-account' kind (renderer/db/collections/sync-accounts.ts).
    5: (doc: ClinicRecord): ClinicRecord => doc,
    // v6 only adds the 'encryption-key' kind (renderer/db/collections/encryption-keys.ts).
    6: (doc: ClinicRecord): ClinicRecord => doc,
  },
} as const satisfies CollectionSpec<ClinicRecord>;

export async function insertClinicRecord(db: WaypointDatabase, input: RecordInput<ClinicRecord>, ctx: WriteContext): Promise<ClinicRecord> {
  return insertRecord(db.clinic, input, ctx);
}

/** Marks a conflict copy or quarantined document open again or resolved (its data is kept either way). */
export function setClinicRecordStatus(db: WaypointDatabase, id: string, status: ClinicRecord['status'], ctx: WriteContext): Promise<ClinicRecord> {
  return patchPlain(db.clinic, id, { status, authorId: ctx.authorId, updatedAt: ctx.now.toISOString() });
}

export function getClinicRecord(db: WaypointDatabase, id: string): Promise<ClinicRecord | null> {
  return findPlain(db.clinic, id);
}

export function findClinicRecords(db: WaypointDatabase, kind: ClinicRecord['kind']): Promise<readonly ClinicRecord[]> {
  return findPlainWhere(db.clinic, { kind });
}

/** Every clinic record of one kind, oldest first, kept live. */
export function watchClinicRecords(db: WaypointDatabase, kind: ClinicRecord['kind']): Observable<readonly ClinicRecord[]> {
  return watchWhere(db.clinic, { selector: { kind }, sort: [{ createdAt: 'asc' }] });
}

/** How many conflict copies and refused documents wait for a person, kept live (counted on plaintext routing fields). */
export function watchOpenSyncIssueCount(db: WaypointDatabase): Observable<number> {
  // One count per kind: RxDB counts only queries its index answers fully (equality on ['kind', 'status']).
  const open = (kind: ClinicRecord['kind']) => db.clinic.count({ selector: { kind, status: 'open' } }).$;
  return combineLatest([open('conflict-copy'), open('quarantine')]).pipe(map(([copies, refused]) => copies + refused));
}

/** Clinic records of one kind about one record (e.g. safety acknowledgements of one client), oldest first, kept live. */
export function watchClinicRecordsFor(
  db: WaypointDatabase,
  kind: ClinicRecord['kind'],
  ref: { readonly collection: string; readonly id: string },
): Observable<readonly ClinicRecord[]> {
  const selector = { kind, refCollection: ref.collection, refId: ref.id };
  return watchWhere(db.clinic, { selector, sort: [{ createdAt: 'asc' }] });
}
