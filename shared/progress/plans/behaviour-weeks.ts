/**
 * Weekly aggregates of daily target-behaviour entries (progress.md §3). A day without an entry is unknown, never zero:
 * a week is satisfied only when the known days already decide it, whatever the unknown days hold.
 */
import { compare } from './compare';
import { addDays, dayOf } from './days';
import type { BehaviourAggregate, Comparator, TargetBehaviourEntry } from './types';

/** One calendar week ending on `end` (inclusive, 7 days). */
export interface BehaviourWeek {
  readonly end: string;
  readonly daysRecorded: number;
  /** Aggregate over the recorded days only (a lower bound when days are missing). */
  readonly value: number;
  /** true / false when decided; null when the unknown days could change the outcome. */
  readonly satisfied: boolean | null;
  /** The value is a weekly total entered for the week, not the sum of days. */
  readonly weeklyTotal?: true;
}

/**
 * One value per day: the client's report first (daily prospective report is primary), the clinician's (Timeline
 * Followback in session) fills gaps; family reports are a separate series and never mixed in. The latest entry of a
 * reporter for a day supersedes earlier ones.
 */
export function dailyValues(entries: readonly TargetBehaviourEntry[], behaviourId: string): ReadonlyMap<string, number> {
  return latestByDay(
    entries.filter((e) => e.span !== 'week'),
    behaviourId,
  );
}

/**
 * The weekly totals of a behaviour counted weekly, keyed by the last day of their week, with the same precedence as
 * dailyValues (client first, the latest entry of a reporter superseding). Day entries are not totals and are left out.
 */
export function weeklyTotals(entries: readonly TargetBehaviourEntry[], behaviourId: string): ReadonlyMap<string, number> {
  return latestByDay(
    entries.filter((e) => e.span === 'week'),
    behaviourId,
  );
}

function latestByDay(entries: readonly TargetBehaviourEntry[], behaviourId: string): ReadonlyMap<string, number> {
  const latest = new Map<string, TargetBehaviourEntry>();
  for (const e of entries) {
    if (e.behaviourId !== behaviourId || e.reporter === 'family' || !Number.isFinite(e.value) || e.value < 0) continue;
    const key = `${dayOf(e.date)}|${e.reporter}`;
    const prev = latest.get(key);
    if (!prev || prev.enteredAt <= e.enteredAt) latest.set(key, e);
  }
  const out = new Map<string, number>();
  for (const [key, e] of latest) {
    const day = key.slice(0, 10);
    if (e.reporter === 'client' || !latest.has(`${day}|client`)) out.set(day, e.value);
  }
  return out;
}

function aggregate(values: readonly number[], how: BehaviourAggregate): number {
  if (how === 'sum_per_week') return values.reduce((a, b) => a + b, 0);
  if (how === 'days_with_any_per_week') return values.filter((v) => v > 0).length;
  return values.length === 0 ? 0 : Math.max(...values);
}

/**
 * The weekly total standing for the week ending on `end`: the one whose last day falls in that week (the latest
 * such day when there are several); undefined when there is none.
 */
export function weeklyTotalIn(weekly: ReadonlyMap<string, number>, end: string): { readonly end: string; readonly value: number } | undefined {
  for (let i = 0; i <= 6; i++) {
    const day = addDays(end, -i);
    const value = weekly.get(day);
    if (value !== undefined) return { end: day, value };
  }
  return undefined;
}

/**
 * The week ending on `end`, judged against the comparator and target. A weekly total in that week (`weekly`, see
 * weeklyTotalIn) stands for all seven days; it decides a weekly-sum target, never a per-day maximum.
 */
export function behaviourWeek(
  daily: ReadonlyMap<string, number>,
  end: string,
  how: BehaviourAggregate,
  comparator: Comparator,
  target: number,
  weekly: ReadonlyMap<string, number> = new Map(),
): BehaviourWeek {
  const total = weeklyTotalIn(weekly, end);
  if (total !== undefined) {
    const decides = how !== 'max_per_day';
    return { end, daysRecorded: 7, value: total.value, satisfied: decides ? compare(total.value, comparator, target) : null, weeklyTotal: true };
  }
  const known: number[] = [];
  for (let i = 6; i >= 0; i--) {
    const v = daily.get(addDays(end, -i));
    if (v !== undefined) known.push(v);
  }
  const value = aggregate(known, how);
  const complete = known.length === 7;
  const holds = compare(value, comparator, target);
  // Values are ≥ 0, so the known-days aggregate is a lower bound: reaching a '>'/'>=' target is already decided,
  // missing a '<'/'<=' target is already decided; anything else needs all seven days.
  const upward = comparator === '>' || comparator === '>=';
  const satisfied = complete || (upward && holds) || (!upward && !holds) ? holds : null;
  return { end, daysRecorded: known.length, value, satisfied };
}
