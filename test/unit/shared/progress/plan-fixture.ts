import { blankGoal, blankIntervention, blankObjective, blankProblem } from '../../../../shared/progress/plans/plan-builders';
import type { Objective, TreatmentPlanVersion } from '../../../../shared/progress/plans/types';

/** Where a new plan of client c1 starts: version v1 of plan p1, IOP, from 2026-12-01 (the `blankPlan` input). */
export const PLAN_START = { versionId: 'v1', planId: 'p1', clientId: 'c1', episodeId: 'c1', levelOfCareCode: 'IOP', effectiveFrom: '2026-12-01' };

/** An objective "PHQ-9 < 10 on 2 consecutive administrations by 2027-01-15". */
export function phqObjective(over: Partial<Objective> = {}): Objective {
  return {
    objectiveId: 'o1',
    statement: 'PHQ-9 below 10',
    measure: { kind: 'instrument', instrumentId: 'PHQ-9', comparator: '<', value: 10, over: { lastN: 2 } },
    baselineValue: 18,
    startDate: '2026-12-01',
    targetDate: '2027-01-15',
    status: 'in_progress',
    statusSource: 'auto',
    interventions: [
      {
        interventionId: 'i1',
        modality: 'CBT group',
        description: '',
        frequency: { count: 3, per: 'week' },
        minutes: 90,
        responsibleStaffIds: ['s1'],
        startDate: '2026-12-01',
        endDate: null,
      },
    ],
    ...over,
  };
}

/** A complete, signable version 1 of plan p1. */
export function planVersion(over: Partial<TreatmentPlanVersion> = {}): TreatmentPlanVersion {
  return {
    versionId: 'v1',
    planId: 'p1',
    version: 1,
    previousVersionId: null,
    status: 'draft',
    clientId: 'c1',
    episodeId: 'e1',
    levelOfCare: { scheme: 'mh', code: 'IOP' },
    effectiveFrom: '2026-12-01',
    reviewDueOn: '2026-12-31',
    reviewPreset: 'waypoint_default',
    basedOnReviewId: null,
    changeSummary: null,
    diagnoses: [{ code: 'F33.1', system: 'ICD-10-CM', label: 'Major depressive disorder, recurrent, moderate', primary: true }],
    strengths: ['Supportive sister'],
    clientStatement: 'I want to get back to work.',
    primaryOutcomeInstrumentId: 'PHQ-9',
    services: [{ type: 'group', minutesPerSession: 180, sessionsPerWeek: 3, durationWeeks: 8 }],
    problems: [
      {
        problemId: 'pr1',
        statement: 'Depressed mood keeps the client from working',
        priority: 1,
        status: 'active',
        goals: [
          { goalId: 'g1', clientWords: 'Feel like myself again', horizon: 'short', targetDate: '2027-01-31', status: 'active', objectives: [phqObjective()] },
        ],
      },
    ],
    targetBehaviours: [
      { behaviourId: 'panic_attacks', label: 'Panic attacks', valueType: 'count', direction: 'lower_is_better', period: 'day', reporters: ['client'] },
    ],
    dischargeCriteria: { text: 'PHQ-9 below 10 and back at work part-time', objectiveIds: ['o1'] },
    asamDimensionLinks: false,
    signatures: [],
    contentHash: '',
    ...over,
  };
}

/** A plan complete enough to sign: one problem, one goal, one PHQ-9 objective with an intervention. */
export function signablePlan(v: TreatmentPlanVersion, staffId: string): TreatmentPlanVersion {
  const objective = {
    ...blankObjective('o1', 'instrument', '2026-12-01', '2027-01-15'),
    statement: 'PHQ-9 below 10',
    measure: { kind: 'instrument', instrumentId: 'PHQ-9', comparator: '<', value: 10, over: 'latest' } as const,
  };
  const intervention = { ...blankIntervention('i1', '2026-12-01', [staffId]), modality: 'CBT group', frequency: { count: 3, per: 'week' } as const };
  const goal = { ...blankGoal('g1', '2027-01-31'), clientWords: 'I want to enjoy things again', objectives: [{ ...objective, interventions: [intervention] }] };
  return {
    ...v,
    clientStatement: 'Feel like myself',
    strengths: ['Supportive sister'],
    dischargeCriteria: { text: 'PHQ-9 below 10 twice', objectiveIds: ['o1'] },
    problems: [{ ...blankProblem('pr1', 1), statement: 'Depressed mood', goals: [goal] }],
  };
}
