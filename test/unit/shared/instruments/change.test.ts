import { describe, expect, it } from 'vitest';
import { classifyChange, clinicalCutoff, clinicalSignificance, jacobsonTruax, phq9Outcome } from '../../../../shared/instruments';
import type { ChangeClass, InstrumentId } from '../../../../shared/instruments';

describe('classifyChange with the §15.1 defaults (inclusive)', () => {
  it.each<[InstrumentId, number, number, ChangeClass]>([
    ['PHQ-9', 20, 14, 'reliably_improved'],
    ['PHQ-9', 20, 15, 'no_reliable_change'],
    ['PHQ-9', 10, 16, 'reliably_deteriorated'],
    ['PHQ-9', 10, 15, 'no_reliable_change'],
    ['PHQ-9', 12, 12, 'no_reliable_change'],
    ['GAD-7', 15, 11, 'reliably_improved'],
    ['GAD-7', 15, 12, 'no_reliable_change'],
    ['GAD-7', 5, 9, 'reliably_deteriorated'],
    ['GAD-7', 5, 8, 'no_reliable_change'],
    ['GAD-7', 5, 11, 'reliably_deteriorated'], // +6: reliable under 4 and 6 alike
    ['PCL-5', 50, 40, 'reliably_improved'],
    ['PCL-5', 50, 41, 'no_reliable_change'],
    ['PCL-5', 52, 30, 'reliably_improved'],
    ['PCL-5', 40, 36, 'no_reliable_change'],
    ['PCL-5', 30, 40, 'reliably_deteriorated'],
    ['WHO-5', 40, 50, 'reliably_improved'],
    ['WHO-5', 40, 48, 'no_reliable_change'],
    ['WHO-5', 60, 50, 'reliably_deteriorated'],
    ['WHO-5', 60, 52, 'no_reliable_change'],
    ['ORS', 20, 25, 'reliably_improved'],
    ['ORS', 20, 24.9, 'no_reliable_change'],
    ['ORS', 30.1, 25.1, 'reliably_deteriorated'],
    ['ORS', 30.1, 25.2, 'no_reliable_change'],
    ['K10', 30, 23, 'reliably_improved'],
    ['K10', 30, 24, 'no_reliable_change'],
    ['K10', 20, 27, 'reliably_deteriorated'],
  ])('%s %d → %d: %s', (id, before, after, expected) => {
    expect(classifyChange(id, before, after)).toBe(expected);
  });
});

describe('classifyChange with an explicit threshold', () => {
  it.each<[InstrumentId, number, number, number, ChangeClass]>([
    ['GAD-7', 15, 11, 6, 'no_reliable_change'],
    ['GAD-7', 15, 9, 6, 'reliably_improved'],
    ['GAD-7', 5, 11, 6, 'reliably_deteriorated'],
    ['PHQ-9', 20, 15, 5, 'reliably_improved'],
    ['PHQ-2', 6, 3, 3, 'reliably_improved'],
    ['AUDIT', 20, 12, 8, 'reliably_improved'],
  ])('%s %d → %d at %d points: %s', (id, before, after, thresholdPoints, expected) => {
    expect(classifyChange(id, before, after, { thresholdPoints })).toBe(expected);
  });

  it.each<[string, () => unknown]>([
    ['no default threshold (PHQ-2)', () => classifyChange('PHQ-2', 6, 0)],
    ['no total (C-SSRS)', () => classifyChange('C-SSRS-Screener', 1, 0, { thresholdPoints: 1 })],
    ['no total (DASS-21)', () => classifyChange('DASS-21', 20, 10, { thresholdPoints: 5 })],
    ['score above range', () => classifyChange('PHQ-9', 28, 10)],
    ['WHO-5 raw-looking percentage out of range', () => classifyChange('WHO-5', 101, 50)],
    ['K10 below its 10 minimum', () => classifyChange('K10', 9, 20)],
    ['zero threshold', () => classifyChange('PHQ-9', 20, 10, { thresholdPoints: 0 })],
    ['NaN score', () => classifyChange('PHQ-9', Number.NaN, 10)],
  ])('%s → RangeError', (_name, run) => {
    expect(run).toThrow(RangeError);
  });
});

describe('phq9Outcome (§1.4)', () => {
  it.each<[number, number, boolean, boolean, boolean]>([
    [20, 10, true, false, false], // exactly 50 % counts; 10 > 9
    [18, 9, true, false, true],
    [20, 11, false, false, false],
    [10, 5, true, false, true], // 5 is not < 5
    [10, 4, true, true, true],
    [9, 5, false, false, false], // 44 %
    [4, 4, false, true, false],
    [0, 0, false, true, false], // response undefined for baseline 0
    [5, 12, false, false, false],
  ])('%i → %i: response %s, remission %s, clinically significant %s', (baseline, followUp, response, remission, clinicallySignificant) => {
    expect(phq9Outcome(baseline, followUp)).toEqual({ response, remission, clinicallySignificant });
  });

  it.each([
    [-1, 0],
    [28, 0],
    [10, 2.5],
  ])('%d → %d is a RangeError', (baseline, followUp) => {
    expect(() => phq9Outcome(baseline, followUp)).toThrow(RangeError);
  });
});

