import type { ReviewSnapshot } from '../../../../../shared/progress';

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
