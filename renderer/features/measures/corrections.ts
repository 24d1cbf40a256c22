import { localDayOf, localToday } from '../../components/format-date';
import type { MeasureResponse, Respondent } from './measure-records';

/** The response a correction starts from: its answers, when it was administered and by whom stay unless changed. */
export interface CorrectionSource {
  readonly id: string;
  readonly answers: MeasureResponse['answers'];
  readonly completedAt: string;
  readonly respondent: Respondent;
}

/** What a saved correction carries besides its answers. */
export interface CorrectionInput {
  readonly supersedesId: string;
  readonly originalCompletedAt: string;
  readonly reason: string;
}

/** A correction's source as the form starts it: the original response's answers, day and respondent. */
export function correctionSource(r: MeasureResponse): CorrectionSource {
  return { id: r.id, answers: r.answers, completedAt: r.completedAt, respondent: r.respondent };
}

/**
 * When a response is recorded as completed: a correction left on its original day keeps the original instant (so it
 * stays where it was on the trend); today records now; any other day records noon of that day.
 */
export function completedAtFor(day: string, now: Date, originalCompletedAt = ''): string {
  if (originalCompletedAt && localDayOf(originalCompletedAt) === day) return originalCompletedAt;
  return day === localToday(now) ? now.toISOString() : new Date(`${day}T12:00:00`).toISOString();
}

/** Why a correction's reason cannot be saved ('' when it can): a correction always says why. */
export function correctionReasonProblem(reason: string): string {
  return reason.trim() ? '' : 'Say why this response is corrected, e.g. “item 3 was entered as 3; the client answered 1”.';
}

/** One step of a response's history: the response that replaced `previous`, with its reason, author and time. */
export interface CorrectionStep {
  readonly by: MeasureResponse;
  readonly previous: MeasureResponse;
}

/** The corrections behind a current response, newest first (empty when it was never corrected). */
export function correctionsOf(all: readonly MeasureResponse[], id: string): readonly CorrectionStep[] {
  const byId = new Map(all.map((r) => [r.id, r]));
  const steps: CorrectionStep[] = [];
  const seen = new Set<string>();
  for (let by = byId.get(id); by?.supersedesId && !seen.has(by.id);) {
    seen.add(by.id);
    const previous = byId.get(by.supersedesId);
    if (!previous) break;
    steps.push({ by, previous });
    by = previous;
  }
  return steps;
}
