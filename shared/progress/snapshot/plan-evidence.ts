/**
 * Panels read from the active plan version (progress.md §5.2): objectives (§1.4), target behaviours (§3), substance-use
 * days (§5.3 `substanceUse`, from `substance_use_day:*` behaviours) and homework (§2).
 */
import { addDays, dayOf } from '../plans/days';
import { behaviourWeek, dailyValues, weeklyTotals } from '../plans/behaviour-weeks';
import { expectedUnits, homeworkCompletion } from '../plans/homework-completion';
import { shownObjectiveStatus } from '../plans/objective-display';
import type { ObjectiveStatusEntry } from '../plans/objective-status';
import type { ObjectiveData } from '../plans/evaluate';
import type { HomeworkAssignment, HomeworkCompletion, Objective, TargetBehaviourEntry, TreatmentPlanVersion } from '../plans/types';
import type { HomeworkEvidence, ObjectivesEvidence, ObjectiveStatus, SubstanceUseEvidence, TargetBehaviourEvidence } from '../recommendation/evidence';
import type { ObjectiveCounts } from '../recommendation/snapshot';
import { daysAgo, mean1 } from './clinic-day';
import type { WithId } from './plan-entries';

/** Behaviour ids counted as substance-use days (§3 presets). */
export const SUBSTANCE_USE_PREFIX = 'substance_use_day:';

/** The plan version in effect on asOf: status `active`, the latest effective date. */
export function activePlanVersion(versions: readonly TreatmentPlanVersion[], asOf: string): TreatmentPlanVersion | null {
  const active = versions.filter((v) => v.status === 'active' && v.effectiveFrom <= asOf);
  return [...active].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom) || a.version - b.version).at(-1) ?? null;
}

function objectivesOf(plan: TreatmentPlanVersion): Objective[] {
  return plan.problems.flatMap((p) => p.goals.flatMap((g) => [...g.objectives])).filter((o) => o.status !== 'discontinued');
}

function evidenceStatus(status: string, badges: readonly string[]): ObjectiveStatus {
  if (status === 'met') return 'met';
  if (status === 'not_met') return 'not_met';
  if (badges.includes('target_date_passed')) return 'target_passed';
  return badges.includes('due_soon') ? 'due_soon' : 'in_progress';
}

/**
 * Objectives panel and the engine's counts (discontinued excluded, also when a clinician discontinued one): each
 * objective as shown (the clinician's judgement where set, with the computed status beside it), counted as shown.
 */
export function objectivesEvidence(
  plan: TreatmentPlanVersion | null,
  data: ObjectiveData,
  asOf: string,
  judgements: ReadonlyMap<string, ObjectiveStatusEntry> = new Map(),
): { evidence: ObjectivesEvidence; counts: ObjectiveCounts } {
  const objectives = plan ? objectivesOf(plan) : [];
  const list = objectives.flatMap((o) => {
    const { shown, judged, computed } = shownObjectiveStatus(o, data, asOf, judgements.get(o.objectiveId));
    if (shown.status === 'discontinued') return [];
    const status = evidenceStatus(judged.status, judged.badges);
    const judgement = shown.source === 'clinician' ? { judgement: { status: shown.status, reason: shown.reason, on: shown.on } } : {};
    return [{ objectiveId: o.objectiveId, text: o.statement, status, computedStatus: evidenceStatus(computed.status, computed.badges), ...judgement }];
  });
  const counts: Record<ObjectiveStatus, number> = { met: 0, in_progress: 0, not_met: 0, due_soon: 0, target_passed: 0 };
  for (const o of list) counts[o.status] += 1;
  return { evidence: { planVersionId: plan?.versionId ?? null, counts, list }, counts: { active: list.length, met: counts.met } };
}

function idsBetween(entries: readonly WithId<TargetBehaviourEntry>[], ids: ReadonlySet<string>, asOf: string, fromAgo: number, toAgo: number): string[] {
  return entries
    .filter((e) => ids.has(e.entry.behaviourId))
    .filter((e) => {
      const ago = daysAgo(asOf, dayOf(e.entry.date));
      return ago >= fromAgo && ago <= toAgo;
    })
    .map((e) => e.id);
}

