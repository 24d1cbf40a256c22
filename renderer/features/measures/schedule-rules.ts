import type { InstrumentId } from '../../../shared/instruments';
import type { MeasureResponse } from './measure-records';

export interface ScheduleEntry {
  readonly instrumentId: InstrumentId;
  readonly everyDays: number;
}

/** Waypoint's default (issue 3): PHQ-9 and GAD-7 weekly; the C-SSRS screener is offered when triggered, not scheduled. */
export const DEFAULT_SCHEDULE: readonly ScheduleEntry[] = [
  { instrumentId: 'PHQ-9', everyDays: 7 },
  { instrumentId: 'GAD-7', everyDays: 7 },
];

/** Days after the due day a measure still counts as "due" rather than "overdue" (a week's sessions rarely fall on one day). */
export const GRACE_DAYS = 2;

export type DueState = 'not-due' | 'due' | 'overdue';

export interface DueItem {
  readonly instrumentId: InstrumentId;
  readonly state: DueState;
  /** "YYYY-MM-DD": the day it falls due. */
  readonly dueOn: string;
}

/** Adds whole days to an ISO calendar date (UTC arithmetic, so no daylight-saving shifts). */
export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * Whether each scheduled measure is due on `today`: it falls due `everyDays` after its last administration, or on
 * `startDay` (admission) when never given; "due" for GRACE_DAYS after that, then "overdue".
 */
export function dueItems(schedule: readonly ScheduleEntry[], lastDays: Readonly<Partial<Record<InstrumentId, string>>>, startDay: string, today: string): readonly DueItem[] {
  return schedule.map(({ instrumentId, everyDays }) => {
    const last = lastDays[instrumentId];
    const dueOn = last ? addDays(last, everyDays) : startDay;
    const state: DueState = today < dueOn ? 'not-due' : today <= addDays(dueOn, GRACE_DAYS) ? 'due' : 'overdue';
    return { instrumentId, state, dueOn };
  });
}

/** The last administration day of each instrument per client; `dayOf` turns an instant into the user's calendar day. */
export function lastDaysByClient(
  responses: readonly MeasureResponse[],
  dayOf: (instant: string) => string,
): ReadonlyMap<string, Readonly<Partial<Record<InstrumentId, string>>>> {
  const out = new Map<string, Partial<Record<InstrumentId, string>>>();
  for (const r of responses) {
    const days = out.get(r.clientId) ?? {};
    const day = dayOf(r.completedAt);
    const known = days[r.instrumentId];
    if (known === undefined || day > known) days[r.instrumentId] = day;
    out.set(r.clientId, days);
  }
  return out;
}
