/**
 * Typed reads and writes of safety-plan and relapse-prevention-plan versions in the careplans collection (progress.md
 * §4). The same frozen-once-signed record as a treatment-plan version: the collection's guard (plan-guard.ts) and the
 * server's validate_doc_update cover these kinds too. Every rule lives in shared/progress.
 */
import { type Observable } from 'rxjs';
import type { CarePlan } from '../../../shared/domain/records';
import { planContentHash } from '../../../shared/progress/plans/plan-hash';
import type { HashSigner } from '../../../shared/progress/plans/plan-signatures';
import { signatureRefusal, statusAfterSignatures } from '../../../shared/progress/plans/signatures';
import type { PlanVersionStatus, Signature } from '../../../shared/progress/plans/types';
import { SAFETY_PLAN_KINDS, type SafetyPlanKind, type SafetyPlanVersion } from '../../../shared/progress/safety-plans/types';
import { validateSafetyPlanVersion } from '../../../shared/progress/safety-plans/validation';
import { withoutBlankLines } from '../../../shared/progress/safety-plans/versioning';
import type { WaypointDatabase } from '../schema-plan';
import { PlanValidationError, supersedeOthers, versionRecordOf, type SignatureInput } from './careplan-versions';
import { PlanLockedError } from './careplans.collection';
import { RecordNotFoundError, findPlain, insertPlain, plainOf, type WriteContext, watchWhere } from './collection-spec';

const ROUTED = new Set([
  'versionId',
  'planId',
  'kind',
  'version',
  'previousVersionId',
  'status',
  'clientId',
  'effectiveFrom',
  'reviewDueOn',
  'signatures',
  'contentHash',
]);

const isSafetyKind = (kind: string): kind is SafetyPlanKind => SAFETY_PLAN_KINDS.some((k) => k === kind);

/** The stored record of a version: routing fields in clear, the body in the sealed content. */
export function safetyPlanRecordOf(v: SafetyPlanVersion, authorId: string, at: string): CarePlan {
  return versionRecordOf(v.kind, v, ROUTED, authorId, at);
}

/** The version a stored record holds; null for other kinds. */
export function safetyPlanVersionOf(doc: CarePlan): SafetyPlanVersion | null {
  if (!isSafetyKind(doc.kind) || typeof doc.content.sections !== 'object') return null;
  const body = doc.content as unknown as Pick<SafetyPlanVersion, 'changeSummary' | 'createdWithClientPresent' | 'sections' | 'reasonsForLiving'>; // written only by safetyPlanRecordOf
  return {
    changeSummary: body.changeSummary,
    createdWithClientPresent: body.createdWithClientPresent,
    sections: body.sections,
    reasonsForLiving: body.reasonsForLiving,
    versionId: doc.id,
    planId: doc.planId,
    kind: doc.kind,
    version: doc.version,
    previousVersionId: doc.previousVersionId || null,
    status: doc.status as PlanVersionStatus, // versioned kinds carry plan-version statuses (guarded)
    clientId: doc.clientId,
    effectiveFrom: doc.effectiveFrom,
    reviewDueOn: doc.reviewDueOn,
    contentHash: doc.contentHash,
    signatures: doc.signatures as unknown as readonly Signature[], // written only from Signature values
  };
}

function versionOrThrow(doc: CarePlan | null, id: string): SafetyPlanVersion {
  const v = doc ? safetyPlanVersionOf(doc) : null;
  if (!v) throw new RecordNotFoundError('careplans', id);
  return v;
}

function refuseInvalid(v: SafetyPlanVersion, mode: 'save' | 'sign'): void {
  const errors = validateSafetyPlanVersion(v, mode);
  if (Object.keys(errors).length > 0) throw new PlanValidationError(errors);
}

const asDraft = (v: SafetyPlanVersion): SafetyPlanVersion => ({ ...v, status: 'draft', signatures: [], contentHash: '' });

/** Stores a new draft version (version 1, or one made by nextSafetyPlanVersion). */
export async function insertSafetyPlanDraft(db: WaypointDatabase, draft: SafetyPlanVersion, ctx: WriteContext): Promise<SafetyPlanVersion> {
  refuseInvalid(draft, 'save');
  return versionOrThrow(await insertPlain(db.careplans, safetyPlanRecordOf(asDraft(draft), ctx.authorId, ctx.now.toISOString())), draft.versionId);
}

async function docOf(db: WaypointDatabase, id: string) {
  const doc = await db.careplans.findOne(id).exec();
  if (!doc) throw new RecordNotFoundError('careplans', id);
  return doc;
}

/** Saves a draft's content; a version that is no longer a draft is refused (the guard refuses it too). */
export async function saveSafetyPlanDraft(db: WaypointDatabase, draft: SafetyPlanVersion, ctx: WriteContext): Promise<SafetyPlanVersion> {
  refuseInvalid(draft, 'save');
  const saved = await (
    await docOf(db, draft.versionId)
  ).incrementalModify((data) => {
    if (data.status !== 'draft') throw new PlanLockedError(`Version ${String(data.version)} of this plan is signed and cannot change; start a new version.`);
    return { ...safetyPlanRecordOf(asDraft(draft), data.authorId, data.createdAt), updatedAt: ctx.now.toISOString() };
  });
  return versionOrThrow(plainOf(saved), draft.versionId);
}

