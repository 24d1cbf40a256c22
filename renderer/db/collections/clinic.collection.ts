import type { RxJsonSchema } from 'rxdb/plugins/core';
import { CLINIC_RECORD_KINDS, CLINIC_RECORD_STATUSES, type ClinicRecord, type RecordInput } from '../../../shared/domain/records';
import type { WaypointDatabase } from '../schema-plan';
import { enumField, findPlain, findPlainWhere, idField, instantField, insertPlain, sealedObject, sealedText, stampNew, type CollectionSpec, type WriteContext } from './collection-spec';

const schema: RxJsonSchema<ClinicRecord> = {
  title: 'clinic',
  version: 0,
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
  indexes: [['kind', 'status'], ['refCollection', 'refId']],
};

/** Clinic-wide odds and ends: settings, conflict copies, quarantined documents, schedules. */
export const clinicCollection = {
  name: 'clinic',
  schema,
  sealed: ['data', 'reason'],
  migrationStrategies: {},
} as const satisfies CollectionSpec<ClinicRecord>;

export async function insertClinicRecord(db: WaypointDatabase, input: RecordInput<ClinicRecord>, ctx: WriteContext): Promise<ClinicRecord> {
  return insertPlain(db.clinic, { ...input, ...stampNew(ctx) });
}

export function getClinicRecord(db: WaypointDatabase, id: string): Promise<ClinicRecord | null> {
  return findPlain(db.clinic, id);
}

export function findClinicRecords(db: WaypointDatabase, kind: ClinicRecord['kind']): Promise<readonly ClinicRecord[]> {
  return findPlainWhere(db.clinic, { kind });
}
