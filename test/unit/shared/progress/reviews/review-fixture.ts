import type { ReviewSnapshot } from '../../../../../shared/progress';
import { EMPTY_DECISION, type ProgressReview } from '../../../../../shared/progress/reviews/review-types';

/** PHQ-9 18 → 13 → 9 → 8, 10 of 12 sessions attended: step down suggested (progress.md §5.3 example). */
export const IMPROVING_SNAPSHOT: ReviewSnapshot = {
  track: 'mh',
  daysInProgram: 40,
  primary: { instrument: 'PHQ-9', baseline: 18, scores: [13, 9, 8], lastAdministeredDaysAgo: 2 },
  attendance: { scheduled: 12, attended: 10, excused: 0 },
  consecutiveMissed: 0,
  daysSinceLastAttended: 1,
  safetyEvents: [],
  openSafetyAlert: false,
  substanceUse: null,
  objectives: { active: 2, met: 1 },
};

/** The same client disengaging: 3 of 8 sessions attended, the last 4 missed, none for 20 days. */
export const DISENGAGED_SNAPSHOT: ReviewSnapshot = {
  ...IMPROVING_SNAPSHOT,
  attendance: { scheduled: 8, attended: 3, excused: 0 },
  consecutiveMissed: 4,
  daysSinceLastAttended: 20,
};

const T = '2026-12-04T09:00:00.000Z';

/** A signed review of client c1 on 2026-12-04 (decision: continue), with no evidence or snapshot; override any field. */
export const signedReview = (over: Partial<ProgressReview> = {}): ProgressReview => ({
  id: 'rv-c1-2026-12-04',
  clientId: 'c1',
  status: 'signed',
  asOfDate: '2026-12-04',
  dueOn: '2026-12-05',
  planVersionId: 'pv1',
  evidence: null,
  snapshot: null,
  recommendation: null,
  decision: { ...EMPTY_DECISION, decision: 'continue', rationale: 'r'.repeat(25) },
  nextReviewDueOn: '2027-01-03',
  cosignRequired: false,
  contentHash: 'h',
  signatures: [],
  authorId: 's1',
  createdAt: T,
  updatedAt: T,
  signedAt: T,
  ...over,
});
