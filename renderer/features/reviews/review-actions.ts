/**
 * Writes of progress reviews and the clinic's rule parameters, each followed by its audit event (progress.md §0.8,
 * §5.4, §11). Plain functions of (context, input): hooks bind them, tests call them on real storage.
 */
import type { FieldErrors } from '../../../shared/domain/client';
import { recommendLevelOfCare, validateProgressRuleParams, type ProgressRuleParams, type ReviewSnapshot } from '../../../shared/progress';
import { agreesWithRecommendation, decisionSigningErrors, nextReviewDate, reviewNeedsCosign } from '../../../shared/progress/reviews/review-decision';
import { reviewIdFor, reviewRecordOf } from '../../../shared/progress/reviews/review-record';
import {
  DECISION_LABELS,
  EMPTY_DECISION,
  type ProgressReview,
  type ReviewAttachment,
  type ReviewDecisionInput,
} from '../../../shared/progress/reviews/review-types';
import type { JsonObject } from '../../../shared/domain/records';
import { reviewAddendumHash } from '../../../shared/progress/reviews/review-signatures';
import { auditFor } from '../../audit';
import { signerFor } from '../../signing';
import {
  PlanLockedError,
  findReviewsForClient,
  getReview,
  insertClinicRecord,
  insertReviewAttachment,
  insertReviewDraft,
  isStaffSupervised,
  saveReviewDraft,
  signReviewDraft,
} from '../../db';
import { writeStamp, type ActorContext } from '../../session';
import { keepOverwrittenVersion } from '../../sync/sync-records';
import { RULE_PARAMS_REF } from './rule-params-records';

/** Thrown when a review or the rule parameters cannot be saved as they are; `errors` maps fields to messages. */
export class ReviewValidationError extends Error {
  readonly code = 'review_invalid';
  constructor(readonly errors: FieldErrors) {
    super(Object.values(errors)[0] ?? 'The review is not complete.');
    this.name = 'ReviewValidationError';
  }
}

/** What starting a review needs: the client, the review date and the review date it answers (from the plan's cycle). */
export interface StartReviewInput {
  readonly clientId: string;
  readonly asOfDate: string;
  /** The due review date (plan's reviewDueOn or the last review's next date); '' for an ad-hoc review. */
  readonly dueOn: string;
  readonly planVersionId: string;
}

/**
 * Starts the client's review for its due date, or reopens the draft already started for it (on this laptop or,
 * once synced, another): the id is the same for the same client and due date, so two laptops starting it offline
 * meet as one document and sync keeps the other start as a conflict copy. A due date already signed for starts an
 * ad-hoc review for the day instead.
 */
export async function startReview(ctx: ActorContext, input: StartReviewInput): Promise<ProgressReview> {
  const candidates = [input.dueOn, input.asOfDate].filter((d) => d !== '').map((d) => reviewIdFor(input.clientId, d));
  for (const id of candidates) {
    const existing = await getReview(ctx.db, id);
    if (existing?.status === 'draft') return existing;
    if (!existing) return createReview(ctx, id, input);
  }
  return createReview(ctx, `${reviewIdFor(input.clientId, input.asOfDate)}-${String(ctx.now().getTime() % 100000)}`, input);
}

async function createReview(ctx: ActorContext, id: string, input: StartReviewInput): Promise<ProgressReview> {
  const stamp = writeStamp(ctx);
  const at = stamp.now.toISOString();
  const review = await insertReviewDraft(ctx.db, {
    id,
    clientId: input.clientId,
    status: 'draft',
    asOfDate: input.asOfDate,
    dueOn: input.dueOn,
    planVersionId: input.planVersionId,
    evidence: null,
    snapshot: null,
    recommendation: null,
    decision: EMPTY_DECISION,
    nextReviewDueOn: '',
    cosignRequired: false,
    contentHash: '',
    signatures: [],
    authorId: stamp.authorId,
    createdAt: at,
    updatedAt: at,
    signedAt: '',
  });
  const due = input.dueOn === '' ? 'ad hoc' : `due ${input.dueOn}`;
  await auditFor(ctx, 'review')('create', id, `Started the progress review of ${input.asOfDate} (${due}) for client ${input.clientId}`, stamp.now);
  return review;
}

