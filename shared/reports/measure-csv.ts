/** The measures and target-behaviour CSV exports of progress.md §7.5 (pure; the caller picks rows and keys). */
import { classifyChange, phq9Outcome } from '../instruments/change';
import { getInstrument, isInstrumentId } from '../instruments/registry';
import { isoWithOffset, toCsv, type CsvValue } from './csv';

export const MEASURE_CSV_COLUMNS = [
  'record_number',
  'instrument_id',
  'instrument_version',
  'administered_on',
  'administered_at',
  'respondent_role',
  'total',
  'band',
  'percentage',
  'flags',
  'baseline_total',
  'change_from_baseline',
  'reliable_change',
  'response',
  'remission',
  'prorated',
  'scoring_rule_version',
] as const;

export const BEHAVIOUR_CSV_COLUMNS = ['record_number', 'behaviour_id', 'date', 'reporter', 'value', 'intensity_max', 'recall'] as const;

/** One current (not superseded) administration. */
export interface MeasureCsvInput {
  readonly clientId: string;
  readonly instrumentId: string;
  readonly instrumentVersion: string;
  /** Instant (ISO). */
  readonly completedAt: string;
  readonly respondent: string;
  readonly total: number | null;
  readonly band: string | null;
  readonly flags: readonly string[];
}

export interface BehaviourCsvInput {
  readonly clientId: string;
  readonly behaviourId: string;
  readonly date: string;
  readonly reporter: string;
  readonly value: number;
  readonly intensityMax?: number;
  readonly recall: string;
  /** Instant entered: of two entries for one day and reporter the later wins (append-only corrections, §0.5). */
  readonly enteredAt: string;
}

export interface CsvKeys {
  /** The `record_number` column for a client: the record number, or a pseudonymous key. */
  readonly keyOf: (clientId: string) => string;
  /** Minutes east of UTC of the clinic's local time at an instant (the renderer passes the system's). */
  readonly offsetMinutesAt: (instant: string) => number;
}

function percentage(instrumentId: string, total: number | null): number | null {
  const range = isInstrumentId(instrumentId) ? getInstrument(instrumentId)?.scoring.totalRange : undefined;
  if (total === null || !range || range.max === range.min) return null;
  return Math.round(((total - range.min) * 1000) / (range.max - range.min)) / 10;
}

function changeColumns(instrumentId: string, baseline: number | null, total: number | null): CsvValue[] {
  if (baseline === null || total === null || !isInstrumentId(instrumentId)) return [baseline, null, null, null, null];
  const change = Math.round((total - baseline) * 1e6) / 1e6;
  let reliable: string | null = null;
  try {
    reliable = classifyChange(instrumentId, baseline, total);
  } catch {
    reliable = null;
  }
  if (instrumentId !== 'PHQ-9') return [baseline, change, reliable, null, null];
  try {
    const o = phq9Outcome(baseline, total);
    return [baseline, change, reliable, o.response, o.remission];
  } catch {
    return [baseline, change, reliable, null, null];
  }
}

function scoringVersion(instrumentId: string, fallback: string): string {
  return (isInstrumentId(instrumentId) ? getInstrument(instrumentId)?.scoringVersion : undefined) ?? fallback;
}

/** One row per administration, oldest first per client; the baseline is the client's first scored administration. */
export function measuresCsv(rows: readonly MeasureCsvInput[], keys: CsvKeys): string {
  const sorted = [...rows].sort((a, b) => a.clientId.localeCompare(b.clientId) || a.completedAt.localeCompare(b.completedAt));
  const baselines = new Map<string, number>();
  const out = sorted.map((r): CsvValue[] => {
    const key = `${r.clientId}\u0000${r.instrumentId}`;
    if (r.total !== null && !baselines.has(key)) baselines.set(key, r.total);
    const at = isoWithOffset(r.completedAt, keys.offsetMinutesAt(r.completedAt));
    return [
      keys.keyOf(r.clientId),
      r.instrumentId,
      r.instrumentVersion,
      at.slice(0, 10),
      at,
      r.respondent,
      r.total,
      r.band,
      percentage(r.instrumentId, r.total),
      r.flags.join(';'),
      ...changeColumns(r.instrumentId, baselines.get(key) ?? null, r.total),
      r.flags.includes('prorated'),
      scoringVersion(r.instrumentId, r.instrumentVersion),
    ];
  });
  return toCsv(MEASURE_CSV_COLUMNS, out);
}

/** The current entries: for each client, behaviour, day and reporter, the one entered last. */
function currentEntries(rows: readonly BehaviourCsvInput[]): BehaviourCsvInput[] {
  const latest = new Map<string, BehaviourCsvInput>();
  for (const r of rows) {
    const key = [r.clientId, r.behaviourId, r.date, r.reporter].join('\u0000');
    const prev = latest.get(key);
    if (!prev || prev.enteredAt <= r.enteredAt) latest.set(key, r);
  }
  return [...latest.values()];
}

/** One row per day's current entry, by client, behaviour, date and reporter. */
export function behavioursCsv(rows: readonly BehaviourCsvInput[], keys: Pick<CsvKeys, 'keyOf'>): string {
  const sorted = currentEntries(rows).sort(
    (a, b) =>
      a.clientId.localeCompare(b.clientId) ||
      a.behaviourId.localeCompare(b.behaviourId) ||
      a.date.localeCompare(b.date) ||
      a.reporter.localeCompare(b.reporter),
  );
  return toCsv(
    BEHAVIOUR_CSV_COLUMNS,
    sorted.map((r) => [keys.keyOf(r.clientId), r.behaviourId, r.date, r.reporter, r.value, r.intensityMax ?? null, r.recall]),
  );
}
