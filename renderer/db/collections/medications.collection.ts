import type { RxJsonSchema } from 'rxdb/plugins/core';
import { MEDICATION_STATUSES, type Medication, type RecordInput } from '../../../shared/domain/records';
import type { WaypointDatabase } from '../schema-plan';
import { enumField, findPlain, findPlainWhere, idField, instantField, insertPlain, sealedText, stampNew, type CollectionSpec, type WriteContext } from './collection-spec';

const schema: RxJsonSchema<Medication> = {
  title: 'medications',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: idField,
    clientId: idField,
    status: enumField(MEDICATION_STATUSES),
    prescriberId: idField,
    authorId: idField,
    createdAt: instantField,
    updatedAt: instantField,
    name: sealedText,
    dose: sealedText,
    schedule: sealedText,
    indication: sealedText,
    startedOn: sealedText,
    stoppedOn: { type: ['string', 'null'] },
  },
  required: ['id', 'clientId', 'status', 'prescriberId', 'authorId', 'createdAt', 'updatedAt'],
  indexes: [['clientId', 'status']],
};

export const medicationsCollection = {
  name: 'medications',
  schema,
  sealed: ['name', 'dose', 'schedule', 'indication', 'startedOn', 'stoppedOn'],
  migrationStrategies: {},
} as const satisfies CollectionSpec<Medication>;

export async function insertMedication(db: WaypointDatabase, input: RecordInput<Medication>, ctx: WriteContext): Promise<Medication> {
  return insertPlain(db.medications, { ...input, ...stampNew(ctx) });
}

export function getMedication(db: WaypointDatabase, id: string): Promise<Medication | null> {
  return findPlain(db.medications, id);
}

export function findMedicationsForClient(db: WaypointDatabase, clientId: string): Promise<readonly Medication[]> {
  return findPlainWhere(db.medications, { clientId });
}
