/**
 * A target behaviour over a report period (progress.md §3, §7.1): days counted one by one plus weekly totals, where a
 * weekly total covers the seven days to its date (never one day's value) and stands for any day entries of its week.
 * The weekly chart counts its weeks with the same knownInSpan.
 */
import { dailyValues, knownInSpan, weeklyTotals } from './behaviour-weeks';
import type { TargetBehaviourEntry } from './types';

export interface BehaviourPeriodTotal {
  /** Days of the period known: recorded one by one or covered by a weekly total. */
  readonly daysRecorded: number;
  /** Weekly totals ending in the period. */
  readonly weeklyTotals: number;
  /** Sum of the weekly totals and of the day values outside their weeks. */
  readonly total: number;
}

/** The behaviour's known days and total between `from` and `to` (inclusive). */
export function behaviourPeriodTotal(entries: readonly TargetBehaviourEntry[], behaviourId: string, from: string, to: string): BehaviourPeriodTotal {
  const known = knownInSpan(dailyValues(entries, behaviourId), weeklyTotals(entries, behaviourId), from, to);
  const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
  return { daysRecorded: known.coveredDays + known.days.length, weeklyTotals: known.totals.length, total: sum(known.totals) + sum(known.days) };
}
