import type { RxJsonSchema } from 'rxdb/plugins/core';
import { CAREPLAN_KINDS, CAREPLAN_STATUSES, type CarePlan, type RecordInput } from '../../../shared/domain/records';
import type { WaypointDatabase } from '../schema-plan';
import { dateField, enumField, findPlain, findPlainWhere, idField, instantField, insertPlain, sealedObject, stampNew, type CollectionSpec, type WriteContext } from './collection-spec';

const schema: RxJsonSchema<CarePlan> = {
  title: 'careplans',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: idField,
    kind: enumField(CAREPLAN_KINDS),
    status: enumField(CAREPLAN_STATUSES),
    clientId: idField,
    signerId: idField,
    periodStart: dateField,
    periodEnd: dateField,
    authorId: idField,
    createdAt: instantField,
    updatedAt: instantField,
    content: sealedObject,
  },
  required: ['id', 'kind', 'status', 'clientId', 'signerId', 'periodStart', 'periodEnd', 'authorId', 'createdAt', 'updatedAt'],
  indexes: [['clientId', 'kind', 'periodStart']],
};

export const careplansCollection = {
  name: 'careplans',
  schema,
  sealed: ['content'],
  migrationStrategies: {},
} as const satisfies CollectionSpec<CarePlan>;

export async function insertCarePlan(db: WaypointDatabase, input: RecordInput<CarePlan>, ctx: WriteContext): Promise<CarePlan> {
  return insertPlain(db.careplans, { ...input, ...stampNew(ctx) });
}

export function getCarePlan(db: WaypointDatabase, id: string): Promise<CarePlan | null> {
  return findPlain(db.careplans, id);
}

/** Plans and reviews of one client. */
export function findCarePlansForClient(db: WaypointDatabase, clientId: string): Promise<readonly CarePlan[]> {
  return findPlainWhere(db.careplans, { clientId });
}
