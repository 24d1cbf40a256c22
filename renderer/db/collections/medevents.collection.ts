import type { Observable } from 'rxjs';
import type { RxJsonSchema } from 'rxdb/plugins/core';
import { MEDICATION_EVENT_KINDS, type MedicationEvent, type RecordInput } from '../../../shared/domain/records';
import type { WaypointDatabase } from '../schema-plan';
import {
  dateField,
  enumField,
  findPlain,
  findPlainWhere,
  idField,
  insertRecord,
  instantField,
  sealedObject,
  sealedText,
  watchWhere,
  type CollectionSpec,
  type WriteContext,
} from './collection-spec';

const schema: RxJsonSchema<MedicationEvent> = {
  title: 'medevents',
  version: 1,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: idField,
    kind: enumField(MEDICATION_EVENT_KINDS),
    clientId: idField,
    medicationId: idField,
    sessionId: idField,
    occurredOn: dateField,
    authorId: idField,
    createdAt: instantField,
    updatedAt: instantField,
    detail: sealedObject,
    note: sealedText,
  },
  required: ['id', 'kind', 'clientId', 'medicationId', 'sessionId', 'occurredOn', 'authorId', 'createdAt', 'updatedAt'],
  indexes: [
    ['clientId', 'occurredOn'],
    ['medicationId', 'occurredOn'],
    ['kind', 'occurredOn'],
  ],
};

export const medeventsCollection = {
  name: 'medevents',
  schema,
  sealed: ['detail', 'note'],
  migrationStrategies: {
    // v1 adds sessionId (the medication visit an event was recorded in); older events belong to no visit.
    1: (doc: MedicationEvent): MedicationEvent => ({ ...doc, sessionId: '' }),
  },
} as const satisfies CollectionSpec<MedicationEvent>;

/** Medication events are append-only. */
export async function insertMedicationEvent(db: WaypointDatabase, input: RecordInput<MedicationEvent>, ctx: WriteContext): Promise<MedicationEvent> {
  return insertRecord(db.medevents, input, ctx);
}

export function getMedicationEvent(db: WaypointDatabase, id: string): Promise<MedicationEvent | null> {
  return findPlain(db.medevents, id);
}

export function findMedicationEventsForClient(db: WaypointDatabase, clientId: string): Promise<readonly MedicationEvent[]> {
  return findPlainWhere(db.medevents, { clientId });
}

/** A client's medication events, oldest first by date, kept live. */
export function watchMedicationEventsForClient(db: WaypointDatabase, clientId: string): Observable<readonly MedicationEvent[]> {
  return watchWhere(db.medevents, { selector: { clientId }, sort: [{ occurredOn: 'asc' }] });
}

/** Events of some kinds on or after a date across clients (the caseload, the client list's adherence badge), kept live. */
export function watchMedicationEventsSince(
  db: WaypointDatabase,
  kinds: readonly MedicationEvent['kind'][],
  since: string,
): Observable<readonly MedicationEvent[]> {
  return watchWhere(db.medevents, { selector: { kind: { $in: [...kinds] }, occurredOn: { $gte: since } }, sort: [{ occurredOn: 'asc' }] });
}
