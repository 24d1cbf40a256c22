import type { Observable } from 'rxjs';
import type { RxJsonSchema } from 'rxdb/plugins/core';
import { migrateMedicationV0 } from '../../../shared/domain/medications';
import { MEDICATION_STATUSES, type Medication, type RecordInput } from '../../../shared/domain/records';
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

const schema: RxJsonSchema<Medication> = {
  title: 'medications',
  version: 1,
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
    strength: sealedText,
    dose: { type: 'number' },
    doseUnit: sealedText,
    route: sealedText,
    schedule: sealedObject,
    prescriber: sealedText,
    indication: sealedText,
    startedOn: sealedText,
    stoppedOn: { type: ['string', 'null'] },
    stopReason: sealedText,
  },
  required: ['id', 'clientId', 'status', 'prescriberId', 'authorId', 'createdAt', 'updatedAt'],
  indexes: [['clientId', 'status']],
};

/** Everything about the prescription itself is sealed; only who, whose and whether active stay routable. */
export const medicationsCollection = {
  name: 'medications',
  schema,
  sealed: ['name', 'strength', 'dose', 'doseUnit', 'route', 'schedule', 'prescriber', 'indication', 'startedOn', 'stoppedOn', 'stopReason'],
  migrationStrategies: {
    // v1: dose as number + unit, schedule as times per day / times / as needed, route, prescriber, stop reason.
    1: (doc: Record<string, unknown>): Medication => migrateMedicationV0(doc),
  },
} as const satisfies CollectionSpec<Medication>;

export async function insertMedication(db: WaypointDatabase, input: RecordInput<Medication>, ctx: WriteContext): Promise<Medication> {
  return insertRecord(db.medications, input, ctx);
}

/** Changes a medication's current state; its history is written separately as medication events. */
export function updateMedication(
  db: WaypointDatabase,
  id: string,
  patch: Partial<RecordInput<Medication>>,
  ctx: Pick<WriteContext, 'now'>,
): Promise<Medication> {
  return patchPlain(db.medications, id, { ...patch, updatedAt: ctx.now.toISOString() });
}

export function getMedication(db: WaypointDatabase, id: string): Promise<Medication | null> {
  return findPlain(db.medications, id);
}

export function findMedicationsForClient(db: WaypointDatabase, clientId: string): Promise<readonly Medication[]> {
  return findPlainWhere(db.medications, { clientId });
}

/** A client's medications, oldest record first, kept live. */
export function watchMedicationsForClient(db: WaypointDatabase, clientId: string): Observable<readonly Medication[]> {
  return watchWhere(db.medications, { selector: { clientId } }, (docs) => docs.sort((a, b) => a.createdAt.localeCompare(b.createdAt)));
}

/** Every medication of one status across clients (the caseload and the client list's alert), kept live. */
export function watchMedicationsByStatus(db: WaypointDatabase, status: Medication['status']): Observable<readonly Medication[]> {
  return watchWhere(db.medications, { selector: { status } });
}
