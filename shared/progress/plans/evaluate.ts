/**
 * Objective evaluation from the data (progress.md §1.4): pure, `asOf` is a parameter. Returns null for objectives
 * that are not evaluated automatically (manual, and kinds this module does not yet read: attendance, check-in).
 */
import { classifyChange, phq9Outcome } from '../../instruments/change';
import { isInstrumentId } from '../../instruments/registry';
import { behaviourWeek, dailyValues, weeklyTotals } from './behaviour-weeks';
import { compare } from './compare';
import { addDays, dayOf, daysBetween } from './days';
import { homeworkCompletion } from './homework-completion';
import type { HomeworkAssignment, HomeworkCompletion, MeasurePoint, MeasureTarget, Objective, ObjectiveEvaluation, TargetBehaviourEntry } from './types';

/** Everything objective evaluation may read. */
export interface ObjectiveData {
  readonly measures: readonly MeasurePoint[];
  readonly behaviourEntries: readonly TargetBehaviourEntry[];
  readonly homework: readonly HomeworkAssignment[];
  readonly completions: readonly HomeworkCompletion[];
}

type Result = Omit<ObjectiveEvaluation, 'asOf'>;
type Of<K extends MeasureTarget['kind']> = Extract<MeasureTarget, { kind: K }>;

function scoredUpTo(measures: readonly MeasurePoint[], instrumentId: string, asOf: string): { day: string; score: number }[] {
  return measures
    .filter((m) => m.instrumentId === instrumentId && m.score !== null && Number.isFinite(m.score) && dayOf(m.completedOn) <= asOf)
    .map((m) => ({ day: dayOf(m.completedOn), score: m.score ?? 0 }))
    .sort((a, b) => a.day.localeCompare(b.day));
}

function evaluateInstrument(t: Of<'instrument'>, data: ObjectiveData, asOf: string): Result {
  const points = scoredUpTo(data.measures, t.instrumentId, asOf);
  const n = t.over === 'latest' ? 1 : t.over.lastN;
  const last = points.slice(-n);
  const latest = points.at(-1);
  if (!latest) return { satisfied: false, value: null, detail: `No ${t.instrumentId} score yet.` };
  if (last.length < n)
    return { satisfied: false, value: latest.score, detail: `${String(last.length)} of ${String(n)} ${t.instrumentId} scores needed so far.` };
  const ok = last.filter((p) => compare(p.score, t.comparator, t.value)).length;
  const detail =
    n === 1
      ? `Latest ${t.instrumentId} ${String(latest.score)} on ${latest.day}.`
      : `${String(ok)} of the last ${String(n)} ${t.instrumentId} scores ${t.comparator} ${String(t.value)}.`;
  return { satisfied: ok === n, value: latest.score, detail };
}

function changeMet(t: Of<'instrument_change'>, baseline: number, latest: number): boolean | null {
  if (t.change === 'reliable_improvement') {
    try {
      return classifyChange(t.instrumentId, baseline, latest) === 'reliably_improved';
    } catch {
      return null;
    }
  }
  if (t.instrumentId !== 'PHQ-9') return null;
  try {
    const outcome = phq9Outcome(baseline, latest);
    return t.change === 'response' ? outcome.response : outcome.remission;
  } catch {
    return null;
  }
}

function evaluateChange(t: Of<'instrument_change'>, objective: Objective, data: ObjectiveData, asOf: string): Result | null {
  const points = scoredUpTo(data.measures, t.instrumentId, asOf);
  const baseline = objective.baselineValue ?? points.find((p) => p.day >= objective.startDate)?.score ?? null;
  const latest = points.at(-1);
  if (baseline === null || !latest) return { satisfied: false, value: latest?.score ?? null, detail: `Needs a baseline and a later ${t.instrumentId} score.` };
  const met = changeMet(t, baseline, latest.score);
  if (met === null) return null;
  return { satisfied: met, value: latest.score, detail: `${t.instrumentId} ${String(baseline)} → ${String(latest.score)}.` };
}

function evaluateBehaviour(t: Of<'target_behaviour'>, data: ObjectiveData, asOf: string): Result {
  const daily = dailyValues(data.behaviourEntries, t.behaviourId);
  const weekly = weeklyTotals(data.behaviourEntries, t.behaviourId);
  const weeks = Array.from({ length: t.consecutiveWeeks }, (_, i) => behaviourWeek(daily, addDays(asOf, -7 * i), t.aggregate, t.comparator, t.value, weekly));
  const recorded = weeks.reduce((a, w) => a + w.daysRecorded, 0);
  const satisfied = weeks.every((w) => w.satisfied === true);
  const unknown = weeks.some((w) => w.satisfied === null);
  const base = `${String(recorded)} of ${String(7 * weeks.length)} days recorded`;
  return { satisfied, value: weeks[0]?.value ?? null, detail: unknown && !satisfied ? `${base}; missing days leave it open.` : `${base}.` };
}

function evaluateHomework(t: Of<'homework'>, objective: Objective, data: ObjectiveData, asOf: string): Result {
  // A window that began before the objective did would judge a few days as if they were the whole window.
  const elapsed = daysBetween(objective.startDate, asOf) + 1;
  const chosen = t.homeworkIds === 'all' ? data.homework : data.homework.filter((h) => t.homeworkIds.includes(h.homeworkId));
  const s = homeworkCompletion(chosen, data.completions, asOf, t.windowDays);
  if (s.pct === null) return { satisfied: false, value: null, detail: `No homework was due in the last ${String(t.windowDays)} days.` };
  // Compared in integers (§0.2): done × 100 ≥ target × expected.
  const detail = `${String(s.done)} of ${String(s.expected)} expected units done (${String(s.pct)} %).`;
  if (elapsed < t.windowDays)
    return { satisfied: false, value: s.pct, detail: `${detail} ${String(Math.max(0, elapsed))} of ${String(t.windowDays)} days so far.` };
  const satisfied = s.done * 100 >= t.completionPctAtLeast * s.expected;
  return { satisfied, value: s.pct, detail };
}

/** Whether the objective's target holds on `asOf`, from the data alone; null when it is not evaluated automatically. */
export function evaluateObjective(objective: Objective, data: ObjectiveData, asOf: string): ObjectiveEvaluation | null {
  const t = objective.measure;
  let result: Result | null;
  switch (t.kind) {
    case 'instrument':
      result = isInstrumentId(t.instrumentId) ? evaluateInstrument(t, data, asOf) : null;
      break;
    case 'instrument_change':
      result = evaluateChange(t, objective, data, asOf);
      break;
    case 'target_behaviour':
      result = evaluateBehaviour(t, data, asOf);
      break;
    case 'homework':
      result = evaluateHomework(t, objective, data, asOf);
      break;
    default:
      result = null;
  }
  return result ? { asOf, ...result } : null;
}
