import { addDays, adherenceCounts, daysBetween, weekStartOf, type AdherenceCounts } from '../../../shared/domain/medication-adherence';
import { currentAdherence, sideEffectStates, type MedicationHistory } from '../../../shared/domain/medication-events';
import { doseLabel, sideEffectLabel } from '../../../shared/domain/medications';
import type { Medication } from '../../../shared/domain/records';

/** A start, dose change or stop: the medication history, and the markers drawn on symptom charts. */
export interface MedicationChange {
  readonly id: string;
  readonly medicationId: string;
  readonly kind: 'start' | 'dose-change' | 'stop';
  /** ISO date. */
  readonly date: string;
  /** "Started Sertraline 50 mg", "Sertraline 50 → 100 mg", "Stopped Sertraline". */
  readonly label: string;
  readonly reason: string;
}

const KIND_ORDER = { start: 0, 'dose-change': 1, stop: 2 } as const;

/** Every start, dose change and stop of a client's medications, oldest first (starts and stops from the record). */
export function medicationChanges(medications: readonly Medication[], history: Pick<MedicationHistory, 'doseChanges'>): readonly MedicationChange[] {
  const out: MedicationChange[] = [];
  for (const m of medications) {
    const changes = history.doseChanges.filter((d) => d.medicationId === m.id);
    const startDose = changes[0]?.fromDose ?? m.dose;
    out.push({
      id: `${m.id}-start`,
      medicationId: m.id,
      kind: 'start',
      date: m.startedOn,
      label: `Started ${m.name} ${doseLabel(startDose, m.doseUnit)}`,
      reason: m.indication,
    });
    for (const d of changes) {
      out.push({
        id: d.id,
        medicationId: m.id,
        kind: 'dose-change',
        date: d.occurredOn,
        label: `${m.name} ${String(d.fromDose)} → ${doseLabel(d.toDose, d.unit)}`,
        reason: d.reason,
      });
    }
    if (m.stoppedOn) out.push({ id: `${m.id}-stop`, medicationId: m.id, kind: 'stop', date: m.stoppedOn, label: `Stopped ${m.name}`, reason: m.stopReason });
  }
  return out.sort((a, b) => a.date.localeCompare(b.date) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
}

export interface AdherenceSeries {
  readonly medicationId: string;
  readonly name: string;
  /** Percent of recorded doses taken per week (null: nothing recorded, or not prescribed, that week). */
  readonly percents: readonly (number | null)[];
  /** Per week for the table: "5 of 7" recorded doses taken, "not recorded", or "—" when not prescribed. */
  readonly counts: readonly string[];
  /** Prescribed days without a record per week (neither taken nor missed). */
  readonly unrecordedDays: readonly number[];
}

export interface WeeklyAdherenceChart {
  /** Monday of each week, oldest first. */
  readonly weeks: readonly string[];
  readonly series: readonly AdherenceSeries[];
}

function weekCell(c: AdherenceCounts): string {
  if (c.days === 0) return '—';
  return c.percent === null ? 'not recorded' : `${String(c.taken)} of ${String(c.taken + c.missed)}`;
}

/**
 * Weekly adherence bars of every scheduled medication with records, counted like the adherence figure
 * (adherenceCounts), over at most `weeks` weeks ending with the week of `today` and starting no earlier than the
 * week the first of them started (or was first recorded).
 */
export function weeklyAdherenceChart(
  medications: readonly Medication[],
  history: Pick<MedicationHistory, 'adherence'>,
  today: string,
  weeks = 8,
): WeeklyAdherenceChart {
  const records = currentAdherence(history.adherence);
  const shown = medications.filter((m) => records.some((r) => r.medicationId === m.id));
  const last = weekStartOf(today);
  const earliest =
    [...shown.map((m) => m.startedOn), ...records.filter((r) => shown.some((m) => m.id === r.medicationId)).map((r) => r.occurredOn)].sort()[0] ?? today;
  const first = [addDays(last, -7 * (weeks - 1)), weekStartOf(earliest)].sort()[1] ?? last;
  const mondays = Array.from({ length: Math.max(0, daysBetween(first, last) / 7 + 1) }, (_, i) => addDays(first, 7 * i));
  const series = shown.map((m) => {
    const mine = records.filter((r) => r.medicationId === m.id);
    const perWeek = mondays.map((w) => adherenceCounts(m, mine, w, [addDays(w, 6), today].sort()[0] ?? today));
    return {
      medicationId: m.id,
      name: m.name,
      percents: perWeek.map((c) => c.percent),
      counts: perWeek.map(weekCell),
      unrecordedDays: perWeek.map((c) => c.unrecordedDays),
    };
  });
  return { weeks: mondays, series };
}

export interface SeverityLine {
  readonly label: string;
  /** Severity 0–3 per date (null: not observed that day). */
  readonly values: readonly (number | null)[];
}

export interface SideEffectChart {
  /** Every date with an observation or a resolution, oldest first. */
  readonly dates: readonly string[];
  readonly lines: readonly SeverityLine[];
}

/** Side-effect severity over time, one line per effect; a resolution is drawn as severity 0 on its date. */
export function sideEffectChart(history: Pick<MedicationHistory, 'sideEffects' | 'resolutions'>): SideEffectChart {
  const states = sideEffectStates(history);
  const points = new Map<string, Map<string, number>>();
  const put = (label: string, date: string, severity: number) => {
    const line = points.get(label) ?? new Map<string, number>();
    line.set(date, Math.max(line.get(date) ?? severity, severity));
    points.set(label, line);
  };
  for (const s of states) {
    put(sideEffectLabel(s), s.occurredOn, s.severity);
    if (s.resolvedOn) points.get(sideEffectLabel(s))?.set(s.resolvedOn, 0);
  }
  const dates = [...new Set([...points.values()].flatMap((l) => [...l.keys()]))].sort();
  const lines = [...points].map(([label, line]) => ({ label, values: dates.map((d) => line.get(d) ?? null) }));
  return { dates, lines };
}
