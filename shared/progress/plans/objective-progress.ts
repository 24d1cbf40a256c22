/** An objective's live progress from the data: status, the day it was met, and its badges (progress.md §1.4). */
import { addDays, daysBetween } from './days';
import { evaluateObjective, type ObjectiveData } from './evaluate';
import type { Objective, ObjectiveEvaluation, ObjectiveStatus } from './types';

export const OBJECTIVE_BADGES = ['not_sustained', 'target_date_passed', 'due_soon'] as const;
export type ObjectiveBadge = (typeof OBJECTIVE_BADGES)[number];

/** Days before the target date that count as "due soon" (WD). */
export const DUE_SOON_DAYS = 7;
/** Longest span scanned day by day for the first day the target held. */
const MAX_SCAN_DAYS = 731;

export interface ObjectiveProgress {
  readonly objectiveId: string;
  /** null when the objective is judged by a clinician only. */
  readonly evaluation: ObjectiveEvaluation | null;
  readonly status: ObjectiveStatus;
  readonly statusSource: 'auto' | 'clinician';
  /** First day on or before the target date on which the target held; null if never. */
  readonly metOn: string | null;
  readonly badges: readonly ObjectiveBadge[];
}

const CLINICIAN_ONLY: ReadonlySet<ObjectiveStatus> = new Set(['not_met', 'partially_met', 'discontinued', 'deferred']);

/** The first day from the start to min(target date, asOf) on which the target held. */
export function firstMetOn(objective: Objective, data: ObjectiveData, asOf: string): string | null {
  const last = objective.targetDate < asOf ? objective.targetDate : asOf;
  const span = Math.min(daysBetween(objective.startDate, last), MAX_SCAN_DAYS);
  for (let i = 0; i <= span; i++) {
    const day = addDays(objective.startDate, i);
    if (evaluateObjective(objective, data, day)?.satisfied === true) return day;
  }
  return null;
}

function badgesFor(objective: Objective, met: boolean, evaluation: ObjectiveEvaluation | null, asOf: string): ObjectiveBadge[] {
  if (met) return evaluation && !evaluation.satisfied ? ['not_sustained'] : [];
  if (CLINICIAN_ONLY.has(objective.status)) return [];
  const left = daysBetween(asOf, objective.targetDate);
  if (left < 0) return ['target_date_passed'];
  return left <= DUE_SOON_DAYS ? ['due_soon'] : [];
}

/**
 * Live progress: `met` is set automatically the first time the target holds on or before its date and then stays
 * (a later miss shows "not sustained"); statuses a clinician set with a reason are kept; nothing else is typed.
 */
export function objectiveProgress(objective: Objective, data: ObjectiveData, asOf: string): ObjectiveProgress {
  const evaluation = evaluateObjective(objective, data, asOf);
  const clinicianSet = objective.statusSource === 'clinician' && CLINICIAN_ONLY.has(objective.status);
  const metOn = clinicianSet || evaluation === null ? null : firstMetOn(objective, data, asOf);
  const met = metOn !== null || (objective.status === 'met' && !clinicianSet);
  let status: ObjectiveStatus;
  if (clinicianSet) status = objective.status;
  else if (met) status = 'met';
  else status = asOf < objective.startDate ? 'not_started' : 'in_progress';
  const statusSource = clinicianSet || (met && metOn === null && objective.statusSource === 'clinician') ? 'clinician' : 'auto';
  return { objectiveId: objective.objectiveId, evaluation, status, statusSource, metOn, badges: badgesFor(objective, met, evaluation, asOf) };
}
