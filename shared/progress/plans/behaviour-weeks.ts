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
 * What is known of a behaviour from `from` to `to` (inclusive), as the weekly chart, the objectives and the report all
 * count it: a weekly total ending in the span stands for the seven days to its date (never one day's value, never
 * the days after its date); where two totals overlap the later one stands. Day values count on the days no total
 * covers. Only the covered days inside the span are counted as known.
 */
export interface KnownSpan {
  /** The weekly totals standing in the span, latest first. */
  readonly totals: readonly number[];
  /** Days of the span covered by those totals. */
  readonly coveredDays: number;
  /** Values of the days of the span not covered by a total. */
  readonly days: readonly number[];
}

export function knownInSpan(daily: ReadonlyMap<string, number>, weekly: ReadonlyMap<string, number>, from: string, to: string): KnownSpan {
  const covered = new Set<string>();
  const totals: number[] = [];
  const ends = [...weekly.keys()].filter((end) => end >= from && end <= to).sort((a, b) => b.localeCompare(a));
  for (const end of ends) {
    const span = Array.from({ length: 7 }, (_, i) => addDays(end, -i));
    if (span.some((d) => covered.has(d))) continue;
    totals.push(weekly.get(end) ?? 0);
    for (const d of span) covered.add(d);
  }
  const days = [...daily].filter(([day]) => day >= from && day <= to && !covered.has(day)).map(([, v]) => v);
  const coveredDays = [...covered].filter((d) => d >= from && d <= to).length;
  return { totals, coveredDays, days };
}

/** The week's value: weekly totals (a yes/no total is its number of days) with the uncovered days' aggregate. */
function spanValue(known: KnownSpan, how: BehaviourAggregate): number {
  const totals = known.totals.reduce((a, b) => a + b, 0);
  if (how === 'max_per_day') return Math.max(aggregate(known.days, how), ...known.totals);
  return totals + aggregate(known.days, how);
}

/**
 * The week ending on `end`, judged against the comparator and target, from what knownInSpan knows of its seven
 * days. A weekly total never decides a per-day maximum.
 */
export function behaviourWeek(
  daily: ReadonlyMap<string, number>,
  end: string,
  how: BehaviourAggregate,
  comparator: Comparator,
  target: number,
  weekly: ReadonlyMap<string, number> = new Map(),
): BehaviourWeek {
  const known = knownInSpan(daily, weekly, addDays(end, -6), end);
  const daysRecorded = known.coveredDays + known.days.length;
  const value = spanValue(known, how);
  const withTotal = known.totals.length > 0;
  const holds = compare(value, comparator, target);
  // Values are ≥ 0, so the known-days aggregate is a lower bound: reaching a '>'/'>=' target is already decided,
  // missing a '<'/'<=' target is already decided; anything else needs all seven days.
  const upward = comparator === '>' || comparator === '>=';
  const decided = daysRecorded === 7 || (upward && holds) || (!upward && !holds);
  const satisfied = withTotal && how === 'max_per_day' ? null : decided ? holds : null;
  return { end, daysRecorded, value, satisfied, ...(withTotal ? { weeklyTotal: true as const } : {}) };
}
