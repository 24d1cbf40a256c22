/**
 * The caseload dashboard's per-client summary (issue 16): one client's alert input in compact form, computed from
 * its records for one clinic day and kept on this laptop so a cold dashboard reads one small document per client
 * instead of its whole history. What changes within the day without new records stays open here and is settled
 * when read: which sessions are past (attendance marks), the newest evidence instant up to now (the
 * recommendation's). A summary whose stamp does not match
 * (version, clinic day, time zone, rule parameters, built later than now) is not used.
 */
import type { AlertClientInput } from './types';

/** Bumped whenever what a summary holds, or how it is computed from the records, changes. */
export const CLIENT_SUMMARY_VERSION = 1;

/** What a summary was computed for; a summary is used only for the same stamp. */
export interface SummaryStamp {
  /** The clinic day ("YYYY-MM-DD") the evidence, medication and homework windows were computed on. */
  readonly day: string;
  readonly timeZone: string;
  /** The clinic's rule parameters as JSON ('null' for the defaults). */
  readonly paramsKey: string;
}

export interface ClientSummary {
  readonly version: number;
  readonly clientId: string;
  readonly stamp: SummaryStamp;
  /** When it was built (ISO instant); a clock set back past it makes the summary unusable. */
  readonly builtAt: string;
  /**
   * The alert input on the day, settled when read: every attendance mark, future ones too (dropped until their time
   * comes); the recommendation's evidence instant a placeholder; name and admission date replaced by the live
   * client's.
   */
  readonly input: AlertClientInput;
  /** The newest evidence instant at build time, then every later one, ascending. */
  readonly evidenceInstants: readonly string[];
}

/** What the dashboard reads live and adds to a summary. */
export interface LiveClientFields {
  readonly clientName: string;
  readonly admissionDate: string;
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

/** Whether a stored value is a summary usable for `clientId` with `stamp` at `nowIso` (anything doubtful: no). */
export function isUsableSummary(value: unknown, clientId: string, stamp: SummaryStamp, nowIso: string): value is ClientSummary {
  if (!isRecord(value) || !isRecord(value.stamp) || !isRecord(value.input)) return false;
  const s = value.stamp;
  return (
    value.version === CLIENT_SUMMARY_VERSION &&
    value.clientId === clientId &&
    s.day === stamp.day &&
    s.timeZone === stamp.timeZone &&
    s.paramsKey === stamp.paramsKey &&
    typeof value.builtAt === 'string' &&
    value.builtAt <= nowIso &&
    Array.isArray(value.evidenceInstants)
  );
}

/** The alert input of a summary at `nowIso`: exactly what the records would give at that instant on the summary's day. */
export function inputOfSummary(summary: ClientSummary, live: LiveClientFields, nowIso: string): AlertClientInput {
  const evidenceAt = newestInstantAt(summary.evidenceInstants, nowIso);
  const { recommendation } = summary.input;
  return {
    ...summary.input,
    clientName: live.clientName,
    admissionDate: live.admissionDate,
    attendance: summary.input.attendance.filter((mark) => mark.at <= nowIso),
    recommendation: evidenceAt !== null && recommendation !== null ? { ...recommendation, evidenceAt } : null,
  };
}
