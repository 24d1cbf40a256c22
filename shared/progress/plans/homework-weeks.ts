/**
 * The chart's weekly homework series (progress.md §2): completion % per week (quantity), the mean of the clinician's
 * quality ratings (0–2) and the barriers reported, for the weeks ending on `asOf`.
 */
import { addDays, dayOf } from './days';
import { homeworkCompletion } from './homework-completion';
import type { HomeworkAssignment, HomeworkCompletion } from './types';

export interface HomeworkWeek {
  readonly start: string;
  readonly end: string;
  readonly done: number;
  readonly expected: number;
  /** null when nothing was expected that week. */
  readonly pct: number | null;
  /** Mean of the clinician's quality ratings entered for the week's days, to one decimal; null when none. */
  readonly meanQuality: number | null;
  /** Barrier → how many reports named it. */
  readonly barriers: Readonly<Record<string, number>>;
}

/** `weeks` weeks ending on `asOf`, oldest first. */
export function homeworkWeeks(
  assignments: readonly HomeworkAssignment[],
  completions: readonly HomeworkCompletion[],
  asOf: string,
  weeks: number,
): readonly HomeworkWeek[] {
  const out: HomeworkWeek[] = [];
  for (let w = weeks - 1; w >= 0; w--) {
    const end = addDays(asOf, -7 * w);
    const start = addDays(end, -6);
    const { done, expected, pct } = homeworkCompletion(assignments, completions, end, 7);
    const inWeek = completions.filter((c) => dayOf(c.date) >= start && dayOf(c.date) <= end);
    const ratings = inWeek.filter((c) => c.reporter === 'clinician' && c.quality !== null).map((c): number => c.quality ?? 0);
    const barriers: Record<string, number> = {};
    for (const c of inWeek) if (c.barrier) barriers[c.barrier] = (barriers[c.barrier] ?? 0) + 1;
    const meanQuality = ratings.length === 0 ? null : Math.round((10 * ratings.reduce((a, b) => a + b, 0)) / ratings.length) / 10;
    out.push({ start, end, done, expected, pct, meanQuality, barriers });
  }
  return out;
}
