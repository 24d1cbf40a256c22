/**
 * Target-behaviour counts typed into a check-in (progress.md §3: "client check-ins are primary"): one field per
 * tracked behaviour, a day's count or, for a behaviour counted weekly, the week's total. A blank field is not
 * recorded (unknown, never zero); a bad value gets a message at its field.
 */
import { addDays } from './days';
import { formNumber, validateBehaviourEntry } from './entry-validation';
import type { DayInput, Parsed } from './behaviour-form';
import type { TrackedBehaviour } from './behaviour-presets';
import type { TargetBehaviourEntry } from './types';

/** How long ago the day was, as the entry's recall: today, yesterday, or recalled later. */
export function recallOf(day: string, today: string): TargetBehaviourEntry['recall'] {
  if (day === today) return 'same_day';
  return addDays(day, 1) === today ? 'next_day' : 'timeline_followback';
}

const WEEK_MAX: Readonly<Record<TrackedBehaviour['valueType'], { readonly max: number; readonly integer: boolean; readonly what: string }>> = {
  count: { max: Infinity, integer: true, what: 'the week’s total as a whole number of 0 or more' },
  drinks: { max: Infinity, integer: false, what: 'the week’s drinks as a number of 0 or more' },
  minutes: { max: 7 * 1440, integer: false, what: 'the week’s minutes from 0 to 10080' },
  rating_0_10: { max: 10, integer: true, what: 'a rating from 0 to 10' },
  yes_no: { max: 7, integer: true, what: 'the number of days it happened, 0 to 7' },
};

/** The message of a weekly total, or null. */
export function weeklyTotalError(behaviour: Pick<TrackedBehaviour, 'valueType'>, text: string): string | null {
  const range = WEEK_MAX[behaviour.valueType];
  const value = formNumber(text);
  const bad = !Number.isFinite(value) || value < 0 || value > range.max || (range.integer && !Number.isInteger(value));
  return bad ? `Enter ${range.what}.` : null;
}

/** Errors of one behaviour's field pair, keyed `value` / `intensity`. */
function fieldErrors(b: TrackedBehaviour, input: DayInput, day: string, today: string): Record<string, string> {
  const e = validateBehaviourEntry(b, { date: day, value: b.countedBy === 'week' ? '0' : input.value, intensityMax: input.intensity }, today);
  const out: Record<string, string> = {};
  const weekError = b.countedBy === 'week' ? weeklyTotalError(b, input.value) : null;
  if (weekError ?? e.value) out.value = weekError ?? e.value ?? '';
  if (e.intensityMax) out.intensity = e.intensityMax;
  if (input.value.trim() === '' && !out.intensity) out.value = 'Enter the count too, or clear the intensity.';
  return out;
}

/**
 * The entries of a check-in on `day` (the client's report): behaviours left blank are not written; errors are keyed
 * `<behaviourId>.value` / `<behaviourId>.intensity`. A weekly behaviour's entry is the total of the seven days ending
 * on `day` (span 'week').
 */
export function parseCheckInCounts(
  behaviours: readonly TrackedBehaviour[],
  inputs: Readonly<Record<string, DayInput | undefined>>,
  day: string,
  today: string,
  enteredAt: string,
): Parsed<readonly TargetBehaviourEntry[]> {
  const errors: Record<string, string> = {};
  const entries: TargetBehaviourEntry[] = [];
  for (const b of behaviours) {
    const input = inputs[b.behaviourId];
    if (!input || (input.value.trim() === '' && input.intensity.trim() === '')) continue;
    const e = fieldErrors(b, input, day, today);
    for (const [field, message] of Object.entries(e)) errors[`${b.behaviourId}.${field}`] = message;
    if (Object.keys(e).length > 0) continue;
    const intensity = input.intensity.trim() === '' ? undefined : formNumber(input.intensity);
    entries.push({
      behaviourId: b.behaviourId,
      date: day,
      reporter: 'client',
      value: formNumber(input.value),
      ...(intensity === undefined ? {} : { intensityMax: intensity }),
      recall: recallOf(day, today),
      enteredAt,
      ...(b.countedBy === 'week' ? { span: 'week' as const } : {}),
    });
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, value: entries };
}

/**
 * A week's total entered by a clinician (Behaviours tab): the total of the seven days ending on `weekEnd`, checked as
 * the check-in checks it. A blank total writes nothing (unknown, not zero) and is asked for; errors are keyed
 * `weekEnd` / `total` / `intensity`.
 */
export function parseWeeklyTotal(
  behaviour: TrackedBehaviour,
  weekEnd: string,
  input: DayInput,
  today: string,
  stamp: { readonly reporter: TargetBehaviourEntry['reporter']; readonly enteredAt: string },
): Parsed<TargetBehaviourEntry> {
  const e = validateBehaviourEntry(behaviour, { date: weekEnd, value: '0', intensityMax: input.intensity }, today);
  const errors: Record<string, string> = {};
  if (e.date) errors.weekEnd = e.date;
  if (input.value.trim() === '') errors.total = 'Enter the week’s total; a week you do not know stays unknown (nothing is saved).';
  else {
    const totalError = weeklyTotalError(behaviour, input.value);
    if (totalError) errors.total = totalError;
  }
  if (e.intensityMax) errors.intensity = e.intensityMax;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const intensity = input.intensity.trim() === '' ? undefined : formNumber(input.intensity);
  return {
    ok: true,
    value: {
      behaviourId: behaviour.behaviourId,
      date: weekEnd,
      reporter: stamp.reporter,
      value: formNumber(input.value),
      ...(intensity === undefined ? {} : { intensityMax: intensity }),
      recall: recallOf(weekEnd, today),
      enteredAt: stamp.enteredAt,
      span: 'week',
    },
  };
}
