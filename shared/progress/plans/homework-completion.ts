/** Homework expected units and completion % (progress.md §2). */
import { addDays, daysBetween, dayOf } from './days';
import type { HomeworkAssignment, HomeworkCompletion } from './types';

/** A closed range of ISO dates. */
export interface DayWindow {
  readonly from: string;
  readonly to: string;
}

function overlapDays(a: DayWindow, b: DayWindow): number {
  const from = a.from > b.from ? a.from : b.from;
  const to = a.to < b.to ? a.to : b.to;
  return from > to ? 0 : daysBetween(from, to) + 1;
}

/** Units expected within the window: 1 for a one-off due in it; elapsed days (daily); timesPerWeek × days / 7, floored. */
export function expectedUnits(assignment: HomeworkAssignment, window: DayWindow): number {
  if (assignment.status === 'excused' || assignment.status === 'cancelled') return 0;
  const s = assignment.schedule;
  if (s.type === 'once') return s.dueOn >= window.from && s.dueOn <= window.to ? 1 : 0;
  const days = overlapDays({ from: s.from, to: s.to }, window);
  return s.type === 'daily' ? days : Math.floor((s.timesPerWeek * days) / 7);
}

/** Units done within the window; for one day the clinician's entry wins over the client's, the latest per reporter. */
export function doneUnits(homeworkId: string, completions: readonly HomeworkCompletion[], window: DayWindow): number {
  const perDay = new Map<string, HomeworkCompletion>();
  for (const c of completions) {
    const day = dayOf(c.date);
    if (c.homeworkId !== homeworkId || day < window.from || day > window.to) continue;
    const prev = perDay.get(day);
    const better = !prev || (c.reporter === 'clinician' && prev.reporter === 'client') || (c.reporter === prev.reporter && prev.enteredAt <= c.enteredAt);
    if (better) perDay.set(day, c);
  }
  let units = 0;
  for (const c of perDay.values()) if (c.done && Number.isFinite(c.units) && c.units > 0) units += c.units;
  return units;
}

/** Completion over the window: `min(100, floor(100 × done / expected))`, or null when nothing was expected. */
export interface HomeworkCompletionSummary {
  readonly done: number;
  readonly expected: number;
  readonly pct: number | null;
}

/** Completion of the given assignments over the `windowDays` days ending on `asOf`. */
export function homeworkCompletion(
  assignments: readonly HomeworkAssignment[],
  completions: readonly HomeworkCompletion[],
  asOf: string,
  windowDays: number,
): HomeworkCompletionSummary {
  const window = { from: addDays(asOf, -(windowDays - 1)), to: asOf };
  let done = 0;
  let expected = 0;
  for (const a of assignments) {
    const e = expectedUnits(a, window);
    if (e === 0) continue;
    expected += e;
    done += Math.min(e, doneUnits(a.homeworkId, completions, window));
  }
  return { done, expected, pct: expected === 0 ? null : Math.min(100, Math.floor((100 * done) / expected)) };
}
