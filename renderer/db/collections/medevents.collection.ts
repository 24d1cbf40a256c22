import type { RxJsonSchema } from 'rxdb/plugins/core';
import { MEDICATION_EVENT_KINDS, type MedicationEvent, type RecordInput } from '../../../shared/domain/records';
import type { WaypointDatabase } from '../schema-plan';
import { dateField, enumField, findPlain, findPlainWhere, idField, instantField, insertPlain, sealedObject, sealedText, stampNew, type CollectionSpec, type WriteContext } from './collection-spec';

const schema: RxJsonSchema<MedicationEvent> = {
  title: 'medevents',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: idField,
    kind: enumField(MEDICATION_EVENT_KINDS),
    clientId: idField,
    medicationId: idField,
    occurredOn: dateField,
    authorId: idField,
    createdAt: instantField,
    updatedAt: instantField,
    detail: sealedObject,
    note: sealedText,
  },
  required: ['id', 'kind', 'clientId', 'medicationId', 'occurredOn', 'authorId', 'createdAt', 'updatedAt'],
  indexes: [['clientId', 'occurredOn'], ['medicationId', 'occurredOn']],
};

export const medeventsCollection = {
  name: 'medevents',
  schema,
  sealed: ['detail', 'note'],
  migrationStrategies: {},
} as const satisfies CollectionSpec<MedicationEvent>;

/** Medication events are append-only. */
export async function insertMedicationEvent(db: WaypointDatabase, input: RecordInput<MedicationEvent>, ctx: WriteContext): Promise<MedicationEvent> {
  return insertPlain(db.medevents, { ...input, ...stampNew(ctx) });
}

export function getMedicationEvent(db: WaypointDatabase, id: string): Promise<MedicationEvent | null> {
  return findPlain(db.medevents, id);
}

export function findMedicationEventsForClient(db: WaypointDatabase, clientId: string): Promise<readonly MedicationEvent[]> {
  return findPlainWhere(db.medevents, { clientId });
}
