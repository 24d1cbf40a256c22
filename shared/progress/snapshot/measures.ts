/**
 * Measures panel and the engine's primary measure (progress.md §5.2, §5.3 `primary.*`): baseline = first
 * administration from 7 days before to 14 days after the episode's admission, else the first one after (late).
 */
import { classifyChange, isInstrumentId, phq9Outcome, type ChangeClass, type InstrumentId } from '../../instruments';
import type { InstrumentResponse } from '../../domain/records';
import { addDays } from '../plans/days';
import type { Administration, MeasureEvidence } from '../recommendation/evidence';
import type { PrimaryMeasureInput } from '../recommendation/snapshot';
import { clinicDay, daysAgo } from './clinic-day';

/** Days before and after admission in which the baseline is taken (§5.3, WD). */
export const BASELINE_DAYS_BEFORE = 7;
export const BASELINE_DAYS_AFTER = 14;

interface Point extends Administration {
  readonly completedAt: string;
}

/** Current (not superseded) scored measure responses up to asOf, per instrument, one per day (the later kept). */
export function measureSeries(responses: readonly InstrumentResponse[], asOf: string, timeZone: string): ReadonlyMap<InstrumentId, readonly Point[]> {
  const superseded = new Set(responses.map((r) => r.supersedesId ?? '').filter((id) => id !== ''));
  const byInstrument = new Map<InstrumentId, Map<string, Point>>();
  const sorted = [...responses].sort((a, b) => a.completedAt.localeCompare(b.completedAt));
  for (const r of sorted) {
    if (r.kind !== 'measure' || r.score === null || superseded.has(r.id) || !isInstrumentId(r.instrumentId)) continue;
    const date = clinicDay(r.completedAt, timeZone);
    if (date > asOf) continue;
    const days = byInstrument.get(r.instrumentId) ?? new Map<string, Point>();
    days.set(date, { responseId: r.id, date, total: r.score, band: r.band, completedAt: r.completedAt });
    byInstrument.set(r.instrumentId, days);
  }
  return new Map([...byInstrument].map(([id, days]) => [id, [...days.values()]]));
}

interface Baselined {
  readonly baseline: Point | null;
  readonly later: readonly Point[];
  readonly late: boolean;
}

/** The baseline of a series for an episode admitted on `admittedOn`, and the administrations after it. */
export function baselineOf(series: readonly Point[], admittedOn: string): Baselined {
  const from = addDays(admittedOn, -BASELINE_DAYS_BEFORE);
  const to = addDays(admittedOn, BASELINE_DAYS_AFTER);
  const inEpisode = series.filter((p) => p.date >= from);
  const inWindow = inEpisode.findIndex((p) => p.date <= to);
  const index = inWindow >= 0 ? inWindow : inEpisode.length > 0 ? 0 : -1;
  if (index < 0) return { baseline: null, later: [], late: false };
  return { baseline: inEpisode[index] ?? null, later: inEpisode.slice(index + 1), late: inWindow < 0 };
}

function changeClassOf(id: InstrumentId, before: number, after: number): ChangeClass | null {
  try {
    return classifyChange(id, before, after);
  } catch {
    return null;
  }
}

function phqOutcomeOf(id: InstrumentId, before: number, after: number): MeasureEvidence['phq9Outcome'] {
  if (id !== 'PHQ-9') return null;
  try {
    return phq9Outcome(before, after);
  } catch {
    return null;
  }
}

const strip = ({ responseId, date, total, band }: Point): Administration => ({ responseId, date, total, band });

/** One instrument's panel row. */
export function measureEvidence(id: InstrumentId, series: readonly Point[], admittedOn: string, primary: boolean): MeasureEvidence {
  const { baseline, later } = baselineOf(series, admittedOn);
  const administrations = baseline ? [baseline, ...later] : [];
  const latest = administrations.at(-1) ?? null;
  const compared = baseline && latest && later.length > 0 ? { before: baseline.total, after: latest.total } : null;
  return {
    instrumentId: id,
    primary,
    baseline: baseline ? strip(baseline) : null,
    administrations: administrations.map(strip),
    latest: latest ? strip(latest) : null,
    changeFromBaseline: compared ? compared.after - compared.before : null,
    changeClass: compared ? changeClassOf(id, compared.before, compared.after) : null,
    phq9Outcome: compared ? phqOutcomeOf(id, compared.before, compared.after) : null,
  };
}

/** The engine's `primary` input, or null when no primary instrument is named. */
export function primaryInput(instrument: InstrumentId | null, series: readonly Point[], admittedOn: string, asOf: string): PrimaryMeasureInput | null {
  if (instrument === null) return null;
  const { baseline, later, late } = baselineOf(series, admittedOn);
  if (!baseline) return { instrument, baseline: null, scores: [], lastAdministeredDaysAgo: null };
  const last = later.at(-1) ?? baseline;
  return {
    instrument,
    baseline: baseline.total,
    scores: later.map((p) => p.total),
    lastAdministeredDaysAgo: daysAgo(asOf, last.date),
    ...(late ? { lateBaseline: true } : {}),
  };
}
