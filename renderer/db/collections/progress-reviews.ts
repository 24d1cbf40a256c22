/**
 * Typed reads and writes of progress reviews in the careplans collection (progress.md §5.4). A signed review never
 * changes (the collection's guard and the server refuse it); a co-sign or addendum is its own signed record.
 */
import { type Observable } from 'rxjs';
import type { CarePlan } from '../../../shared/domain/records';
import { attachmentOf, attachmentRecordOf, reviewContentHash, reviewOf, reviewRecordOf } from '../../../shared/progress/reviews/review-record';
import type { ProgressReview, ReviewAttachment, ReviewSignature } from '../../../shared/progress/reviews/review-types';
import type { RecordSigner } from '../../../shared/signing/signing-types';
import type { WaypointCollections, WaypointDatabase } from '../schema-plan';
import { PlanLockedError } from './careplans.collection';
import { RecordNotFoundError, findPlain, insertPlain, plainOf, type WriteContext, readEach, watchOne, watchWhere } from './collection-spec';

/** What a draft may change: the evidence shown, the recommendation, the decision. */
export type ReviewDraftPatch = Partial<Pick<ProgressReview, 'evidence' | 'snapshot' | 'recommendation' | 'decision' | 'planVersionId'>>;

function reviewOrThrow(doc: CarePlan | null, id: string): ProgressReview {
  const r = doc ? reviewOf(doc) : null;
  if (!r) throw new RecordNotFoundError('careplans', id);
  return r;
}

export async function getReview(db: WaypointDatabase, id: string): Promise<ProgressReview | null> {
  const doc = await findPlain(db.careplans, id);
  return doc ? reviewOf(doc) : null;
}

/** Stores a new draft review. */
export async function insertReviewDraft(db: WaypointDatabase, review: ProgressReview): Promise<ProgressReview> {
  return reviewOrThrow(await insertPlain(db.careplans, reviewRecordOf({ ...review, status: 'draft', contentHash: '', signatures: [] })), review.id);
}

async function docOf(db: WaypointDatabase, id: string) {
  const doc = await db.careplans.findOne(id).exec();
  if (!doc) throw new RecordNotFoundError('careplans', id);
  return doc;
}

/** Saves a draft's evidence, recommendation or decision; a signed review is refused (the guard refuses it too). */
export async function saveReviewDraft(db: WaypointDatabase, id: string, patch: ReviewDraftPatch, ctx: WriteContext): Promise<ProgressReview> {
  const doc = await docOf(db, id);
  const saved = await doc.incrementalModify((data) => {
    const current = reviewOrThrow(data, id);
    if (current.status !== 'draft') throw new PlanLockedError('This review is signed and cannot change; add an addendum.');
    return reviewRecordOf({ ...current, ...patch, updatedAt: ctx.now.toISOString() });
  });
  return reviewOrThrow(plainOf(saved), id);
}

/** What signing sets besides the signature. */
export interface ReviewSigning {
  readonly attestation: string;
  readonly nextReviewDueOn: string;
  readonly cosignRequired: boolean;
}

/** Signs a draft: freezes its content with its SHA-256 and the author's (key) signature; from then on it never changes. */
export async function signReviewDraft(
  db: WaypointDatabase,
  id: string,
  signing: ReviewSigning,
  ctx: WriteContext,
  sign: RecordSigner | null = null,
): Promise<ProgressReview> {
  const doc = await docOf(db, id);
  const at = ctx.now.toISOString();
  const current = reviewOrThrow(plainOf(doc), id);
  if (current.status !== 'draft') throw new PlanLockedError('This review is already signed.');
  const frozen: ProgressReview = { ...current, nextReviewDueOn: signing.nextReviewDueOn, cosignRequired: signing.cosignRequired, signedAt: at, updatedAt: at };
  const contentHash = await reviewContentHash(frozen);
  // The key signature is written with the review itself: once signed, the record never changes.
  const key = await sign?.('review', contentHash, at);
  const signature: ReviewSignature = {
    role: 'author',
    signerId: ctx.authorId,
    signedAt: at,
    attestation: signing.attestation,
    contentHash,
    ...(key ? { key } : {}),
  };
  const saved = await doc.incrementalModify((data) => {
    if (data.status !== 'draft' || data.updatedAt !== current.updatedAt)
      throw new PlanLockedError('The review changed while it was being signed; read it again.');
    return reviewRecordOf({ ...frozen, status: 'signed', contentHash, signatures: [signature] });
  });
  return reviewOrThrow(plainOf(saved), id);
}

/** Stores a co-sign or addendum of a signed review (signed at once, never changed). */
export async function insertReviewAttachment(db: WaypointDatabase, attachment: ReviewAttachment, contentHash: string): Promise<ReviewAttachment> {
  const stored = attachmentOf(await insertPlain(db.careplans, attachmentRecordOf(attachment, contentHash)));
  if (!stored) throw new RecordNotFoundError('careplans', attachment.id);
  return stored;
}

/** The staff member's "supervised" mark (their signatures await a co-sign). */
export async function isStaffSupervised(db: WaypointDatabase, staffId: string): Promise<boolean> {
  const staff = (db.collections as Partial<WaypointCollections>).staff;
  const member = staff ? await staff.findOne(staffId).exec() : null;
  return member?.supervised === true;
}

/** A client's reviews (oldest first by review date) with their co-signs and addenda. */
export interface ClientReviews {
  readonly reviews: readonly ProgressReview[];
  readonly attachments: readonly ReviewAttachment[];
}

const byDate = (a: ProgressReview, b: ProgressReview) => a.asOfDate.localeCompare(b.asOfDate) || a.createdAt.localeCompare(b.createdAt);

function clientReviewsOf(docs: readonly CarePlan[]): ClientReviews {
  return {
    reviews: docs.flatMap((d) => reviewOf(d) ?? []).sort(byDate),
    attachments: docs.flatMap((d) => attachmentOf(d) ?? []).sort((a, b) => a.signedAt.localeCompare(b.signedAt)),
  };
}

/** Every review of one client with co-signs and addenda, kept live. */
export function watchReviewsForClient(db: WaypointDatabase, clientId: string): Observable<ClientReviews> {
  return watchWhere(db.careplans, { selector: { clientId, kind: 'progress_review' } }, clientReviewsOf);
}

/** Reads once what watchReviewsForClient keeps live. */
export async function findReviewsForClient(db: WaypointDatabase, clientId: string): Promise<ClientReviews> {
  const docs = await db.careplans.find({ selector: { clientId, kind: 'progress_review' } }).exec();
  return clientReviewsOf(docs.map(plainOf));
}

/** One review (null when absent), kept live. */
export function watchReview(db: WaypointDatabase, id: string): Observable<ProgressReview | null> {
  return watchOne(db.careplans, id, reviewOf);
}

/** Every client's reviews, kept live (the caseload dashboard reads the latest per client). */
export function watchAllReviews(db: WaypointDatabase): Observable<readonly ProgressReview[]> {
  return watchWhere(db.careplans, { selector: { kind: 'progress_review' } }, (docs) => readEach(reviewOf)(docs).sort(byDate));
}
