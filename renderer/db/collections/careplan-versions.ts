/**
 * Typed reads and writes of treatment-plan versions in the careplans collection (progress.md §1). Returns plain
 * readonly domain objects; every rule lives in shared/progress/plans and the collection's guard.
 */
import { type Observable } from 'rxjs';
import type { FieldErrors } from '../../../shared/domain/client';
import type { CarePlan, JsonObject } from '../../../shared/domain/records';
import { planContentHash } from '../../../shared/progress/plans/plan-hash';
import type { HashSigner } from '../../../shared/progress/plans/plan-signatures';
import { transitionRefusal } from '../../../shared/progress/plans/plan-status';
import { validatePlanVersion } from '../../../shared/progress/plans/plan-validation';
import { signatureRefusal, statusAfterSignatures } from '../../../shared/progress/plans/signatures';
import type { PlanVersionStatus, Signature, SignatureRole, TreatmentPlanVersion } from '../../../shared/progress/plans/types';
import type { WaypointDatabase } from '../schema-plan';
import { PlanLockedError } from './careplans.collection';
import { RecordNotFoundError, findPlain, insertPlain, plainOf, type WriteContext, readEach, watchOne, watchWhere } from './collection-spec';

/** Thrown when a plan version cannot be saved or signed as it is; `errors` maps field paths to messages. */
export class PlanValidationError extends Error {
  readonly code = 'plan_invalid';
  constructor(readonly errors: FieldErrors) {
    super(Object.values(errors)[0] ?? 'The plan is not complete.');
    this.name = 'PlanValidationError';
  }
}

const ROUTED = new Set([
  'versionId',
  'planId',
  'version',
  'previousVersionId',
  'status',
  'clientId',
  'effectiveFrom',
  'reviewDueOn',
  'signatures',
  'contentHash',
]);

/** The routing fields every versioned plan kind (treatment, safety, relapse prevention) keeps in clear. */
export interface VersionRouting {
  readonly versionId: string;
  readonly status: CarePlan['status'];
  readonly clientId: string;
  readonly planId: string;
  readonly version: number;
  readonly previousVersionId: string | null;
  readonly effectiveFrom: string;
  readonly reviewDueOn: string;
  readonly contentHash: string;
  readonly signatures: readonly Signature[];
}

/** The stored record of a plan version: the routing fields in clear, every other field in the sealed content. */
export function versionRecordOf(kind: CarePlan['kind'], v: VersionRouting, routed: ReadonlySet<string>, authorId: string, at: string): CarePlan {
  const content: JsonObject = Object.fromEntries(Object.entries(v).filter(([k]) => !routed.has(k)));
  return {
    id: v.versionId,
    kind,
    status: v.status,
    clientId: v.clientId,
    planId: v.planId,
    version: v.version,
    previousVersionId: v.previousVersionId ?? '',
    effectiveFrom: v.effectiveFrom,
    reviewDueOn: v.reviewDueOn,
    contentHash: v.contentHash,
    authorId,
    createdAt: at,
    updatedAt: at,
    content,
    signatures: v.signatures.map((s) => ({ ...s })),
    lifecycle: [],
  };
}

/** The stored record of a treatment-plan version. */
export function planRecordOf(v: TreatmentPlanVersion, authorId: string, at: string): CarePlan {
  return versionRecordOf('treatment_plan', v, ROUTED, authorId, at);
}

/** The version a stored record holds; null for other kinds and for v0 records of the old free shape. */
export function planVersionOf(doc: CarePlan): TreatmentPlanVersion | null {
  if (doc.kind !== 'treatment_plan' || 'legacyV0' in doc.content || !Array.isArray(doc.content.problems)) return null;
  const body = doc.content as unknown as Omit<TreatmentPlanVersion, 'versionId'>; // written only by planRecordOf
  const status = doc.status as PlanVersionStatus; // treatment_plan records carry plan-version statuses (guarded)
  return {
    ...body,
    versionId: doc.id,
    planId: doc.planId,
    version: doc.version,
    previousVersionId: doc.previousVersionId || null,
    status,
    clientId: doc.clientId,
    effectiveFrom: doc.effectiveFrom,
    reviewDueOn: doc.reviewDueOn,
    contentHash: doc.contentHash,
    signatures: doc.signatures as unknown as readonly Signature[], // written only from Signature values
  };
}

function versionOrThrow(doc: CarePlan | null, id: string): TreatmentPlanVersion {
  const v = doc ? planVersionOf(doc) : null;
  if (!v) throw new RecordNotFoundError('careplans', id);
  return v;
}

/** Stores a new draft version (version 1, or one made by newVersionFrom); refuses bad values at their fields. */
export async function insertPlanDraft(db: WaypointDatabase, draft: TreatmentPlanVersion, ctx: WriteContext): Promise<TreatmentPlanVersion> {
  const errors = validatePlanVersion(draft, 'save');
  if (Object.keys(errors).length > 0) throw new PlanValidationError(errors);
  const record = planRecordOf({ ...draft, status: 'draft', signatures: [], contentHash: '' }, ctx.authorId, ctx.now.toISOString());
  return versionOrThrow(await insertPlain(db.careplans, record), draft.versionId);
}

export async function getPlanVersion(db: WaypointDatabase, versionId: string): Promise<TreatmentPlanVersion | null> {
  const doc = await findPlain(db.careplans, versionId);
  return doc ? planVersionOf(doc) : null;
}

/** The stored document of a careplans record, for a write that modifies it. */
export async function docOf(db: WaypointDatabase, id: string) {
  const doc = await db.careplans.findOne(id).exec();
  if (!doc) throw new RecordNotFoundError('careplans', id);
  return doc;
}

