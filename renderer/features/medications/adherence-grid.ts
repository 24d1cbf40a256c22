import { addDays, prescribedOn } from '../../../shared/domain/medication-adherence';
import type { AdherenceDay } from '../../../shared/domain/medication-events';
import { validateAdherence, type AdherenceSource, type MissReason } from '../../../shared/domain/medications';
import type { Medication } from '../../../shared/domain/records';
import type { AdherenceEntry } from './useMedicationActions';

/** Cell text per medication id and day: '' = not recorded, else the number of doses taken. */
export type GridCells = Readonly<Record<string, Readonly<Record<string, string>>>>;

/** A grid day: open for entry, not yet happened (after today), or outside the prescription (before start, after stop). */
export type GridDayState = 'open' | 'not-yet' | 'not-prescribed';

export interface GridRow {
  readonly med: Medication;
  /** Per day: whether the day is open for entry. */
  readonly open: readonly boolean[];
  /** Per day: why a day is not open ("not prescribed" wins over "not yet" for a day outside the prescription). */
  readonly states: readonly GridDayState[];
}

/** The seven days from `monday`. */
export function weekDays(monday: string): readonly string[] {
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

function dayState(med: Medication, day: string, today: string): GridDayState {
  if (!prescribedOn(med, day)) return 'not-prescribed';
  return day > today ? 'not-yet' : 'open';
}

/** Scheduled (not as-needed) medications prescribed on at least one of `days` up to `today`, with each day's state. */
export function gridRows(medications: readonly Medication[], days: readonly string[], today: string): readonly GridRow[] {
  return medications.flatMap((med) => {
    if (med.schedule.asNeeded) return [];
    const states = days.map((d) => dayState(med, d, today));
    const open = states.map((st) => st === 'open');
    return open.some(Boolean) ? [{ med, open, states }] : [];
  });
}

/** The grid prefilled with what is already recorded (the current entry per medication-day). */
export function cellsFrom(records: readonly AdherenceDay[], rows: readonly GridRow[], days: readonly string[]): GridCells {
  return Object.fromEntries(
    rows.map(({ med }) => [
      med.id,
      Object.fromEntries(days.map((d) => [d, String(records.find((r) => r.medicationId === med.id && r.occurredOn === d)?.taken ?? '')])),
    ]),
  );
}

export interface GridResult {
  readonly entries: readonly AdherenceEntry[];
  /** One message per problem, naming the medication and day. */
  readonly errors: readonly string[];
}

/**
 * Entries for every filled, open cell that differs from what is recorded; a row's reason applies to its misses.
 * Scheduled doses per day come from the medication's current schedule.
 */
export function gridEntries(
  rows: readonly GridRow[],
  days: readonly string[],
  cells: GridCells,
  recorded: GridCells,
  reasons: Readonly<Record<string, MissReason | ''>>,
  source: AdherenceSource,
): GridResult {
  const entries: AdherenceEntry[] = [];
  const errors: string[] = [];
  for (const { med, open } of rows) {
    days.forEach((day, i) => {
      const text = (cells[med.id]?.[day] ?? '').trim();
      if (!open[i] || text === '' || text === recorded[med.id]?.[day]) return;
      const taken = Number(text);
      const scheduled = med.schedule.timesPerDay;
      const detail = { taken, scheduled, missReason: taken < scheduled ? (reasons[med.id] ?? '') : '', source };
      const r = Number.isInteger(taken) ? validateAdherence(detail) : { ok: false as const, errors: { taken: 'Doses taken is a whole number.' } };
      if (r.ok) entries.push({ ...r.value, medicationId: med.id, day });
      else errors.push(`${med.name}, ${day}: ${Object.values(r.errors)[0] ?? 'check this entry.'}`);
    });
  }
  return { entries, errors };
}
