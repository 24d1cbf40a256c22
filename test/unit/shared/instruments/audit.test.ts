import { describe, expect, it } from 'vitest';
import { scoreInstrument } from '../../../../shared/instruments';
import type { Answer } from '../../../../shared/instruments';
import { expectInvalid, flagsOf, withAt } from './helpers';

/** Totals on items 1–8 only (items 9–10 answered 0), filled greedily. */
const forTotal = (total: number): number[] => [...Array.from({ length: 8 }, (_, index) => Math.min(4, Math.max(0, total - 4 * index))), 0, 0];

describe('AUDIT zones (WHO manual), both sides of every boundary', () => {
  it.each([
    [0, 'zone_I_low_risk', []],
    [7, 'zone_I_low_risk', []],
    [8, 'zone_II_hazardous', ['above_cutoff_8']],
    [15, 'zone_II_hazardous', ['above_cutoff_8']],
    [16, 'zone_III_harmful', ['above_cutoff_8']],
    [19, 'zone_III_harmful', ['above_cutoff_8']],
    [20, 'zone_IV_possible_dependence', ['above_cutoff_8']],
    [32, 'zone_IV_possible_dependence', ['above_cutoff_8']],
  ])('total %i → %s', (total, band, flags) => {
    const score = scoreInstrument('AUDIT', forTotal(total));
    expect([score.total, score.band, flagsOf(score)]).toEqual([total, band, flags]);
  });

  it('maximum 40 with items 9–10 at 4', () => {
    expect(scoreInstrument('AUDIT', Array<number>(10).fill(4)).band).toBe('zone_IV_possible_dependence');
  });
});

describe('AUDIT sub-scores', () => {
  it('consumption 1–3, dependence 4–6, harm 7–10', () => {
    const score = scoreInstrument('AUDIT', [4, 3, 2, 1, 1, 1, 0, 1, 2, 4]);
    expect(score.subscales).toEqual({ consumption: 9, dependence: 3, harm: 7 });
    expect(score.total).toBe(19);
  });
});

describe('AUDIT skip logic (§0.6, §5.1)', () => {
  it.each<[string, Answer[], number | null, string[]]>([
    ['item 1 Never: items 2–8 not asked score 0', [0, null, null, null, null, null, null, null, 2, 0], 2, []],
    ['items 2+3 = 0: items 4–8 not asked score 0', [1, 0, 0, null, null, null, null, null, 0, 4], 5, []],
    ['item 2 not asked without a skip: incomplete', [2, null, 0, 0, 0, 0, 0, 0, 0, 0], null, ['incomplete']],
    ['item 4 not asked when item 3 > 0: incomplete', [2, 0, 1, null, 0, 0, 0, 0, 0, 0], null, ['incomplete']],
    ['items 9–10 are never skipped', [0, null, null, null, null, null, null, null, null, 0], null, ['incomplete']],
    ['an answered item after a skip keeps its score', [0, null, null, null, null, null, null, 4, 4, 4], 12, ['above_cutoff_8']],
  ])('%s', (_name, answers, total, flags) => {
    const score = scoreInstrument('AUDIT', answers);
    expect([score.total, flagsOf(score)]).toEqual([total, flags]);
  });
});

describe('AUDIT invalid responses', () => {
  it.each<[string, Answer[]]>([
    ['item 9 = 1 (only 0, 2, 4 allowed)', withAt(forTotal(0), [9], 1)],
    ['item 9 = 3', withAt(forTotal(0), [9], 3)],
    ['item 10 = 1', withAt(forTotal(0), [10], 1)],
    ['item 1 = 5', withAt(forTotal(0), [1], 5)],
    ['9 answers', forTotal(0).slice(1)],
  ])('%s', (_name, answers) => {
    expectInvalid(() => scoreInstrument('AUDIT', answers));
  });
});

describe('AUDIT-C (§5.3): ≥4 men, ≥3 women, sex unknown uses 3', () => {
  it.each<[Answer[], 'female' | 'male' | undefined, string, string[]]>([
    [[1, 1, 0], 'female', 'negative_screen', []],
    [[1, 1, 1], 'female', 'positive_screen', ['screen_positive']],
    [[1, 1, 1], 'male', 'negative_screen', []],
    [[2, 1, 1], 'male', 'positive_screen', ['screen_positive']],
    [[1, 1, 0], undefined, 'negative_screen', []],
    [[1, 1, 1], undefined, 'positive_screen', ['screen_positive']],
    [[4, 4, 4], 'male', 'positive_screen', ['screen_positive']],
  ])('%j, sex %s → %s', (answers, sex, band, flags) => {
    const score = scoreInstrument('AUDIT-C', answers, sex ? { context: { sex } } : undefined);
    expect([score.band, flagsOf(score)]).toEqual([band, flags]);
  });

  it.each([
    [4, 'negative_screen'],
    [5, 'positive_screen'],
  ])('an explicit cut-off 5 (UK practice) overrides sex: total %i → %s', (total, band) => {
    const answers = [Math.min(total, 4), Math.max(total - 4, 0), 0];
    expect(scoreInstrument('AUDIT-C', answers, { params: { cutoff: 5 }, context: { sex: 'female' } }).band).toBe(band);
  });

  it('item 1 Never: items 2–3 not asked score 0', () => {
    const score = scoreInstrument('AUDIT-C', [0, null, null]);
    expect([score.total, score.band, flagsOf(score)]).toEqual([0, 'negative_screen', []]);
  });

  it('a missing item otherwise is incomplete', () => {
    expect(flagsOf(scoreInstrument('AUDIT-C', [2, null, 1]))).toEqual(['incomplete']);
  });

  it.each<[string, Answer[]]>([
    ['value 5', [5, 0, 0]],
    ['four answers', [0, 0, 0, 0]],
  ])('%s is invalid', (_name, answers) => {
    expectInvalid(() => scoreInstrument('AUDIT-C', answers));
  });
});