export async function getSafetyPlanVersion(db: WaypointDatabase, versionId: string): Promise<SafetyPlanVersion | null> {
  const doc = await findPlain(db.careplans, versionId);
  return doc ? safetyPlanVersionOf(doc) : null;
}

/**
 * The author's signature: the draft is checked for signing, its blank lines dropped, hashed and frozen; the version
 * becomes active (only the author's signature is required) and the plan's previous active version is superseded.
 */
export async function signSafetyPlanVersion(
  db: WaypointDatabase,
  versionId: string,
  input: SignatureInput,
  ctx: WriteContext,
  sign: HashSigner | null = null,
): Promise<SafetyPlanVersion> {
  const stored = versionOrThrow(await findPlain(db.careplans, versionId), versionId);
  if (stored.status !== 'draft') throw new PlanLockedError(`Version ${String(stored.version)} of this plan is already signed.`);
  refuseInvalid(stored, 'sign');
  const clean = withoutBlankLines(stored);
  const hash = await planContentHash(clean);
  const { shownContentHash, ...rest } = input;
  const shown: Signature = { ...rest, contentHash: shownContentHash ?? hash };
  const refusal = signatureRefusal({ ...clean, contentHash: hash }, shown);
  if (refusal) throw new PlanLockedError(refusal);
  // The key signature is written with the version as it freezes: once signed it never changes.
  const key = sign && shown.signedAt ? await sign(hash, shown.signedAt) : null;
  const signature: Signature = key ? { ...shown, key } : shown;
  const status = statusAfterSignatures({ ...clean, signatures: [signature] }, ['author']);
  const at = ctx.now.toISOString();
  const saved = await (
    await docOf(db, versionId)
  ).incrementalModify((data) => {
    if (data.status !== 'draft') throw new PlanLockedError('The plan was signed elsewhere while it was being signed; review it again.');
    const record = safetyPlanRecordOf({ ...clean, status, contentHash: hash, signatures: [signature] }, data.authorId, data.createdAt);
    return { ...record, lifecycle: [...data.lifecycle, { status, at, by: ctx.authorId, reason: '' }], updatedAt: at };
  });
  await supersedeOthers(db, clean, ctx);
  return versionOrThrow(plainOf(saved), versionId);
}

/** Records that the active version was reviewed with no change (§4.3): appended to its history, content untouched. */
export async function recordSafetyPlanReview(db: WaypointDatabase, versionId: string, note: string, ctx: WriteContext): Promise<SafetyPlanVersion> {
  const at = ctx.now.toISOString();
  const saved = await (
    await docOf(db, versionId)
  ).incrementalModify((data) => {
    if (data.status !== 'active') throw new PlanLockedError('Only the plan in force can be marked reviewed.');
    return { ...data, lifecycle: [...data.lifecycle, { status: 'active', at, by: ctx.authorId, reason: note, event: 'reviewed' }], updatedAt: at };
  });
  return versionOrThrow(plainOf(saved), versionId);
}

/** Instants a version of the client's safety plans was reviewed with no change. */
function reviewsOf(doc: CarePlan): readonly string[] {
  return doc.lifecycle.flatMap((e) => (e.event === 'reviewed' && typeof e.at === 'string' ? [e.at] : []));
}

export interface SafetyPlanHistory {
  /** Every version of the client's plans of this kind, oldest first. */
  readonly versions: readonly SafetyPlanVersion[];
  /** Instants a version was recorded as reviewed with no change, oldest first. */
  readonly reviewedAt: readonly string[];
}

/** The history of the plans among `plain` records of one kind (any other record is left out). */
export function safetyPlanHistoryOf(plain: readonly CarePlan[], kind: SafetyPlanKind): SafetyPlanHistory {
  const mine = plain.filter((d) => d.kind === kind);
  return {
    versions: mine.flatMap((d) => safetyPlanVersionOf(d) ?? []).sort((a, b) => a.planId.localeCompare(b.planId) || a.version - b.version),
    reviewedAt: mine.flatMap(reviewsOf).sort(),
  };
}

/** Every version of the client's plans of one kind and their recorded reviews, kept live. */
export function watchSafetyPlans(db: WaypointDatabase, clientId: string, kind: SafetyPlanKind): Observable<SafetyPlanHistory> {
  return watchWhere(db.careplans, { selector: { clientId, kind } }, (docs) => safetyPlanHistoryOf(docs, kind));
}

/** Adds a later signature to a signed version (the client's acknowledgement, or its refusal): appended, content untouched. */
export async function addSafetyPlanSignature(db: WaypointDatabase, versionId: string, input: SignatureInput, ctx: WriteContext): Promise<SafetyPlanVersion> {
  const stored = versionOrThrow(await findPlain(db.careplans, versionId), versionId);
  if (stored.status === 'draft') throw new PlanLockedError('The author signs the plan first.');
  const { shownContentHash, ...rest } = input;
  const signature: Signature = { ...rest, contentHash: shownContentHash ?? stored.contentHash };
  const refusal = signatureRefusal(stored, signature);
  if (refusal) throw new PlanLockedError(refusal);
  const saved = await (
    await docOf(db, versionId)
  ).incrementalModify((data) => ({ ...data, signatures: [...data.signatures, { ...signature }], updatedAt: ctx.now.toISOString() }));
  return versionOrThrow(plainOf(saved), versionId);
}
