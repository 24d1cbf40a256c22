/**
 * The caseload dashboard's per-client summary (issue 16): one client's alert input in compact form, computed from
 * its records and kept on this laptop so a cold dashboard reads one small document per client instead of its whole
 * history. It holds on every clinic day from the day it was built up to `SUMMARY_HORIZON_DAYS` later, so the first
 * open of a new clinic day (after a weekend too) reads no records:
 * - the day-independent facts (instants, due dates, scores, the signatures owed) are kept once, and the alert rules
 *   and the table's figures measure them against today when read;
 * - what the records give differently from one clinic day to the next without any record changing (the review
 *   evidence's windows: recommendation, substance use, recent safety events; the 14-day medication and homework
 *   windows) is kept per day as the fields that differ from the build day's, settled by picking today's;
 * - what changes within a day (which sessions are past, the newest evidence instant) is settled at the read instant.
 * A summary whose stamp does not match (version, time zone, rule parameters), built later than now, or read on a day
 * outside its days is not used.
 */
import { addDays, daysBetween } from '../plans/days';
import type { AlertClientInput } from './types';

/** Bumped whenever what a summary holds, or how it is computed from the records, changes. */
export const CLIENT_SUMMARY_VERSION = 2;

/**
 * How many clinic days after its build a summary still holds (a week: a weekend, a long weekend, a week away).
 * Each day costs one more evaluation of the client's evidence when the summary is built (no more reads).
 */
export const SUMMARY_HORIZON_DAYS = 7;

/** What a summary was computed for; a summary is used only for the same time zone and rule parameters. */
export interface SummaryStamp {
  /** The clinic day ("YYYY-MM-DD") it was built on: the first of its days. */
  readonly day: string;
  readonly timeZone: string;
  /** The clinic's rule parameters as JSON ('null' for the defaults). */
  readonly paramsKey: string;
}

/** The fields of a day's input that differ from the build day's. */
export type DayChanges = Partial<AlertClientInput>;

export interface ClientSummary {
  readonly version: number;
  readonly clientId: string;
  readonly stamp: SummaryStamp;
  /** When it was built (ISO instant); a clock set back past it makes the summary unusable. */
  readonly builtAt: string;
  /**
   * The alert input on the build day, settled when read: every attendance mark, future ones too (dropped until their
   * time comes); the recommendation's evidence instant a placeholder; name and admission date replaced by the live
   * client's.
   */
  readonly input: AlertClientInput;
  /** Entry k: what differs on the build day + k from `input` (entry 0 is empty); one entry per day it holds. */
  readonly days: readonly DayChanges[];
  /** The newest evidence instant at build time, then every later one, ascending. */
  readonly evidenceInstants: readonly string[];
}

/** What the dashboard reads live and adds to a summary. */
export interface LiveClientFields {
  readonly clientName: string;
  readonly admissionDate: string;
}

/** The top-level fields of `day` whose value differs from `base`'s. */
export function changesFrom(base: AlertClientInput, day: AlertClientInput): DayChanges {
  const keys = Object.keys(day).filter((k): k is keyof AlertClientInput => k in base);
  let changes: DayChanges = {};
  for (const k of keys) if (JSON.stringify(base[k]) !== JSON.stringify(day[k])) changes = { ...changes, [k]: day[k] };
  return changes;
}

/** The per-day entries of inputs computed for the build day and each following day (`inputs[0]` is the build day's). */
export function dayChangesOf(inputs: readonly AlertClientInput[]): { readonly input: AlertClientInput; readonly days: readonly DayChanges[] } {
  const [base, ...rest] = inputs;
  if (!base) throw new RangeError('a summary needs the build day’s input');
  return { input: base, days: [{}, ...rest.map((day) => changesFrom(base, day))] };
}

/** The build days a summary holds: `from` and the `count − 1` days after it. */
export function summaryDays(from: string, count: number): readonly string[] {
  return Array.from({ length: count }, (_, k) => addDays(from, k));
}

/** The instants kept of a client's evidence: the newest at or before `builtAt`, then every later one, ascending. */
export function compactEvidenceInstants(instants: readonly string[], builtAt: string): readonly string[] {
  const sorted = [...instants].sort();
  const past = sorted.filter((at) => at <= builtAt).at(-1);
  return [...(past === undefined ? [] : [past]), ...sorted.filter((at) => at > builtAt)];
}

/** The newest instant at or before `nowIso`; null when none. */
export function newestInstantAt(instants: readonly string[], nowIso: string): string | null {
  return instants.filter((at) => at <= nowIso).at(-1) ?? null;
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether a summary built on `builtOn` with `count` days holds on `today`. */
function holdsOn(builtOn: string, count: number, today: string): boolean {
  const k = daysBetween(builtOn, today);
  return k >= 0 && k < count;
}

/**
 * Whether a stored value is a summary usable for `clientId` with `stamp` (its time zone and parameters) on
 * `stamp.day` = today at `nowIso` (anything doubtful: no).
 */
export function isUsableSummary(value: unknown, clientId: string, stamp: SummaryStamp, nowIso: string): value is ClientSummary {
  if (!isRecord(value) || !isRecord(value.stamp) || !isRecord(value.input) || !Array.isArray(value.days)) return false;
  const s = value.stamp;
  return (
    value.version === CLIENT_SUMMARY_VERSION &&
    value.clientId === clientId &&
    s.timeZone === stamp.timeZone &&
    s.paramsKey === stamp.paramsKey &&
    typeof value.builtAt === 'string' &&
    value.builtAt <= nowIso &&
    Array.isArray(value.evidenceInstants) &&
    value.days.every(isRecord) &&
    typeof s.day === 'string' &&
    holdsOn(s.day, value.days.length, stamp.day)
  );
}

/**
 * The alert input of a summary on the clinic day `today` at `nowIso`: exactly what the records would give at that
 * instant; null when the summary does not hold on `today` (then it is rebuilt from the records).
 */
export function settleSummary(summary: ClientSummary, live: LiveClientFields, today: string, nowIso: string): AlertClientInput | null {
  if (!holdsOn(summary.stamp.day, summary.days.length, today)) return null;
  const input: AlertClientInput = { ...summary.input, ...summary.days[daysBetween(summary.stamp.day, today)] };
  const evidenceAt = newestInstantAt(summary.evidenceInstants, nowIso);
  const { recommendation } = input;
  return {
    ...input,
    clientName: live.clientName,
    admissionDate: live.admissionDate,
    attendance: input.attendance.filter((mark) => mark.at <= nowIso),
    recommendation: evidenceAt !== null && recommendation !== null ? { ...recommendation, evidenceAt } : null,
  };
}