/** Saves a draft's content; a version that is no longer a draft is refused (the guard refuses it too). */
export async function savePlanDraft(db: WaypointDatabase, draft: TreatmentPlanVersion, ctx: WriteContext): Promise<TreatmentPlanVersion> {
  const errors = validatePlanVersion(draft, 'save');
  if (Object.keys(errors).length > 0) throw new PlanValidationError(errors);
  const doc = await docOf(db, draft.versionId);
  const saved = await doc.incrementalModify((data) => {
    if (data.status !== 'draft') throw new PlanLockedError(`Version ${String(data.version)} of this plan is signed and cannot change; start a new version.`);
    const next = planRecordOf({ ...draft, status: 'draft', signatures: [], contentHash: '' }, data.authorId, data.createdAt);
    return { ...next, updatedAt: ctx.now.toISOString() };
  });
  return versionOrThrow(plainOf(saved), draft.versionId);
}

/** A signature as the signer gives it; the content hash is taken from the stored version. */
export type SignatureInput = Omit<Signature, 'contentHash'> & { readonly shownContentHash: string | null };

/**
 * Adds a signature (or a recorded refusal). The author's signature freezes a draft: its content is validated for
 * signing and hashed; `shownContentHash` must match when given (the content the signer saw). When every required
 * role has signed the version becomes active and the plan's previously active version is superseded.
 */
export async function signPlanVersion(
  db: WaypointDatabase,
  versionId: string,
  input: SignatureInput,
  required: readonly SignatureRole[],
  ctx: WriteContext,
  sign: HashSigner | null = null,
): Promise<TreatmentPlanVersion> {
  const stored = versionOrThrow(await findPlain(db.careplans, versionId), versionId);
  if (stored.status === 'draft') {
    const errors = validatePlanVersion(stored, 'sign');
    if (Object.keys(errors).length > 0) throw new PlanValidationError(errors);
  }
  const hash = stored.contentHash || (await planContentHash(stored));
  const { shownContentHash, ...rest } = input;
  const signature: Signature = { ...rest, contentHash: shownContentHash ?? hash };
  const refusal = signatureRefusal({ ...stored, contentHash: hash }, signature);
  if (refusal) throw new PlanLockedError(refusal);
  // The key signature is appended with the signature itself, in the same write.
  const key = sign && signature.signedAt ? await sign(hash, signature.signedAt) : null;
  const added: Signature = key ? { ...signature, key } : signature;
  const signed = { ...stored, contentHash: hash, signatures: [...stored.signatures, added] };
  const status = statusAfterSignatures(signed, required);
  const at = ctx.now.toISOString();
  const doc = await docOf(db, versionId);
  const saved = await doc.incrementalModify((data) => {
    if (data.contentHash !== '' && data.contentHash !== hash) throw new PlanLockedError('The plan changed while it was being signed; review it again.');
    const lifecycle = status === data.status ? data.lifecycle : [...data.lifecycle, { status, at, by: ctx.authorId, reason: '' }];
    return {
      ...data,
      status,
      contentHash: hash,
      signatures: [...data.signatures, { ...added, ...(added.key ? { key: { ...added.key } } : {}) }],
      lifecycle,
      updatedAt: at,
    };
  });
  if (status === 'active' && stored.status !== 'active') await supersedeOthers(db, signed, ctx);
  return versionOrThrow(plainOf(saved), versionId);
}

/** Supersedes every other active version of the same plan (any versioned kind) once `active` becomes active. */
export async function supersedeOthers(
  db: WaypointDatabase,
  active: Pick<TreatmentPlanVersion, 'planId' | 'versionId' | 'version'>,
  ctx: WriteContext,
): Promise<void> {
  const others = await db.careplans.find({ selector: { planId: active.planId, status: 'active', id: { $ne: active.versionId } } }).exec();
  for (const other of others) await moveStatus(other.primary, db, 'superseded', `Superseded by version ${String(active.version)}.`, ctx);
}

async function moveStatus(id: string, db: WaypointDatabase, to: PlanVersionStatus, reason: string, ctx: WriteContext): Promise<CarePlan> {
  const doc = await docOf(db, id);
  const at = ctx.now.toISOString();
  return plainOf(
    await doc.incrementalModify((data) => {
      const refusal = transitionRefusal(data.status as PlanVersionStatus, to, reason);
      if (refusal) throw new PlanLockedError(refusal);
      return { ...data, status: to, lifecycle: [...data.lifecycle, { status: to, at, by: ctx.authorId, reason }], updatedAt: at };
    }),
  );
}

/** Closes the active version at discharge, or marks a version entered in error (a reason is required). */
export async function setPlanVersionStatus(
  db: WaypointDatabase,
  versionId: string,
  to: 'closed' | 'entered_in_error',
  reason: string,
  ctx: WriteContext,
): Promise<TreatmentPlanVersion> {
  return versionOrThrow(await moveStatus(versionId, db, to, reason, ctx), versionId);
}

export const byPlanThenVersion = (a: TreatmentPlanVersion, b: TreatmentPlanVersion) => a.planId.localeCompare(b.planId) || a.version - b.version;

/** Every treatment-plan version of one client (all plans, all versions, oldest first per plan), kept live. */
export function watchPlanVersionsForClient(db: WaypointDatabase, clientId: string): Observable<readonly TreatmentPlanVersion[]> {
  return watchWhere(db.careplans, { selector: { clientId, kind: 'treatment_plan' } }, (docs) => readEach(planVersionOf)(docs).sort(byPlanThenVersion));
}

/** One version (null when absent or not a plan version), kept live. */
export function watchPlanVersion(db: WaypointDatabase, versionId: string): Observable<TreatmentPlanVersion | null> {
  return watchOne(db.careplans, versionId, planVersionOf);
}