/** The evidence the review shows: the loader's panels and the engine's snapshot. */
export interface ReviewEvidenceInput {
  readonly evidence: JsonObject | null;
  readonly snapshot: ReviewSnapshot;
}

/** Stores the evidence shown and the recommendation computed from it with the clinic's parameters (frozen in the result). */
export async function refreshReviewEvidence(
  ctx: ActorContext,
  reviewId: string,
  input: ReviewEvidenceInput,
  params: ProgressRuleParams,
): Promise<ProgressReview> {
  const recommendation = recommendLevelOfCare(input.snapshot, params);
  return saveReviewDraft(ctx.db, reviewId, { evidence: input.evidence, snapshot: input.snapshot, recommendation }, writeStamp(ctx));
}

/** Saves the decision as typed so far (a draft may be incomplete; signing checks it). */
export async function saveReviewDecision(ctx: ActorContext, reviewId: string, decision: ReviewDecisionInput): Promise<ProgressReview> {
  return saveReviewDraft(ctx.db, reviewId, { decision }, writeStamp(ctx));
}

/** Keeps a draft review that arrived from another laptop as a conflict copy: typing here is saved over it. */
export async function keepArrivedReview(ctx: ActorContext, arrived: ProgressReview): Promise<void> {
  await keepOverwrittenVersion(ctx.db, 'careplans', { ...reviewRecordOf(arrived) }, ctx.now());
}

export const REVIEW_ATTESTATION = 'I reviewed this evidence and recommendation and this decision is my own clinical judgement.';

/**
 * Signs the review with its decision (refused at the fields when incomplete). The review changes no level of care,
 * plan or status: the steps its decision opens are for a person to take. A decision that differs from the
 * recommendation is audited as an override.
 */
export async function signReview(ctx: ActorContext, reviewId: string, decision: ReviewDecisionInput, cycleDays = 30): Promise<ProgressReview> {
  const draft = await getReview(ctx.db, reviewId);
  if (!draft) throw new ReviewValidationError({ review: 'This review no longer exists.' });
  if (draft.status !== 'draft') throw new PlanLockedError('This review is already signed.');
  const errors = decisionSigningErrors(decision, draft.recommendation, draft.asOfDate);
  if (Object.keys(errors).length > 0) throw new ReviewValidationError(errors);
  await saveReviewDecision(ctx, reviewId, decision);
  const supervised = await isStaffSupervised(ctx.db, ctx.actor.id);
  const cosignRequired = reviewNeedsCosign(supervised, decision.decision, draft.recommendation);
  const stamp = writeStamp(ctx);
  const signed = await signReviewDraft(
    ctx.db,
    reviewId,
    { attestation: REVIEW_ATTESTATION, nextReviewDueOn: nextReviewDate(draft.asOfDate, cycleDays), cosignRequired },
    stamp,
    signerFor(ctx.actor.id),
  );
  const audit = auditFor(ctx, 'review');
  const label = decision.decision === '' ? '' : DECISION_LABELS[decision.decision].toLowerCase();
  const cosign = cosignRequired ? '; awaits a supervisor’s co-sign' : '';
  await audit('sign', reviewId, `Signed the progress review: decision ${label} (SHA-256 ${signed.contentHash})${cosign}`, stamp.now);
  const rec = signed.recommendation;
  if (rec && !agreesWithRecommendation(decision.decision, rec)) {
    await audit(
      'edit',
      reviewId,
      `Decision ${label} overrides the recommendation ${DECISION_LABELS[rec.recommendation].toLowerCase()} (${rec.rule}); reason: ${decision.overrideReason}`,
      stamp.now,
    );
  }
  return signed;
}

