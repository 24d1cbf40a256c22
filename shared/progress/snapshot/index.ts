/** The evidence snapshot builder (progress.md §5.2): plain records in, the §5.2 evidence and the §5.3 `ReviewSnapshot` out. */
export { buildReviewEvidence, DEFAULT_PRIMARY_INSTRUMENT, type ReviewEvidence } from './build';
export { clinicDay } from './clinic-day';
export { currentEpisode, episodeEvidence, trackOfProgram } from './episode';
export { BASELINE_DAYS_AFTER, BASELINE_DAYS_BEFORE } from './measures';
export { SUBSTANCE_USE_PREFIX } from './plan-evidence';
export type { EpisodeAnchor, SafetyAckInput, SnapshotOptions, SnapshotRecords } from './records';
