/**
 * Change over time (§1.4, §12, §15.1 of instruments.md): fixed-threshold reliable change, PHQ-9 response/remission,
 * and the Jacobson & Truax (1991, J Consult Clin Psychol 59:12–19) reliable change index and cut-off c.
 */
import { getInstrument } from './registry';
import type { ChangeClass, Direction, InstrumentId } from './types';

/** |RC| must exceed this for p < .05 (Jacobson & Truax 1991). */
const DEFAULT_CRITERION = 1.96;

function requireFinite(name: string, value: number, min = -Infinity, max = Infinity): void {
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new RangeError(`${name} must be a number from ${String(min)} to ${String(max)}, got ${String(value)}`);
  }
}

/** Change in the worsening direction (positive = worse), rounded off float noise from tenth-point scales. */
function worsening(direction: Direction, before: number, after: number): number {
  const raw = direction === 'higher_is_worse' ? after - before : before - after;
  return Math.round(raw * 1e6) / 1e6;
}

/**
 * Reliable change against a fixed threshold (§15.1 defaults; inclusive, §12 "Rule used by vectors"). WHO-5 compares
 * percentages, ORS the 0–40 total. RangeError for instruments without a comparable score or default threshold.
 */
export function classifyChange(id: InstrumentId, before: number, after: number, options?: { thresholdPoints?: number }): ChangeClass {
  const rule = getInstrument(id)?.change;
  const range = rule?.range ?? null;
  if (!rule || range === null) throw new RangeError(`${id} has no score whose change can be classified`);
  const threshold = options?.thresholdPoints ?? rule.reliableChangePoints;
  if (threshold === null) throw new RangeError(`${id} has no default reliable-change threshold; pass thresholdPoints`);
  requireFinite('thresholdPoints', threshold, Number.MIN_VALUE);
  requireFinite('before', before, range.min, range.max);
  requireFinite('after', after, range.min, range.max);
  const worse = worsening(rule.direction, before, after);
  if (worse >= threshold) return 'reliably_deteriorated';
  if (-worse >= threshold) return 'reliably_improved';
  return 'no_reliable_change';
}

/**
 * PHQ-9 response (≥ 50 % reduction, inclusive; undefined — so false — for baseline 0), remission (follow-up < 5)
 * and the original clinically significant change (follow-up ≤ 9 and ≥ 50 %): Psychiatric Services 2020
 * (doi:10.1176/appi.ps.201900295); McMillan, Gilbody, Richards 2010.
 */
export function phq9Outcome(baseline: number, followUp: number): { response: boolean; remission: boolean; clinicallySignificant: boolean } {
  for (const [name, value] of [
    ['baseline', baseline],
    ['followUp', followUp],
  ] as const) {
    if (!Number.isInteger(value) || value < 0 || value > 27) {
      throw new RangeError(`${name} must be a PHQ-9 total 0–27, got ${String(value)}`);
    }
  }
  const response = baseline > 0 && 2 * (baseline - followUp) >= baseline;
  return { response, remission: followUp < 5, clinicallySignificant: response && followUp <= 9 };
}

export interface JacobsonTruaxParams {
  /** SD of pre-treatment (or normative clinical) scores. */
  s1: number;
  /** Reliability (α or test–retest); the choice moves the threshold materially (§12). */
  r_xx: number;
  /** |RC| must exceed this; default 1.96 (p < .05). */
  criterion?: number;
  direction: Direction;
}

export interface JacobsonTruaxResult {
  SE: number;
  S_diff: number;
  RC: number;
  /** Smallest whole-point change whose |RC| exceeds the criterion. */
  min_integer_change: number;
  classification: ChangeClass;
}

/** Jacobson & Truax (1991) reliable change: SE = s1·√(1−r), S_diff = √(2·SE²), RC = (after − before)/S_diff. */
export function jacobsonTruax(before: number, after: number, p: JacobsonTruaxParams): JacobsonTruaxResult {
  const criterion = p.criterion ?? DEFAULT_CRITERION;
  requireFinite('s1', p.s1, Number.MIN_VALUE);
  requireFinite('r_xx', p.r_xx, 0, 1 - Number.EPSILON);
  requireFinite('criterion', criterion, Number.MIN_VALUE);
  requireFinite('before', before);
  requireFinite('after', after);
  const SE = p.s1 * Math.sqrt(1 - p.r_xx);
  // s1·√(2(1−r)) is √(2·SE²) without squaring a rounded square root.
  const S_diff = p.s1 * Math.sqrt(2 * (1 - p.r_xx));
  const RC = (after - before) / S_diff;
  const improving = p.direction === 'higher_is_worse' ? -RC : RC;
  let classification: ChangeClass = 'no_reliable_change';
  if (improving > criterion) classification = 'reliably_improved';
  else if (-improving > criterion) classification = 'reliably_deteriorated';
  // Strictly greater than criterion·S_diff, so an exact integer threshold needs one point more than ceil() gives.
  const min_integer_change = Math.floor(criterion * S_diff) + 1;
  return { SE, S_diff, RC, min_integer_change, classification };
}

/** Jacobson & Truax cut-off c = (s0·M1 + s1·M0)/(s0 + s1), preferred when the distributions overlap (§12). */
export function clinicalCutoff(p: { M0: number; s0: number; M1: number; s1: number }): number {
  requireFinite('M0', p.M0);
  requireFinite('M1', p.M1);
  requireFinite('s0', p.s0, Number.MIN_VALUE);
  requireFinite('s1', p.s1, Number.MIN_VALUE);
  return (p.s0 * p.M1 + p.s1 * p.M0) / (p.s0 + p.s1);
}

/**
 * Jacobson & Truax (1991) classification: recovered = reliable improvement and the post score on the functional side
 * of the cut-off (strictly, as c is rarely an integer); improved; unchanged; deteriorated.
 */
export function clinicalSignificance(
  change: ChangeClass,
  after: number,
  cutoff: number,
  direction: Direction,
): 'recovered' | 'improved' | 'unchanged' | 'deteriorated' {
  if (change === 'reliably_deteriorated') return 'deteriorated';
  if (change === 'no_reliable_change') return 'unchanged';
  const functional = direction === 'higher_is_worse' ? after < cutoff : after > cutoff;
  return functional ? 'recovered' : 'improved';
}