async function signedReview(ctx: ActorContext, reviewId: string): Promise<ProgressReview> {
  const review = await getReview(ctx.db, reviewId);
  if (!review) throw new ReviewValidationError({ review: 'This review no longer exists.' });
  if (review.status !== 'signed') throw new ReviewValidationError({ review: 'Only a signed review can be co-signed or have an addendum.' });
  return review;
}

/** A supervisor's co-signature of a signed review that needs one: its own signed record. */
export async function cosignReview(ctx: ActorContext, reviewId: string): Promise<ReviewAttachment> {
  const review = await signedReview(ctx, reviewId);
  if (ctx.actor.role !== 'supervisor' && ctx.actor.role !== 'admin') throw new ReviewValidationError({ cosign: 'Only a supervisor can co-sign a review.' });
  if (review.authorId === ctx.actor.id) throw new ReviewValidationError({ cosign: 'A review cannot be co-signed by its own author.' });
  const { attachments } = await findReviewsForClient(ctx.db, review.clientId);
  if (attachments.some((a) => a.reviewId === reviewId && a.entry === 'cosign'))
    throw new ReviewValidationError({ cosign: 'This review is already co-signed.' });
  const stamp = writeStamp(ctx);
  const at = stamp.now.toISOString();
  const signature = await signerFor(ctx.actor.id)?.('review-cosign', review.contentHash, at);
  const cosign: ReviewAttachment = {
    id: `${reviewId}.cosign`,
    reviewId,
    clientId: review.clientId,
    entry: 'cosign',
    text: '',
    signerId: stamp.authorId,
    signedAt: at,
  };
  const saved = await insertReviewAttachment(ctx.db, signature ? { ...cosign, signature } : cosign, review.contentHash);
  await auditFor(ctx, 'review')('cosign', reviewId, `Co-signed the progress review (SHA-256 ${review.contentHash})`, stamp.now);
  return saved;
}

/** An addendum to a signed review (the review itself never changes). */
export async function addReviewAddendum(ctx: ActorContext, reviewId: string, text: string): Promise<ReviewAttachment> {
  if (text.trim() === '') throw new ReviewValidationError({ addendum: 'Write the addendum.' });
  const review = await signedReview(ctx, reviewId);
  const stamp = writeStamp(ctx);
  const id = `${reviewId}.add-${String(stamp.now.getTime())}`;
  const signedAt = stamp.now.toISOString();
  const addendum: ReviewAttachment = { id, reviewId, clientId: review.clientId, entry: 'addendum', text: text.trim(), signerId: stamp.authorId, signedAt };
  const signature = await signerFor(ctx.actor.id)?.('review-addendum', await reviewAddendumHash(addendum, review.contentHash), signedAt);
  const saved = await insertReviewAttachment(ctx.db, signature ? { ...addendum, signature } : addendum, review.contentHash);
  await auditFor(ctx, 'review')('addendum', id, `Signed an addendum to progress review ${reviewId}`, stamp.now);
  return saved;
}

/** Saves the clinic's recommendation rule parameters (refused at the fields when invalid), audited with what changed. */
export async function saveProgressRuleParams(ctx: ActorContext, params: ProgressRuleParams, changed: readonly string[]): Promise<void> {
  const problems = validateProgressRuleParams(params);
  if (problems.length > 0) throw new ReviewValidationError(Object.fromEntries(problems.map((p) => [p.field, p.message])));
  const stamp = writeStamp(ctx);
  const data = JSON.parse(JSON.stringify(params)) as Record<string, unknown>;
  const record = { kind: 'settings', status: 'open', refCollection: RULE_PARAMS_REF.collection, refId: RULE_PARAMS_REF.id, data, reason: '' } as const;
  const saved = await insertClinicRecord(ctx.db, record, stamp);
  const what = changed.length > 0 ? changed.join(', ') : 'no value changed';
  await auditFor(ctx, 'vault')('settings', saved.id, `Progress rule parameters (${params.ruleSetVersion}) saved: ${what}`, stamp.now);
}
