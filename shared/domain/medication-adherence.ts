import type { AdherenceDay } from './medication-events';

/** Below this share of scheduled doses taken over the last 7 days, a client's adherence raises an alert. */
export const ADHERENCE_ALERT_PERCENT = 80;

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

export interface AdherenceTotal {
  readonly taken: number;
  readonly scheduled: number;
  /** Days with a record. */
  readonly days: number;
  /** Days with fewer doses taken than scheduled. */
  readonly missedDays: number;
  /** Whole percent of scheduled doses taken; null when nothing was scheduled (no records). */
  readonly percent: number | null;
}

/** Totals of some adherence records (current ones: one per medication-day). */
export function adherenceTotal(records: readonly AdherenceDay[]): AdherenceTotal {
  let taken = 0;
  let scheduled = 0;
  let missedDays = 0;
  for (const r of records) {
    taken += Math.min(r.taken, r.scheduled);
    scheduled += r.scheduled;
    if (r.taken < r.scheduled) missedDays += 1;
  }
  return { taken, scheduled, days: records.length, missedDays, percent: scheduled > 0 ? Math.round((100 * taken) / scheduled) : null };
}

/** Records dated within the `days` days ending on `today` (today included). */
export function recordsInLastDays<T extends { readonly occurredOn: string }>(records: readonly T[], today: string, days: number): readonly T[] {
  const from = addDays(today, -(days - 1));
  return records.filter((r) => r.occurredOn >= from && r.occurredOn <= today);
}

export interface WeeklyAdherence {
  readonly medicationId: string;
  /** Monday of the week. */
  readonly weekStart: string;
  readonly total: AdherenceTotal;
}

/** Adherence per medication and ISO week (Monday first), ordered by medication then week. */
export function weeklyAdherence(records: readonly AdherenceDay[]): readonly WeeklyAdherence[] {
  const groups = new Map<string, AdherenceDay[]>();
  for (const r of records) {
    const key = `${r.medicationId}|${weekStartOf(r.occurredOn)}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups.entries()]
    .map(([key, rs]) => {
      const [medicationId = '', weekStart = ''] = key.split('|');
      return { medicationId, weekStart, total: adherenceTotal(rs) };
    })
    .sort((a, b) => a.medicationId.localeCompare(b.medicationId) || a.weekStart.localeCompare(b.weekStart));
}

/** Adherence per medication over all its records. */
export function adherenceByMedication(records: readonly AdherenceDay[]): ReadonlyMap<string, AdherenceTotal> {
  const groups = new Map<string, AdherenceDay[]>();
  for (const r of records) groups.set(r.medicationId, [...(groups.get(r.medicationId) ?? []), r]);
  return new Map([...groups].map(([id, rs]) => [id, adherenceTotal(rs)]));
}

export interface AdherenceAlert {
  readonly percent: number;
  readonly total: AdherenceTotal;
  /** Medications below the threshold over the same 7 days, with their percent. */
  readonly medications: readonly { readonly medicationId: string; readonly percent: number }[];
}

/** The alert when fewer than 80 % of scheduled doses were taken over the 7 days ending `today`; null otherwise or without records. */
export function adherenceAlert(records: readonly AdherenceDay[], today: string): AdherenceAlert | null {
  const recent = recordsInLastDays(records, today, 7);
  const total = adherenceTotal(recent);
  // Compared unrounded: 79.6 % is below the line even though it displays as 80 %.
  if (total.percent === null || total.taken * 100 >= ADHERENCE_ALERT_PERCENT * total.scheduled) return null;
  const medications = [...adherenceByMedication(recent)]
    .flatMap(([medicationId, t]) => (t.percent !== null && t.taken * 100 < ADHERENCE_ALERT_PERCENT * t.scheduled ? [{ medicationId, percent: t.percent }] : []));
  return { percent: total.percent, total, medications };
}
