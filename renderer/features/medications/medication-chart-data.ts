import { addDays, weekStartOf, weeklyAdherence } from '../../../shared/domain/medication-adherence';
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
    out.push({ id: `${m.id}-start`, medicationId: m.id, kind: 'start', date: m.startedOn, label: `Started ${m.name} ${doseLabel(startDose, m.doseUnit)}`, reason: m.indication });
    for (const d of changes) {
      out.push({ id: d.id, medicationId: m.id, kind: 'dose-change', date: d.occurredOn, label: `${m.name} ${String(d.fromDose)} → ${doseLabel(d.toDose, d.unit)}`, reason: d.reason });
    }
    if (m.stoppedOn) out.push({ id: `${m.id}-stop`, medicationId: m.id, kind: 'stop', date: m.stoppedOn, label: `Stopped ${m.name}`, reason: m.stopReason });
  }
  return out.sort((a, b) => a.date.localeCompare(b.date) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
}

export interface AdherenceSeries {
  readonly medicationId: string;
  readonly name: string;
  /** Percent per week (null: nothing recorded that week). */
  readonly percents: readonly (number | null)[];
  /** "5 of 7" per week, for the table. */
  readonly counts: readonly string[];
}

export interface WeeklyAdherenceChart {
  /** Monday of each week, oldest first. */
  readonly weeks: readonly string[];
  readonly series: readonly AdherenceSeries[];
}

/** Weekly adherence bars of every scheduled medication over the `weeks` weeks ending with the week of `today`. */
export function weeklyAdherenceChart(medications: readonly Medication[], history: Pick<MedicationHistory, 'adherence'>, today: string, weeks = 8): WeeklyAdherenceChart {
  const last = weekStartOf(today);
  const mondays = Array.from({ length: weeks }, (_, i) => addDays(last, -7 * (weeks - 1 - i)));
  const rows = weeklyAdherence(currentAdherence(history.adherence));
  const series = medications.flatMap((m) => {
    const mine = rows.filter((r) => r.medicationId === m.id);
    if (mine.length === 0) return [];
    const at = (w: string) => mine.find((r) => r.weekStart === w)?.total;
    return [{
      medicationId: m.id,
      name: m.name,
      percents: mondays.map((w) => at(w)?.percent ?? null),
      counts: mondays.map((w) => {
        const t = at(w);
        return t ? `${String(t.taken)} of ${String(t.scheduled)}` : '—';
      }),
    }];
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