describe('jacobsonTruax (§12 worked example, illustrative parameters)', () => {
  it('s1 = 5, r = 0.84 → SE 2.0, S_diff 2.828, needs ≥ 6 points', () => {
    const result = jacobsonTruax(20, 14, { s1: 5, r_xx: 0.84, direction: 'higher_is_worse' });
    expect(result.SE).toBeCloseTo(2.0, 6);
    expect(result.S_diff).toBeCloseTo(2.828, 3);
    expect(result.RC).toBeCloseTo(-2.121, 3);
    expect(result.min_integer_change).toBe(6);
    expect(result.classification).toBe('reliably_improved');
  });

  it('α = 0.89 → SE 1.66, S_diff 2.35, needs ≥ 5 points', () => {
    const result = jacobsonTruax(20, 15, { s1: 5, r_xx: 0.89, direction: 'higher_is_worse' });
    expect(result.SE).toBeCloseTo(1.66, 2);
    expect(result.S_diff).toBeCloseTo(2.35, 2);
    expect(result.min_integer_change).toBe(5);
    expect(result.classification).toBe('reliably_improved');
  });

  it.each<[number, number, 'higher_is_worse' | 'higher_is_better', ChangeClass]>([
    [20, 15, 'higher_is_worse', 'no_reliable_change'],
    [10, 16, 'higher_is_worse', 'reliably_deteriorated'],
    [10, 15, 'higher_is_worse', 'no_reliable_change'],
    [40, 46, 'higher_is_better', 'reliably_improved'],
    [40, 34, 'higher_is_better', 'reliably_deteriorated'],
    [40, 45, 'higher_is_better', 'no_reliable_change'],
  ])('s1 5, r 0.84: %d → %d (%s) = %s', (before, after, direction, expected) => {
    expect(jacobsonTruax(before, after, { s1: 5, r_xx: 0.84, direction }).classification).toBe(expected);
  });

  it('|RC| equal to the criterion is not reliable; min_integer_change is one more', () => {
    // s1 3, r 0.5 → S_diff exactly 3; criterion 2 → threshold exactly 6 points.
    const at = jacobsonTruax(10, 4, { s1: 3, r_xx: 0.5, criterion: 2, direction: 'higher_is_worse' });
    expect([at.S_diff, at.RC, at.classification, at.min_integer_change]).toEqual([3, -2, 'no_reliable_change', 7]);
    expect(jacobsonTruax(10, 3, { s1: 3, r_xx: 0.5, criterion: 2, direction: 'higher_is_worse' }).classification).toBe('reliably_improved');
  });

  it.each([[{ s1: 0, r_xx: 0.8 }], [{ s1: 5, r_xx: 1 }], [{ s1: 5, r_xx: -0.1 }], [{ s1: 5, r_xx: 0.8, criterion: 0 }]])('%j → RangeError', (p) => {
    expect(() => jacobsonTruax(10, 5, { ...p, direction: 'higher_is_worse' })).toThrow(RangeError);
  });
});

describe('clinicalCutoff (Jacobson–Truax c)', () => {
  it('M0 2.9, s0 3.5, M1 15, s1 5 → 7.88 (§12)', () => {
    expect(clinicalCutoff({ M0: 2.9, s0: 3.5, M1: 15, s1: 5 })).toBeCloseTo(7.88, 2);
  });

  it('equal SDs → midpoint of the means', () => {
    expect(clinicalCutoff({ M0: 10, s0: 4, M1: 30, s1: 4 })).toBe(20);
  });

  it.each([[{ M0: 2.9, s0: 0, M1: 15, s1: 5 }], [{ M0: 2.9, s0: 3.5, M1: 15, s1: -1 }]])('%j → RangeError', (p) => {
    expect(() => clinicalCutoff(p)).toThrow(RangeError);
  });
});

describe('clinicalSignificance (Jacobson–Truax categories)', () => {
  it.each<[ChangeClass, number, number, 'higher_is_worse' | 'higher_is_better', string]>([
    ['reliably_improved', 7, 7.88, 'higher_is_worse', 'recovered'],
    ['reliably_improved', 8, 7.88, 'higher_is_worse', 'improved'],
    ['reliably_improved', 30, 25, 'higher_is_better', 'recovered'],
    ['reliably_improved', 25, 25, 'higher_is_better', 'improved'],
    ['no_reliable_change', 2, 7.88, 'higher_is_worse', 'unchanged'],
    ['reliably_deteriorated', 20, 7.88, 'higher_is_worse', 'deteriorated'],
  ])('%s, post %d vs c %d (%s) → %s', (change, after, cutoff, direction, expected) => {
    expect(clinicalSignificance(change, after, cutoff, direction)).toBe(expected);
  });
});
