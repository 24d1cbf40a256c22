/**
 * How a progress review, its co-sign and its addenda are stored as `careplans` records of kind `progress_review`
 * (progress.md §0.7): routing fields in clear, what was shown and decided in the sealed content. Pure.
 */
import { sha256 } from 'hash-wasm';
import type { CarePlan, JsonObject } from '../../domain/records';
import { canonicalJson } from '../../sync/canonical-json';
import { isRecordSignature } from '../../signing/signing-types';
import type { RecommendationResult } from '../recommendation/engine';
import type { ReviewSnapshot } from '../recommendation/snapshot';
import { EMPTY_DECISION, type ProgressReview, type ReviewAttachment, type ReviewDecisionInput, type ReviewSignature } from './review-types';

/** The deterministic id of the review of one client for one review date: two laptops starting it meet as one document. */
export function reviewIdFor(clientId: string, dueOrAsOf: string): string {
  return `rv-${clientId}-${dueOrAsOf}`;
}

/** Everything a review's signatures cover, in canonical JSON: what it showed and what was decided. */
export function canonicalReviewContent(r: ProgressReview): string {
  const { id, clientId, asOfDate, dueOn, planVersionId, evidence, snapshot, recommendation, decision, nextReviewDueOn, cosignRequired, authorId } = r;
  return canonicalJson({
    id,
    clientId,
    asOfDate,
    dueOn,
    planVersionId,
    evidence,
    snapshot,
    recommendation,
    decision,
    nextReviewDueOn,
    cosignRequired,
    authorId,
  });
}

/** SHA-256 (lower-case hex) of the canonical content. */
export function reviewContentHash(r: ProgressReview): Promise<string> {
  return sha256(canonicalReviewContent(r));
}

const json = (value: unknown): JsonObject => JSON.parse(JSON.stringify(value)) as JsonObject;

/** The stored record of a review. */
export function reviewRecordOf(r: ProgressReview): CarePlan {
  return {
    id: r.id,
    kind: 'progress_review',
    status: r.status,
    clientId: r.clientId,
    planId: r.id,
    version: 0,
    previousVersionId: '',
    effectiveFrom: r.asOfDate,
    reviewDueOn: r.dueOn,
    contentHash: r.contentHash,
    authorId: r.authorId,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    content: json({
      entry: 'review',
      planVersionId: r.planVersionId,
      evidence: r.evidence,
      snapshot: r.snapshot,
      recommendation: r.recommendation,
      decision: r.decision,
      nextReviewDueOn: r.nextReviewDueOn,
      cosignRequired: r.cosignRequired,
      signedAt: r.signedAt,
    }),
    signatures: r.signatures.map(json),
    lifecycle: [],
  };
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** The review a stored record holds; null for co-sign/addendum records and other kinds. */
export function reviewOf(doc: CarePlan): ProgressReview | null {
  const c = doc.content;
  if (doc.kind !== 'progress_review' || c.entry !== 'review') return null;
  return {
    id: doc.id,
    clientId: doc.clientId,
    status: doc.status === 'signed' ? 'signed' : 'draft',
    asOfDate: doc.effectiveFrom,
    dueOn: doc.reviewDueOn,
    planVersionId: str(c.planVersionId),
    evidence: (c.evidence ?? null) as JsonObject | null,
    snapshot: (c.snapshot ?? null) as ReviewSnapshot | null, // written only by reviewRecordOf from a ReviewSnapshot
    recommendation: (c.recommendation ?? null) as RecommendationResult | null, // written only from the engine's result
    decision: { ...EMPTY_DECISION, ...(c.decision as Partial<ReviewDecisionInput> | undefined) },
    nextReviewDueOn: str(c.nextReviewDueOn),
    cosignRequired: c.cosignRequired === true,
    signedAt: str(c.signedAt),
    contentHash: doc.contentHash,
    signatures: doc.signatures as unknown as readonly ReviewSignature[], // written only from ReviewSignature values
    authorId: doc.authorId,
    createdAt: doc.createdAt,
    updatedAt: doc.updatedAt,
  };
}

/** The stored record of a co-sign or addendum: signed at once, its planId the review's id. */
export function attachmentRecordOf(a: ReviewAttachment, contentHash: string): CarePlan {
  return {
    id: a.id,
    kind: 'progress_review',
    status: 'signed',
    clientId: a.clientId,
    planId: a.reviewId,
    version: 0,
    previousVersionId: '',
    effectiveFrom: a.signedAt.slice(0, 10),
    reviewDueOn: '',
    contentHash,
    authorId: a.signerId,
    createdAt: a.signedAt,
    updatedAt: a.signedAt,
    content: a.signature ? { entry: a.entry, text: a.text, signature: json(a.signature) } : { entry: a.entry, text: a.text },
    signatures: [],
    lifecycle: [],
  };
}

/** The co-sign or addendum a stored record holds; null otherwise. */
export function attachmentOf(doc: CarePlan): ReviewAttachment | null {
  const entry = doc.content.entry;
  if (doc.kind !== 'progress_review' || (entry !== 'cosign' && entry !== 'addendum')) return null;
  const signature = isRecordSignature(doc.content.signature) ? { signature: doc.content.signature } : {};
  return {
    id: doc.id,
    reviewId: doc.planId,
    clientId: doc.clientId,
    entry,
    text: str(doc.content.text),
    signerId: doc.authorId,
    signedAt: doc.createdAt,
    ...signature,
  };
}
