/**
 * A target behaviour over a report period (progress.md §3, §7.1): days counted one by one plus weekly totals, where a
 * weekly total covers the seven days to its date (never one day's value) and stands for any day entries of its week.
 */
import { dailyValues, weeklyTotals } from './behaviour-weeks';
import { addDays } from './days';
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
  const covered = new Set<string>();
  let total = 0;
  let weeks = 0;
  for (const [end, value] of weeklyTotals(entries, behaviourId)) {
    if (end < from || end > to) continue;
    weeks += 1;
    total += value;
    for (let i = 0; i <= 6; i++) covered.add(addDays(end, -i));
  }
  let days = 0;
  for (const [day, value] of dailyValues(entries, behaviourId)) {
    if (day < from || day > to || covered.has(day)) continue;
    days += 1;
    total += value;
  }
  const coveredInPeriod = [...covered].filter((d) => d >= from && d <= to).length;
  return { daysRecorded: days + coveredInPeriod, weeklyTotals: weeks, total };
}
