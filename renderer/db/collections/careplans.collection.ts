import type { RxJsonSchema } from 'rxdb/plugins/core';
import { CAREPLAN_KINDS, CAREPLAN_STATUSES, type CarePlan, type JsonObject } from '../../../shared/domain/records';
import { carePlanChangeRefusal } from '../../../shared/progress/plans/plan-guard';
import type { WaypointCollections, WaypointDatabase } from '../schema-plan';
import { dateField, enumField, guardChanges, idField, instantField, sealedObject, sealedObjectList, type CollectionSpec } from './collection-spec';

const schema: RxJsonSchema<CarePlan> = {
  title: 'careplans',
  version: 2,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: idField,
    kind: enumField(CAREPLAN_KINDS),
    status: enumField(CAREPLAN_STATUSES),
    clientId: idField,
    planId: idField,
    version: { type: 'integer', minimum: 0, maximum: 100000, multipleOf: 1 },
    previousVersionId: idField,
    effectiveFrom: dateField,
    reviewDueOn: dateField,
    contentHash: { type: 'string', maxLength: 64 },
    authorId: idField,
    createdAt: instantField,
    updatedAt: instantField,
    content: sealedObject,
    signatures: sealedObjectList,
    lifecycle: sealedObjectList,
  },
  required: [
    'id',
    'kind',
    'status',
    'clientId',
    'planId',
    'version',
    'previousVersionId',
    'effectiveFrom',
    'reviewDueOn',
    'contentHash',
    'authorId',
    'createdAt',
    'updatedAt',
  ],
  indexes: [
    ['clientId', 'kind', 'effectiveFrom'],
    ['planId', 'version'],
  ],
};

/** The v0 record: a plan or review with a signer and a period, its content one sealed object. */
export interface CarePlanV0 {
  readonly id: string;
  readonly kind: 'plan' | 'review';
  readonly status: 'draft' | 'signed';
  readonly clientId: string;
  readonly signerId: string;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly authorId: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly content?: JsonObject;
}

/**
 * v0 → v1: plans become version 1 of a treatment plan (signed → active, with no hash: it was never hashed, and being
 * signed it never changes); reviews become progress reviews that stay signed. The period and signer move into the
 * sealed content and signatures, so nothing written is lost; `legacyV0` marks content of the old free shape.
 */
export function migrateCarePlanV0(doc: CarePlanV0): CarePlan {
  const plan = doc.kind === 'plan';
  const signatures = doc.signerId
    ? [{ role: 'author', signerId: doc.signerId, signerName: '', signedAt: doc.updatedAt, method: 'in_app', attestation: '', contentHash: '' }]
    : [];
  return {
    id: doc.id,
    kind: plan ? 'treatment_plan' : 'progress_review',
    status: doc.status === 'draft' ? 'draft' : plan ? 'active' : 'signed',
    clientId: doc.clientId,
    planId: doc.id,
    version: plan ? 1 : 0,
    previousVersionId: '',
    effectiveFrom: doc.periodStart,
    reviewDueOn: plan ? doc.periodEnd : '',
    contentHash: '',
    authorId: doc.authorId,
    createdAt: doc.createdAt,
    updatedAt: doc.updatedAt,
    content: { ...(doc.content ?? {}), legacyV0: { periodStart: doc.periodStart, periodEnd: doc.periodEnd } },
    signatures,
    lifecycle: [],
  };
}

/** Plan bodies, homework, reviews and signatures are what people wrote: sealed. */
export const careplansCollection = {
  name: 'careplans',
  schema,
  sealed: ['content', 'signatures', 'lifecycle'],
  migrationStrategies: {
    1: (doc: CarePlanV0): CarePlan => migrateCarePlanV0(doc),
    // v2 adds the kind 'level_of_care_event'; every v1 record is already a valid v2 record.
    2: (doc: CarePlan): CarePlan => doc,
  },
} as const satisfies CollectionSpec<CarePlan>;

/** Thrown when a write would change a signed plan version or a signed review. */
export class PlanLockedError extends Error {
  readonly code = 'plan_locked';
  constructor(message: string) {
    super(message);
    this.name = 'PlanLockedError';
  }
}

/**
 * Makes signed plan versions and reviews immutable through the collection API, below any screen (as for notes).
 * Replication writes straight to storage and is guarded by the server's validate_doc_update.
 */
export function installCarePlanGuards(db: WaypointDatabase): void {
  guardChanges((db.collections as Partial<WaypointCollections>).careplans, carePlanChangeRefusal, (reason) => new PlanLockedError(reason));
}
