/** Progress-review data read from the local database (progress.md §5.2): the evidence loader and its hook. */
export { loadReviewEvidence, watchReviewEvidence, snapshotRecordsOf, watchSnapshotRecords, type ClientSnapshotParts, type ReviewEvidenceResult } from './review-evidence';
export { useReviewEvidence } from './useReviewEvidence';
