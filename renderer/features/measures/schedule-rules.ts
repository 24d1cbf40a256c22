import { z } from 'zod';
import { INSTRUMENT_IDS, isInstrumentId, type InstrumentId } from '../../../shared/instruments';
import type { ClinicRecord } from '../../db';
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
export function dueItems(
  schedule: readonly ScheduleEntry[],
  lastDays: Readonly<Partial<Record<InstrumentId, string>>>,
  startDay: string,
  today: string,
): readonly DueItem[] {
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

/** The longest interval a schedule may set (a year); anything longer is not "measurement-based care". */
export const MAX_EVERY_DAYS = 365;

const scheduleDataSchema = z.object({
  entries: z
    .array(z.object({ instrumentId: z.string().refine(isInstrumentId), everyDays: z.number().int().min(1).max(MAX_EVERY_DAYS) }))
    .max(INSTRUMENT_IDS.length),
});

/** A stored 'schedule' record's entries; null when its data is not a valid schedule (it is then ignored). */
export function scheduleOf(record: Pick<ClinicRecord, 'kind' | 'data'>): readonly ScheduleEntry[] | null {
  if (record.kind !== 'schedule') return null;
  const parsed = scheduleDataSchema.safeParse(record.data);
  if (!parsed.success) return null;
  return parsed.data.entries.flatMap(({ instrumentId, everyDays }) => (isInstrumentId(instrumentId) ? [{ instrumentId, everyDays }] : []));
}

/**
 * Each client's schedule: the newest valid 'schedule' record about them (schedules are append-only, so the history
 * stays). Clients without one follow DEFAULT_SCHEDULE (see `scheduleFor`).
 */
export function schedulesByClient(records: readonly ClinicRecord[]): ReadonlyMap<string, readonly ScheduleEntry[]> {
  const out = new Map<string, { at: string; entries: readonly ScheduleEntry[] }>();
  for (const r of records) {
    const entries = r.refCollection === 'clients' ? scheduleOf(r) : null;
    const known = out.get(r.refId);
    if (entries && (!known || r.createdAt >= known.at)) out.set(r.refId, { at: r.createdAt, entries });
  }
  return new Map([...out].map(([id, s]) => [id, s.entries]));
}

/** The client's newest valid 'schedule' record (the version a schedule form edits), or null: the clinic default. */
export function newestScheduleRecord(records: readonly ClinicRecord[], clientId: string): ClinicRecord | null {
  let newest: ClinicRecord | null = null;
  for (const r of records) {
    const about = r.refCollection === 'clients' && r.refId === clientId && scheduleOf(r) !== null;
    if (about && (!newest || r.createdAt >= newest.createdAt)) newest = r;
  }
  return newest;
}

/** A version of a client's schedule: its record (null: the clinic default) and its entries. */
export interface ScheduleVersion {
  readonly record: ClinicRecord | null;
  readonly entries: readonly ScheduleEntry[];
}

/** Schedules are append-only: a version is its record. */
export const scheduleVersionKey = (record: ClinicRecord): string => record.id;

/** The schedule a client follows: their own, or the clinic default. */
export function scheduleFor(schedules: ReadonlyMap<string, readonly ScheduleEntry[]>, clientId: string): readonly ScheduleEntry[] {
  return schedules.get(clientId) ?? DEFAULT_SCHEDULE;
}

/** Why a schedule cannot be saved, or null: every interval a whole number of days from 1 to MAX_EVERY_DAYS. */
export function scheduleProblem(entries: readonly { readonly instrumentId: string; readonly everyDays: number | string }[]): string | null {
  const bad = entries.find((e) => typeof e.everyDays !== 'number' || !Number.isInteger(e.everyDays) || e.everyDays < 1 || e.everyDays > MAX_EVERY_DAYS);
  return bad ? `${bad.instrumentId}: enter how often it is due as a whole number of days from 1 to ${String(MAX_EVERY_DAYS)}.` : null;
}

/** Words for an interval: "weekly", "every 14 days". */
export function everyWords(days: number): string {
  if (days === 1) return 'daily';
  if (days === 7) return 'weekly';
  return `every ${String(days)} days`;
}
