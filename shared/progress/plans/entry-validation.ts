/**
 * Field errors of daily target-behaviour entries and homework reports (progress.md §2, §3): a count that is negative
 * or not a number, a yes/no that is neither, a date that is not a date. Form values arrive as unknown.
 */
import type { FieldErrors } from '../../domain/client';
import { isIsoDate } from '../../domain/dates';
import type { HomeworkAssignment, TargetBehaviourDefinition } from './types';

type Errors = Record<string, string>;

/** A number from a form: numbers as they are, numeric text parsed, anything else NaN. */
export function formNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '') return Number(value.trim());
  return Number.NaN;
}

const RANGE: Readonly<Record<TargetBehaviourDefinition['valueType'], { readonly max: number; readonly integer: boolean; readonly what: string }>> = {
  count: { max: Infinity, integer: true, what: 'a whole number of 0 or more' },
  drinks: { max: Infinity, integer: false, what: 'a number of drinks of 0 or more' },
  minutes: { max: 1440, integer: false, what: 'minutes from 0 to 1440' },
  rating_0_10: { max: 10, integer: true, what: 'a rating from 0 to 10' },
  yes_no: { max: 1, integer: true, what: 'yes (1) or no (0)' },
};

/** Errors of one day's entry for a behaviour; `date` must be a date on or before `today`. */
export function validateBehaviourEntry(
  definition: TargetBehaviourDefinition,
  input: { readonly date: string; readonly value: unknown; readonly intensityMax?: unknown },
  today: string,
): FieldErrors {
  const e: Errors = {};
  if (!isIsoDate(input.date)) e.date = 'Enter the day as a date.';
  else if (input.date > today) e.date = 'The day cannot be in the future.';
  const range = RANGE[definition.valueType];
  const value = formNumber(input.value);
  if (!Number.isFinite(value) || value < 0 || value > range.max || (range.integer && !Number.isInteger(value))) e.value = `Enter ${range.what}.`;
  if (input.intensityMax !== undefined && input.intensityMax !== null && input.intensityMax !== '') {
    const intensity = formNumber(input.intensityMax);
    if (!Number.isInteger(intensity) || intensity < 0 || intensity > 10) e.intensityMax = 'Enter the strongest intensity as a whole number from 0 to 10.';
  }
  return e;
}

/** Errors of one homework report. */
export function validateHomeworkCompletion(
  input: { readonly date: string; readonly done: boolean; readonly units: unknown; readonly quality?: unknown },
  today: string,
): FieldErrors {
  const e: Errors = {};
  if (!isIsoDate(input.date)) e.date = 'Enter the day as a date.';
  else if (input.date > today) e.date = 'The day cannot be in the future.';
  const units = formNumber(input.units);
  if (!Number.isInteger(units) || units < 0) e.units = 'Enter how many times as a whole number of 0 or more.';
  else if (input.done && units === 0) e.units = 'Done needs at least 1; enter 0 only when it was not done.';
  if (input.quality !== undefined && input.quality !== null && ![0, 1, 2].includes(formNumber(input.quality))) e.quality = 'Rate the quality 0, 1 or 2.';
  return e;
}

/** Errors of a homework assignment: title, schedule dates and counts. */
export function validateHomeworkAssignment(a: Pick<HomeworkAssignment, 'title' | 'assignedOn' | 'schedule'>): FieldErrors {
  const e: Errors = {};
  if (!a.title.trim()) e.title = 'Give the homework a title.';
  if (!isIsoDate(a.assignedOn)) e.assignedOn = 'Enter the day it was assigned as a date.';
  const s = a.schedule;
  if (s.type === 'once') {
    if (!isIsoDate(s.dueOn)) e['schedule.dueOn'] = 'Enter the due date as a date.';
    else if (isIsoDate(a.assignedOn) && s.dueOn < a.assignedOn) e['schedule.dueOn'] = 'The due date cannot be before the day it was assigned.';
    return e;
  }
  if (!isIsoDate(s.from)) e['schedule.from'] = 'Enter the first day as a date.';
  if (!isIsoDate(s.to)) e['schedule.to'] = 'Enter the last day as a date.';
  else if (isIsoDate(s.from) && s.to < s.from) e['schedule.to'] = 'The last day cannot be before the first.';
  if (s.type === 'per_week' && (!Number.isInteger(s.timesPerWeek) || s.timesPerWeek < 1 || s.timesPerWeek > 7 * 24))
    e['schedule.timesPerWeek'] = 'Enter the times per week as a whole number of at least 1.';
  return e;
}
