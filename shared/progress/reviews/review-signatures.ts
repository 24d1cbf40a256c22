/**
 * What verifying a progress review's key signatures checks (issue 18 item 6): the hash recomputed from the review as
 * stored now, the person the record names as signer, and the signature stored with it. Pure (hash-wasm only).
 */
import { sha256 } from 'hash-wasm';
import { canonicalJson } from '../../sync/canonical-json';
import { isRecordSignature } from '../../signing/signing-types';
import type { SignedSubject } from '../../signing/verdict';
import { reviewContentHash } from './review-record';
import type { ProgressReview, ReviewAttachment } from './review-types';

/** SHA-256 of what an addendum's signature covers: the review's hash, the addendum's identity and its text. */
export function reviewAddendumHash(a: Pick<ReviewAttachment, 'id' | 'reviewId' | 'text' | 'signerId' | 'signedAt'>, reviewHash: string): Promise<string> {
  return sha256(canonicalJson({ entry: 'addendum', id: a.id, reviewId: a.reviewId, reviewHash, text: a.text, signerId: a.signerId, signedAt: a.signedAt }));
}

/** The review's hash as stored now: '' when the stored hash no longer matches the content (a change, whatever is signed). */
async function currentReviewHash(review: ProgressReview): Promise<string> {
  const hash = await reviewContentHash(review);
  return hash === review.contentHash ? hash : '';
}

/** The author's signature on a signed review. */
export async function reviewSubject(review: ProgressReview): Promise<SignedSubject> {
  const key = review.signatures.find((s) => s.role === 'author')?.key;
  return { signerId: review.authorId, purpose: 'review', contentHash: await currentReviewHash(review), signature: isRecordSignature(key) ? key : null };
}

/** A co-sign signs the review's hash; an addendum its own text bound to the review's hash. */
export async function reviewAttachmentSubject(a: ReviewAttachment, review: ProgressReview): Promise<SignedSubject> {
  const reviewHash = await currentReviewHash(review);
  const signature = isRecordSignature(a.signature) ? a.signature : null;
  if (a.entry === 'cosign') return { signerId: a.signerId, purpose: 'review-cosign', contentHash: reviewHash, signature };
  const contentHash = reviewHash === '' ? '' : await reviewAddendumHash(a, reviewHash);
  return { signerId: a.signerId, purpose: 'review-addendum', contentHash, signature };
}
