/** The caseload table's figures for one client (progress.md §6.1 item 3), from the same input as the alerts. */
import { daysBetween } from '../plans/days';
import type { Recommendation } from '../recommendation/rules';
import { alertContext, type AlertClock } from './compute';
import { reliableChangePoints, worsening } from './fire-rules';
import type { AlertClientInput, MeasureScore } from './types';

export type ChangeArrow = 'improved' | 'worse' | 'no_change';

export interface CaseloadFigures {
  readonly primary: {
    readonly instrumentId: string;
    readonly latest: MeasureScore;
    readonly change: ChangeArrow | null;
    readonly sparkline: readonly number[];
  } | null;
  /** Attended × 100 / (scheduled − excused) over the last 28 days, rounded; null when nothing was scheduled. */
  readonly attendancePct: number | null;
  /** Since the last attended session (since admission when none). */
  readonly daysSinceAttended: number;
  readonly dayInProgram: number;
  readonly nextReviewOn: string | null;
  readonly recommendation: Recommendation | null;
}

export const SPARKLINE_POINTS = 8;
export const ATTENDANCE_WINDOW_DAYS = 28;

function primaryFigures(input: AlertClientInput): CaseloadFigures['primary'] {
  const id = input.primaryInstrument;
  const list = [...input.measures].filter((m) => m.instrumentId === id).sort((a, b) => a.at.localeCompare(b.at));
  const baseline = list[0];
  const latest = list[list.length - 1];
  if (!id || !baseline || !latest) return null;
  const rc = reliableChangePoints(id);
  const worse = worsening(id, baseline.score, latest.score);
  const change: ChangeArrow | null = rc === null || list.length < 2 ? null : worse >= rc ? 'worse' : -worse >= rc ? 'improved' : 'no_change';
  return { instrumentId: id, latest, change, sparkline: list.slice(-SPARKLINE_POINTS).map((m) => m.score) };
}

/** The table row's figures; days in the clinic's time zone. */
export function caseloadFigures(input: AlertClientInput, clock: AlertClock): CaseloadFigures {
  const x = alertContext(clock);
  const recent = input.attendance.filter((m) => {
    const ago = daysBetween(x.dayOf(m.at), x.today);
    return ago >= 0 && ago < ATTENDANCE_WINDOW_DAYS;
  });
  const denominator = recent.filter((m) => m.outcome !== 'excused').length;
  const attended = recent.filter((m) => m.outcome === 'attended').length;
  const lastAttended = input.attendance
    .filter((m) => m.outcome === 'attended')
    .map((m) => m.at)
    .sort()
    .pop();
  return {
    primary: primaryFigures(input),
    attendancePct: denominator === 0 ? null : Math.round((attended * 100) / denominator),
    daysSinceAttended: daysBetween(lastAttended ? x.dayOf(lastAttended) : input.admissionDate, x.today),
    dayInProgram: daysBetween(input.admissionDate, x.today) + 1,
    nextReviewOn: input.reviewDueOn,
    recommendation: input.recommendation?.value ?? null,
  };
}
