import { currentAdherence, type AdherenceDay } from './medication-events';
import type { Medication } from './records';

/** Below this share of recorded doses taken, a client's adherence raises an alert (progress.md §11.6). */
export const ADHERENCE_ALERT_PERCENT = 80;
/** Days the adherence figure covers, today included (progress.md §6.2, alert 10: "< 80 % in 14 days"). */
export const ADHERENCE_WINDOW_DAYS = 14;
/** The recorded doses are judged only when at least this share of the window's medication-days is recorded. */
export const ADHERENCE_MIN_RECORDED_PERCENT = 50;

/** The ISO date `n` days after `iso` (negative goes back). */
export function addDays(iso: string, n: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (both ISO dates). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The Monday of the ISO week `iso` falls in. */
export function weekStartOf(iso: string): string {
  const weekday = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return addDays(iso, -((weekday + 6) % 7));
}

/** Whether a scheduled (not as-needed) medication was prescribed on `day`: started, and not stopped before it. */
export function prescribedOn(med: Medication, day: string): boolean {
  return !med.schedule.asNeeded && day >= med.startedOn && (med.stoppedOn === null || day <= med.stoppedOn);
}

/** Doses and medication-days over a range. Every expected dose is exactly one of taken, missed or unrecorded. */
export interface AdherenceCounts {
  /** Medication-days in the range: days the medication was prescribed, and any other day with a record. */
  readonly days: number;
  readonly recordedDays: number;
  /** Recorded days with fewer doses taken than scheduled. */
  readonly missedDays: number;
  /** Prescribed days without a record: neither taken nor missed. */
  readonly unrecordedDays: number;
  /** Recorded days' scheduled doses plus the current schedule's doses on unrecorded days. */
  readonly expected: number;
  readonly taken: number;
  readonly missed: number;
  readonly unrecorded: number;
  /** Whole percent of recorded doses taken, taken / (taken + missed); null when no dose was recorded. */
  readonly percent: number | null;
}

/**
 * What the figure means for the alert. `nothing-due`: no medication-day in the window. `not-recorded`: too little
 * recorded to judge (under 50 % of the medication-days) and the misses alone do not already put it under 80 %.
 * `low`: under 80 % of recorded doses taken with enough recorded, or so many misses that even taking every
 * unrecorded dose would leave it under 80 %. `ok` otherwise.
 */
export type AdherenceStatus = 'nothing-due' | 'not-recorded' | 'low' | 'ok';

export interface MedicationAdherence extends AdherenceCounts {
  readonly medicationId: string;
  readonly status: AdherenceStatus;
}

export interface AdherenceWindow {
  /** First and last day of the window (ISO, both included). */
  readonly from: string;
  readonly to: string;
  /** All medications together: the figure every screen shows and the alert judges. */
  readonly total: AdherenceCounts;
  readonly status: AdherenceStatus;
  /** Each medication with a day in the window, in the order given (then medications known only from records). */
  readonly medications: readonly MedicationAdherence[];
}

const ZERO: AdherenceCounts = { days: 0, recordedDays: 0, missedDays: 0, unrecordedDays: 0, expected: 0, taken: 0, missed: 0, unrecorded: 0, percent: null };

function withPercent(c: Omit<AdherenceCounts, 'percent'>): AdherenceCounts {
  const recorded = c.taken + c.missed;
  return { ...c, percent: recorded > 0 ? Math.round((100 * c.taken) / recorded) : null };
}

function add(a: AdherenceCounts, b: AdherenceCounts): AdherenceCounts {
  return withPercent({
    days: a.days + b.days,
    recordedDays: a.recordedDays + b.recordedDays,
    missedDays: a.missedDays + b.missedDays,
    unrecordedDays: a.unrecordedDays + b.unrecordedDays,
    expected: a.expected + b.expected,
    taken: a.taken + b.taken,
    missed: a.missed + b.missed,
    unrecorded: a.unrecorded + b.unrecorded,
  });
}

/** Counts for one medication from `from` to `to` (ISO, both included); `records` are its current records (one per day). */
export function adherenceCounts(med: Medication | undefined, records: readonly AdherenceDay[], from: string, to: string): AdherenceCounts {
  const byDay = new Map(records.map((r) => [r.occurredOn, r]));
  let c = ZERO;
  for (let d = from; d <= to; d = addDays(d, 1)) {
    const r = byDay.get(d);
    if (r) {
      const taken = Math.min(r.taken, r.scheduled);
      const missed = r.scheduled - taken;
      c = add(c, { ...ZERO, days: 1, recordedDays: 1, missedDays: missed > 0 ? 1 : 0, expected: r.scheduled, taken, missed });
    } else if (med && prescribedOn(med, d)) {
      c = add(c, { ...ZERO, days: 1, unrecordedDays: 1, expected: med.schedule.timesPerDay, unrecorded: med.schedule.timesPerDay });
    }
  }
  return c;
}

/** Whether the recorded doses are under the line (compared unrounded: 79.6 % is under it although it shows 80 %). */
export function belowAlertLine(c: AdherenceCounts): boolean {
  return c.taken * 100 < ADHERENCE_ALERT_PERCENT * (c.taken + c.missed);
}

/** The alert rule for some counts (see AdherenceStatus and docs/medications.md). */
export function adherenceStatus(c: AdherenceCounts): AdherenceStatus {
  if (c.days === 0) return 'nothing-due';
  // Even if every unrecorded dose was taken, the window would stay under the line: no need to wait for more records.
  const lowWhateverUnrecorded = (c.expected - c.missed) * 100 < ADHERENCE_ALERT_PERCENT * c.expected;
  if (lowWhateverUnrecorded) return 'low';
  if (c.recordedDays * 100 < ADHERENCE_MIN_RECORDED_PERCENT * c.days) return 'not-recorded';
  return belowAlertLine(c) ? 'low' : 'ok';
}

/**
 * The one adherence figure: every scheduled medication's doses over the `days` days ending `today` (today included),
 * split into taken, missed and unrecorded, and the alert status. `records` may hold superseded entries (latest wins).
 */
export function adherenceWindow(
  medications: readonly Medication[],
  records: readonly AdherenceDay[],
  today: string,
  days = ADHERENCE_WINDOW_DAYS,
): AdherenceWindow {
  const from = addDays(today, -(days - 1));
  const current = currentAdherence(records).filter((r) => r.occurredOn >= from && r.occurredOn <= today);
  const ids = [...new Set([...medications.map((m) => m.id), ...current.map((r) => r.medicationId)])];
  const perMedication = ids.flatMap((id) => {
    const counts = adherenceCounts(
      medications.find((m) => m.id === id),
      current.filter((r) => r.medicationId === id),
      from,
      today,
    );
    return counts.days > 0 ? [{ ...counts, medicationId: id, status: adherenceStatus(counts) }] : [];
  });
  const total = perMedication.reduce<AdherenceCounts>(add, ZERO);
  return { from, to: today, total, status: adherenceStatus(total), medications: perMedication };
}
