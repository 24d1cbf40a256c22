import { useLiveQuery, type LiveQueryState } from '../db';
import { watchReviewEvidence, type ReviewEvidenceResult } from './review-evidence';

/** A client's review evidence and engine snapshot on `asOfDate`, recomputed live while the screen is open (§5.1). */
export function useReviewEvidence(clientId: string, asOfDate: string): LiveQueryState<ReviewEvidenceResult> {
  return useLiveQuery((db) => watchReviewEvidence(db, clientId, asOfDate), [clientId, asOfDate]);
}
