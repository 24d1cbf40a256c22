/**
 * What a target-behaviour chart and its table show (progress.md §3): weekly aggregates against the weekly target and
 * the days of the last weeks, a day without an entry being unknown (null), never zero.
 */
import { behaviourWeek, dailyValues, weeklyTotals } from './behaviour-weeks';
import { addDays, dayOf } from './days';
import type { TargetBehaviourDefinition, TargetBehaviourEntry } from './types';

export interface BehaviourWeekRow {
  readonly start: string;
  readonly end: string;
  readonly daysRecorded: number;
  /** The week's aggregate over the recorded days; null when no day was recorded. */
  readonly value: number | null;
  /** Met / not met when decided; null when unknown days could still change it, or there is no target. */
  readonly satisfied: boolean | null;
  /** The value is a weekly total entered for the week (a behaviour counted weekly), not a sum of days. */
  readonly weeklyTotal: boolean;
}

export interface BehaviourDayRow {
  readonly date: string;
  /** null: not recorded (unknown). */
  readonly value: number | null;
  readonly intensity: number | null;
}

export interface BehaviourSeries {
  readonly weeks: readonly BehaviourWeekRow[];
  readonly days: readonly BehaviourDayRow[];
  /** Days recorded of the days shown. */
  readonly daysRecorded: number;
}

/** The strongest intensity reported for each day (client and clinician reports; family never mixed in). */
function dailyIntensity(entries: readonly TargetBehaviourEntry[], behaviourId: string): ReadonlyMap<string, number> {
  const out = new Map<string, number>();
  const sorted = [...entries].sort((a, b) => a.enteredAt.localeCompare(b.enteredAt));
  for (const e of sorted) {
    if (e.behaviourId !== behaviourId || e.reporter === 'family' || e.intensityMax === undefined || e.span === 'week') continue;
    out.set(dayOf(e.date), e.intensityMax);
  }
  return out;
}

/** `weeks` weeks ending on `asOf` (oldest first) and the `days` days ending on `asOf` (oldest first). */
export function behaviourSeries(
  definition: TargetBehaviourDefinition,
  entries: readonly TargetBehaviourEntry[],
  asOf: string,
  span: { readonly weeks: number; readonly days: number },
): BehaviourSeries {
  const daily = dailyValues(entries, definition.behaviourId);
  const weekly = weeklyTotals(entries, definition.behaviourId);
  const intensity = dailyIntensity(entries, definition.behaviourId);
  const target = definition.weeklyTarget;
  const weeks: BehaviourWeekRow[] = [];
  for (let w = span.weeks - 1; w >= 0; w--) {
    const end = addDays(asOf, -7 * w);
    const week = behaviourWeek(daily, end, target?.aggregate ?? 'sum_per_week', target?.comparator ?? '<=', target?.value ?? 0, weekly);
    weeks.push({
      start: addDays(end, -6),
      end,
      daysRecorded: week.daysRecorded,
      value: week.daysRecorded === 0 ? null : week.value,
      satisfied: target && week.daysRecorded > 0 ? week.satisfied : null,
      weeklyTotal: week.weeklyTotal === true,
    });
  }
  const days: BehaviourDayRow[] = [];
  for (let d = span.days - 1; d >= 0; d--) {
    const date = addDays(asOf, -d);
    days.push({ date, value: daily.get(date) ?? null, intensity: intensity.get(date) ?? null });
  }
  return { weeks, days, daysRecorded: days.filter((d) => d.value !== null).length };
}

/** "≤ 1 a week"-style words for a weekly target; '' when there is none. */
export function weeklyTargetText(definition: TargetBehaviourDefinition): string {
  const t = definition.weeklyTarget;
  if (!t) return '';
  const sign = ({ '<': '<', '<=': '≤', '>': '>', '>=': '≥' } as const)[t.comparator];
  const what = t.aggregate === 'days_with_any_per_week' ? ' days a week' : t.aggregate === 'max_per_day' ? ' on any day' : ' a week';
  return `${sign} ${String(t.value)}${what}`;
}
