import {
  alertReason,
  classifyChange,
  getInstrument,
  item9Positive,
  item9Text,
  phq9Outcome,
  type ChangeClass,
  type InstrumentDefinition,
  type InstrumentId,
} from '../../../shared/instruments';
import type { MeasureResponse } from './measure-records';
import { RANGES, type TrajectoryRange } from '../../charts';

export interface TrajectoryPoint {
  readonly id: string;
  readonly completedAt: string;
  readonly total: number;
  readonly band: string | null;
  readonly bandLabel: string;
  /** Reliable change against the baseline (first response); null for the baseline itself or without a threshold. */
  readonly change: ChangeClass | null;
  /** PHQ-9 only: ≥50 % reduction from baseline. */
  readonly response: boolean;
  /** PHQ-9 only: total below 5. */
  readonly remission: boolean;
  /** PHQ-9 item 9 above 0 or not answered, in words ("item 9 (thoughts of self-harm) 2 of 3"); null otherwise. */
  readonly item9Flag: string | null;
  /** Recorded while a safety alert is open (an unanswered alert dated on or before it): its outcome never reads alone. */
  readonly openAlert: boolean;
}

export interface BandBox {
  readonly id: string;
  readonly label: string;
  readonly yMin: number;
  readonly yMax: number;
  /** 0 = least severe … 1 = most severe, for the colour scale. */
  readonly severity: number;
}

export interface Trajectory {
  readonly instrumentId: InstrumentId;
  readonly title: string;
  readonly baseline: number | null;
  /** Points inside the range, oldest first. */
  readonly points: readonly TrajectoryPoint[];
  readonly bands: readonly BandBox[];
  readonly yRange: { readonly min: number; readonly max: number };
  /** Status of the latest response against baseline: e.g. "reliably improved", "response", "remission", and
   *  "safety alert open" beside them while the client has an unanswered alert. */
  readonly badges: readonly string[];
  /** Why the client's open safety alerts were raised, in words; empty when none is open. */
  readonly openAlerts: readonly string[];
}

export const ALERT_OPEN = 'safety alert open';

const CHANGE_WORDS: Readonly<Record<ChangeClass, string>> = {
  reliably_improved: 'reliably improved',
  no_reliable_change: 'no reliable change',
  reliably_deteriorated: 'reliably deteriorated',
};

/** Words for a reliable-change class. */
export function changeWords(change: ChangeClass): string {
  return CHANGE_WORDS[change];
}

/** Instruments with a total that trends (C-SSRS has levels, not totals), in first-administered order. */
export function trendedInstruments(responses: readonly MeasureResponse[]): readonly InstrumentId[] {
  const ids = responses.filter((r) => r.total !== null && getInstrument(r.instrumentId)?.scoring.totalRange).map((r) => r.instrumentId);
  return [...new Set(ids)];
}

function bandBoxes(def: InstrumentDefinition): readonly BandBox[] {
  const last = Math.max(1, def.bands.length - 1);
  return def.bands.map((b, i) => ({ id: b.id, label: b.label, yMin: b.min, yMax: def.bands[i + 1]?.min ?? b.max, severity: i / last }));
}

function pointOf(
  def: InstrumentDefinition,
  r: MeasureResponse & { total: number },
  baseline: number,
  isBaseline: boolean,
  alerts: readonly MeasureResponse[],
): TrajectoryPoint {
  const canChange = !isBaseline && def.change.reliableChangePoints !== null && def.change.measure === 'total';
  const outcome = !isBaseline && def.id === 'PHQ-9' && baseline > 0 ? phq9Outcome(baseline, r.total) : null;
  return {
    id: r.id,
    completedAt: r.completedAt,
    total: r.total,
    band: r.band,
    bandLabel: def.bands.find((b) => b.id === r.band)?.label ?? '—',
    change: canChange ? classifyChange(def.id, baseline, r.total) : null,
    response: outcome?.response ?? false,
    remission: outcome?.remission ?? false,
    item9Flag: item9Positive(r) ? item9Text(r) : null,
    openAlert: alerts.some((a) => a.completedAt <= r.completedAt),
  };
}

function outcomeWords(p: TrajectoryPoint): string[] {
  if (!p.change) return [];
  return [changeWords(p.change), ...(p.response ? ['response'] : []), ...(p.remission ? ['remission'] : [])];
}

/** A point's change against baseline in words, for its table row; a point recorded while an alert is open says so. */
export function changeText(p: TrajectoryPoint, isBaseline: boolean): string {
  const words = [...(isBaseline ? ['baseline'] : outcomeWords(p)), ...(p.openAlert ? [ALERT_OPEN] : [])];
  return words.length ? words.join(', ') : '—';
}

function withinRange(completedAt: string, range: TrajectoryRange, now: Date): boolean {
  const days = RANGES.find((r) => r.value === range)?.days ?? null;
  return days === null || new Date(completedAt).getTime() >= now.getTime() - days * 86_400_000;
}

/**
 * One instrument's trajectory: baseline = the first current response ever (not the first in range), each point's band
 * and reliable change against it, and badges for the latest response. `responses` are current (not superseded);
 * `openAlerts` are the client's unanswered alerts, shown beside response and remission (never left out).
 */
export function buildTrajectory(
  id: InstrumentId,
  responses: readonly MeasureResponse[],
  range: TrajectoryRange,
  now: Date,
  openAlerts: readonly MeasureResponse[] = [],
): Trajectory | null {
  const def = getInstrument(id);
  const totalRange = def?.scoring.totalRange;
  if (!def || !totalRange) return null;
  const scored = responses
    .filter((r): r is MeasureResponse & { total: number } => r.instrumentId === id && r.total !== null)
    .sort((a, b) => a.completedAt.localeCompare(b.completedAt));
  const baseline = scored[0]?.total ?? null;
  const all = scored.map((r, i) => pointOf(def, r, baseline ?? 0, i === 0, openAlerts));
  const latest = all.at(-1);
  return {
    instrumentId: id,
    title: def.title,
    baseline,
    points: all.filter((p) => withinRange(p.completedAt, range, now)),
    bands: bandBoxes(def),
    yRange: totalRange,
    badges: [...(latest ? outcomeWords(latest) : []), ...(openAlerts.length ? [ALERT_OPEN] : [])],
    openAlerts: openAlerts.map(alertReason),
  };
}
