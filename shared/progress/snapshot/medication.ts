/**
 * Medication panel (progress.md §5.2): adherence per medication over 14 and 28 days, side effects rated moderate or
 * worse that are not resolved, and dose changes in the review window; medication changes as chart markers.
 */
import { adherenceCounts, belowAlertLine } from '../../domain/medication-adherence';
import { currentAdherence, readHistory, sideEffectStates } from '../../domain/medication-events';
import { SEVERITY_LABELS, sideEffectLabel } from '../../domain/medications';
import type { Medication, MedicationEvent } from '../../domain/records';
import { addDays } from '../plans/days';
import type { MedicationChange, MedicationEvidence } from '../recommendation/evidence';

// Adherence under 80 % of the recorded doses over 14 days flags `review_medication_adherence` (belowAlertLine).
const MODERATE = 2;

function nameOf(medications: readonly Medication[], id: string): string {
  return medications.find((m) => m.id === id)?.name ?? 'Medication';
}

/** Starts, stops and dose changes of the client's medications up to asOf, oldest first (chart markers). */
export function medicationChanges(medications: readonly Medication[], events: readonly MedicationEvent[], asOf: string): MedicationChange[] {
  const history = readHistory(events);
  const doses = history.doseChanges.map((d) => ({
    recordId: d.id,
    date: d.occurredOn,
    medicationId: d.medicationId,
    description: `${nameOf(medications, d.medicationId)} ${String(d.fromDose)} → ${String(d.toDose)} ${d.unit}`,
  }));
  const startStops = history.startStops.map((s) => ({
    recordId: s.id,
    date: s.occurredOn,
    medicationId: s.medicationId,
    description: `${nameOf(medications, s.medicationId)} ${s.kind === 'start' ? 'started' : 'stopped'}`,
  }));
  return [...doses, ...startStops].filter((c) => c.date <= asOf).sort((a, b) => a.date.localeCompare(b.date) || a.recordId.localeCompare(b.recordId));
}

/** The medication panel as of `asOf`; dose changes from `windowStart`. */
export function medicationEvidence(
  medications: readonly Medication[],
  events: readonly MedicationEvent[],
  asOf: string,
  windowStart: string,
): MedicationEvidence {
  const history = readHistory(events);
  const adherence = currentAdherence(history.adherence);
  const from28 = addDays(asOf, -27);
  const rows = medications
    .filter((m) => !m.schedule.asNeeded && m.startedOn <= asOf && (m.stoppedOn === null || m.stoppedOn >= from28))
    .map((m) => {
      const own = adherence.filter((r) => r.medicationId === m.id);
      const counts14 = adherenceCounts(m, own, addDays(asOf, -13), asOf);
      const pct28 = adherenceCounts(m, own, from28, asOf).percent;
      const recordIds = own.filter((r) => r.occurredOn >= from28 && r.occurredOn <= asOf).map((r) => r.id);
      return { row: { medicationId: m.id, name: m.name, pct14: counts14.percent, pct28, recordIds }, low: belowAlertLine(counts14) };
    });
  const sideEffects = sideEffectStates(history)
    .filter((s) => s.severity >= MODERATE && s.occurredOn <= asOf && (s.resolvedOn === null || s.resolvedOn > asOf))
    .map((s) => ({ recordId: s.id, medicationId: s.medicationId, effect: sideEffectLabel(s), severity: SEVERITY_LABELS[s.severity] ?? String(s.severity) }));
  return {
    adherence: rows.map((r) => r.row),
    sideEffectsModerateOrWorse: sideEffects,
    doseChanges: medicationChanges(medications, events, asOf).filter((c) => c.date >= windowStart),
    flags: rows.some((r) => r.low) ? ['review_medication_adherence'] : [],
  };
}
