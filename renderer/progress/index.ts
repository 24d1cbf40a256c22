/** Progress-review data read from the local database (progress.md §5.2): the evidence loader and its hook. */
export { loadReviewEvidence, watchReviewEvidence, watchSnapshotRecords, type ReviewEvidenceResult } from './review-evidence';
export { useReviewEvidence } from './useReviewEvidence';
