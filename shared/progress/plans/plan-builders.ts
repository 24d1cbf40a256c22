/**
 * Blank parts of a treatment plan as the plan editor adds them (progress.md §1.2, §1.4). Ids and dates are
 * parameters; every builder returns a part that a person still has to fill in (its validation says what is missing).
 */
import type { Episode } from '../episodes/types';
import { BEHAVIOUR_PRESETS, customBehaviourId } from './behaviour-presets';
import { reviewDueOn } from './plan-status';
import type { Goal, Intervention, MeasureTarget, Objective, Problem, ReviewPresetId, TargetBehaviourDefinition, TreatmentPlanVersion } from './types';

/** The kinds of objective target the editor offers (§1.4); the others stay readable but are not offered yet. */
export const EDITABLE_TARGET_KINDS = ['instrument', 'target_behaviour', 'homework', 'manual'] as const;
export type EditableTargetKind = (typeof EDITABLE_TARGET_KINDS)[number];

/** What a first plan version starts from. */
export interface PlanStartInput {
  readonly versionId: string;
  readonly planId: string;
  readonly clientId: string;
  readonly episodeId: string;
  readonly levelOfCareCode: string;
  readonly effectiveFrom: string;
  readonly reviewPreset?: ReviewPresetId;
}

/** Version 1 of a plan as a draft with nothing written yet; the review is due one clinic cycle after it starts (§1.5). */
export function blankPlan(input: PlanStartInput): TreatmentPlanVersion {
  const preset = input.reviewPreset ?? 'waypoint_default';
  return {
    versionId: input.versionId,
    planId: input.planId,
    version: 1,
    previousVersionId: null,
    status: 'draft',
    clientId: input.clientId,
    episodeId: input.episodeId,
    levelOfCare: { scheme: 'mh', code: input.levelOfCareCode },
    effectiveFrom: input.effectiveFrom,
    reviewDueOn: reviewDueOn(preset, input.effectiveFrom),
    reviewPreset: preset,
    basedOnReviewId: null,
    changeSummary: null,
    diagnoses: [],
    strengths: [],
    clientStatement: '',
    primaryOutcomeInstrumentId: 'PHQ-9',
    services: [],
    problems: [],
    targetBehaviours: [],
    dischargeCriteria: { text: '', objectiveIds: [] },
    asamDimensionLinks: false,
    signatures: [],
    contentHash: '',
  };
}

/**
 * The plan version placed in the client's open episode (§0.2): its episode id and level of care are the episode's.
 * Without an open episode (no admission recorded yet) the version keeps what it has.
 */
export function inEpisode(plan: TreatmentPlanVersion, open: Pick<Episode, 'id' | 'levelOfCareCode'> | null): TreatmentPlanVersion {
  if (!open) return plan;
  return { ...plan, episodeId: open.id, levelOfCare: { scheme: 'mh', code: open.levelOfCareCode } };
}

/** The plan with its start date or review preset changed, and the review date following the clinic cycle. */
export function withSchedule(plan: TreatmentPlanVersion, effectiveFrom: string, preset: ReviewPresetId): TreatmentPlanVersion {
  const due = /^\d{4}-\d{2}-\d{2}$/.test(effectiveFrom) ? reviewDueOn(preset, effectiveFrom, plan.basedOnReviewId ? effectiveFrom : null) : plan.reviewDueOn;
  return { ...plan, effectiveFrom, reviewPreset: preset, reviewDueOn: due };
}

export function blankProblem(problemId: string, priority: number): Problem {
  return { problemId, statement: '', priority, status: 'active', goals: [] };
}

export function blankGoal(goalId: string, targetDate: string): Goal {
  return { goalId, clientWords: '', clinicalStatement: '', horizon: 'short', targetDate, status: 'active', objectives: [] };
}

/** A target of the given kind with the editor's starting values (a number left empty is NaN: "enter a number"). */
export function blankTarget(kind: EditableTargetKind, behaviourId = ''): MeasureTarget {
  switch (kind) {
    case 'instrument':
      return { kind, instrumentId: 'PHQ-9', comparator: '<', value: Number.NaN, over: 'latest' };
    case 'target_behaviour':
      return { kind, behaviourId, aggregate: 'sum_per_week', comparator: '<=', value: Number.NaN, consecutiveWeeks: 2 };
    case 'homework':
      return { kind, homeworkIds: 'all', completionPctAtLeast: 80, windowDays: 14 };
    case 'manual':
      return { kind };
  }
}

/** A blank objective; a target-behaviour objective starts on `behaviourId` (the plan's first behaviour, if any). */
export function blankObjective(objectiveId: string, kind: EditableTargetKind, startDate: string, targetDate: string, behaviourId = ''): Objective {
  return {
    objectiveId,
    statement: '',
    measure: blankTarget(kind, behaviourId),
    baselineValue: null,
    startDate,
    targetDate,
    status: 'not_started',
    statusSource: 'auto',
    interventions: [],
  };
}

export function blankIntervention(interventionId: string, startDate: string, staffIds: readonly string[]): Intervention {
  return {
    interventionId,
    modality: '',
    description: '',
    frequency: { count: 1, per: 'week' },
    minutes: null,
    responsibleStaffIds: staffIds,
    startDate,
    endDate: null,
  };
}

/** A target behaviour defined in the plan: a preset (behaviour-presets.ts) by id, or the clinician's own as 'custom:<slug>'. */
export function behaviourDefinition(labelOrPresetId: string): TargetBehaviourDefinition {
  const preset = BEHAVIOUR_PRESETS.find((p) => p.behaviourId === labelOrPresetId);
  if (preset)
    return {
      behaviourId: preset.behaviourId,
      label: preset.label,
      valueType: preset.valueType,
      direction: preset.direction,
      period: preset.period,
      reporters: preset.reporters,
      ...(preset.raisesSafetyEvent ? { raisesSafetyEvent: preset.raisesSafetyEvent } : {}),
    };
  return {
    behaviourId: customBehaviourId(labelOrPresetId),
    label: labelOrPresetId.trim(),
    valueType: 'count',
    direction: 'lower_is_better',
    period: 'day',
    reporters: ['client', 'clinician'],
  };
}
