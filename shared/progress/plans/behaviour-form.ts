/**
 * Form values of target-behaviour screens (progress.md §3) turned into entries or field errors: a week of days where
 * a blank day stays unknown (no entry), and a weekly target.
 */
import type { FieldErrors } from '../../domain/client';
import { addDays } from './days';
import { formNumber, validateBehaviourEntry } from './entry-validation';
import type { TargetBehaviourDefinition, TargetBehaviourEntry } from './types';

/** What one day of the week form holds, as typed. */
export interface DayInput {
  readonly value: string;
  readonly intensity: string;
}

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly errors: FieldErrors };

/**
 * The entries of the seven days starting `firstDay`: blank days are left out (unknown, not zero); errors are keyed
 * `days.<i>.value` / `days.<i>.intensity`. A week with no day filled in is an error on the first day.
 */
export function parseWeekEntries(
  definition: TargetBehaviourDefinition,
  firstDay: string,
  inputs: readonly DayInput[],
  today: string,
  stamp: { readonly reporter: TargetBehaviourEntry['reporter']; readonly enteredAt: string },
): Parsed<readonly TargetBehaviourEntry[]> {
  const errors: Record<string, string> = {};
  const entries: TargetBehaviourEntry[] = [];
  inputs.forEach((input, i) => {
    const date = addDays(firstDay, i);
    if (input.value.trim() === '' && input.intensity.trim() === '') return;
    const e = validateBehaviourEntry(definition, { date, value: input.value, intensityMax: input.intensity }, today);
    if (e.value) errors[`days.${String(i)}.value`] = e.value;
    if (e.intensityMax) errors[`days.${String(i)}.intensity`] = e.intensityMax;
    if (e.date) errors[`days.${String(i)}.value`] = e.date;
    if (Object.keys(e).length > 0) return;
    const intensity = input.intensity.trim() === '' ? undefined : formNumber(input.intensity);
    entries.push({
      behaviourId: definition.behaviourId,
      date,
      reporter: stamp.reporter,
      value: formNumber(input.value),
      ...(intensity === undefined ? {} : { intensityMax: intensity }),
      recall: date === today ? 'same_day' : 'timeline_followback',
      enteredAt: stamp.enteredAt,
    });
  });
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  if (entries.length === 0) return { ok: false, errors: { 'days.0.value': 'Enter at least one day; leave days you do not know blank.' } };
  return { ok: true, value: entries };
}

/** A weekly target as typed: blank = none; otherwise a number of 0 or more. */
export function parseWeeklyTarget(
  definition: Pick<TargetBehaviourDefinition, 'direction' | 'valueType'>,
  text: string,
): Parsed<TargetBehaviourDefinition['weeklyTarget']> {
  if (text.trim() === '') return { ok: true, value: undefined };
  const value = formNumber(text);
  if (!Number.isFinite(value) || value < 0) return { ok: false, errors: { target: 'Enter the weekly target as a number of 0 or more, or leave it blank.' } };
  const aggregate = definition.valueType === 'yes_no' ? 'days_with_any_per_week' : 'sum_per_week';
  if (aggregate === 'days_with_any_per_week' && value > 7) return { ok: false, errors: { target: 'A week has 7 days: enter 0 to 7.' } };
  return { ok: true, value: { aggregate, comparator: definition.direction === 'lower_is_better' ? '<=' : '>=', value } };
}
