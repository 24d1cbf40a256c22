/** Progress-review data read from the local database (progress.md §5.2): the evidence loader and its hook. */
export {
  loadReviewEvidence,
  snapshotRecordsOn,
  watchReviewEvidence,
  watchSnapshotRecords,
  watchSnapshotSources,
  type ReviewEvidenceResult,
  type SnapshotSources,
} from './review-evidence';
export { useReviewEvidence } from './useReviewEvidence';
