import { recommendLevelOfCare, type PrimaryMeasureInput, type ProgressRuleParams, type ReviewSnapshot } from '../../../../../shared/progress/recommendation';

/** A snapshot on which only `continue.default` matches: every test changes what it is about. */
export const BASE: ReviewSnapshot = {
  track: 'mh',
  daysInProgram: 20,
  primary: { instrument: 'PHQ-9', baseline: 14, scores: [12], lastAdministeredDaysAgo: 3 },
  attendance: { scheduled: 10, attended: 10, excused: 0 },
  consecutiveMissed: 0,
  daysSinceLastAttended: 1,
  safetyEvents: [],
  openSafetyAlert: false,
  substanceUse: null,
  objectives: { active: 3, met: 1 },
};

/** BASE with top-level fields replaced; `primary` fields merge into BASE's primary. */
export function snap(changes: Omit<Partial<ReviewSnapshot>, 'primary'> & { primary?: Partial<PrimaryMeasureInput> | null } = {}): ReviewSnapshot {
  const { primary, ...rest } = changes;
  const basePrimary = BASE.primary ?? { instrument: 'PHQ-9', baseline: null, scores: [], lastAdministeredDaysAgo: null };
  return { ...BASE, ...rest, primary: primary === null ? null : { ...basePrimary, ...primary } };
}

/** The step-down scenario of the issue: PHQ-9 18 → 13 → 9 → 8, 10 of 12 sessions attended. */
export const STEP_DOWN: ReviewSnapshot = snap({
  daysInProgram: 42,
  primary: { baseline: 18, scores: [13, 9, 8], lastAdministeredDaysAgo: 2 },
  attendance: { scheduled: 12, attended: 10, excused: 0 },
});

/** Remission with every objective met. */
export const GOALS_MET: ReviewSnapshot = snap({
  daysInProgram: 56,
  primary: { baseline: 18, scores: [9, 4, 3], lastAdministeredDaysAgo: 2 },
  attendance: { scheduled: 12, attended: 11, excused: 0 },
  objectives: { active: 3, met: 3 },
});

/** Matched rule ids for a snapshot and optional overrides. */
export function matched(snapshot: ReviewSnapshot, params?: Partial<ProgressRuleParams>): readonly string[] {
  return recommendLevelOfCare(snapshot, params).matchedRules;
}

/** What `run` throws, or null. */
export function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return null;
}