/** Target-behaviour panel: this week (ending asOf) against last week and the weekly target. */
export function targetBehaviourEvidence(
  plan: TreatmentPlanVersion | null,
  entries: readonly WithId<TargetBehaviourEntry>[],
  asOf: string,
): TargetBehaviourEvidence[] {
  const plain = entries.map((e) => e.entry);
  return (plan?.targetBehaviours ?? []).map((b) => {
    const daily = dailyValues(plain, b.behaviourId);
    const weekly = weeklyTotals(plain, b.behaviourId);
    const how = b.weeklyTarget?.aggregate ?? 'sum_per_week';
    const week = (end: string) => behaviourWeek(daily, end, how, b.weeklyTarget?.comparator ?? '<=', b.weeklyTarget?.value ?? 0, weekly);
    const thisWeek = week(asOf);
    const lastWeek = week(addDays(asOf, -7));
    return {
      behaviourId: b.behaviourId,
      name: b.label,
      thisWeek: thisWeek.daysRecorded > 0 ? thisWeek.value : null,
      lastWeek: lastWeek.daysRecorded > 0 ? lastWeek.value : null,
      target: b.weeklyTarget?.value ?? null,
      unknownDays: 7 - thisWeek.daysRecorded,
      recordIds: idsBetween(entries, new Set([b.behaviourId]), asOf, 0, 13),
    };
  });
}

/** Substance-use days over 2 × 14 days, or null when the plan tracks no `substance_use_day:*` behaviour. */
export function substanceUseEvidence(
  plan: TreatmentPlanVersion | null,
  entries: readonly WithId<TargetBehaviourEntry>[],
  asOf: string,
): SubstanceUseEvidence | null {
  const behaviourIds = (plan?.targetBehaviours ?? []).map((b) => b.behaviourId).filter((id) => id.startsWith(SUBSTANCE_USE_PREFIX));
  if (behaviourIds.length === 0) return null;
  const plain = entries.map((e) => e.entry);
  const perBehaviour = behaviourIds.map((id) => dailyValues(plain, id));
  let last14 = 0;
  let prior14 = 0;
  let unknown14 = 0;
  for (let ago = 0; ago < 28; ago++) {
    const day = addDays(asOf, -ago);
    const values = perBehaviour.flatMap((daily) => daily.get(day) ?? []);
    const used = values.some((v) => v > 0);
    if (ago < 14 && values.length === 0) unknown14 += 1;
    if (used && ago < 14) last14 += 1;
    if (used && ago >= 14) prior14 += 1;
  }
  return { last14, prior14, unknown14, behaviourIds, recordIds: idsBetween(entries, new Set(behaviourIds), asOf, 0, 27) };
}

/** Homework panel over the review window (windowStart … asOf). */
export function homeworkEvidence(
  homework: readonly HomeworkAssignment[],
  completions: readonly WithId<HomeworkCompletion>[],
  asOf: string,
  windowStart: string,
): HomeworkEvidence {
  const windowDays = Math.max(1, daysAgo(asOf, windowStart) + 1);
  const summary = homeworkCompletion(
    homework,
    completions.map((c) => c.entry),
    asOf,
    windowDays,
  );
  const inWindow = completions.filter((c) => dayOf(c.entry.date) >= windowStart && dayOf(c.entry.date) <= asOf);
  const assigned = homework.filter((h) => expectedUnits(h, { from: windowStart, to: asOf }) > 0);
  const qualities = inWindow.flatMap((c) => (c.entry.reporter === 'clinician' && c.entry.quality !== null ? [c.entry.quality] : []));
  return {
    assigned: assigned.length,
    completionPct: summary.pct,
    meanQuality: mean1(qualities),
    assignmentIds: assigned.map((h) => h.homeworkId),
    completionIds: inWindow.map((c) => c.id),
  };
}
