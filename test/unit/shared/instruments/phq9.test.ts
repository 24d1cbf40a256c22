import { describe, expect, it } from 'vitest';
import { scoreInstrument } from '../../../../shared/instruments';
import type { Answer } from '../../../../shared/instruments';
import { expectInvalid, flagsOf, vectorFor } from './helpers';

// Item 9 stays 0 (last item) so band tests do not depend on the safety flag.
const forTotal = (total: number): number[] => vectorFor(total, 9, 3);

describe('PHQ-9 bands (Kroenke 2001), both sides of every boundary', () => {
  it.each([
    [0, 'minimal'],
    [4, 'minimal'],
    [5, 'mild'],
    [9, 'mild'],
    [10, 'moderate'],
    [14, 'moderate'],
    [15, 'moderately_severe'],
    [19, 'moderately_severe'],
    [20, 'severe'],
    [27, 'severe'],
  ])('total %i → %s', (total, band) => {
    const score = scoreInstrument('PHQ-9', forTotal(total));
    expect(score.total).toBe(total);
    expect(score.band).toBe(band);
  });
});

describe('PHQ-9 flags', () => {
  it.each<[string, Answer[], string[]]>([
    ['item 9 = 1 with total 1 still flags (§0.4)', [0, 0, 0, 0, 0, 0, 0, 0, 1], ['self_harm_item9']],
    ['item 9 = 3', [0, 0, 0, 0, 0, 0, 0, 0, 3], ['self_harm_item9']],
    ['item 9 = 0, total 9: nothing', [3, 3, 3, 0, 0, 0, 0, 0, 0], []],
    ['total 10 → above_cutoff_10', [3, 3, 3, 1, 0, 0, 0, 0, 0], ['above_cutoff_10']],
    ['total 9 → not above cut-off', [3, 3, 2, 1, 0, 0, 0, 0, 0], []],
    ['all 3 → both', Array<number>(9).fill(3), ['above_cutoff_10', 'self_harm_item9']],
  ])('%s', (_name, answers, flags) => {
    expect(flagsOf(scoreInstrument('PHQ-9', answers))).toEqual(flags);
  });
});

describe('PHQ-9 missing items (§1.6)', () => {
  const prorate = { params: { missing_policy: 'prorate_if_le2_missing' } } as const;

  it.each<[string, Answer[], number | null, string | null, string[]]>([
    // 16 × 9 / 8 = 18 exactly.
    ['one missing, prorated', [2, 2, 2, 2, 2, 2, 2, null, 2], 18, 'moderately_severe', ['above_cutoff_10', 'prorated', 'self_harm_item9']],
    // 4 × 9 / 8 = 4.5 → rounds half up to 5 (mild, not minimal).
    ['half rounds up', [1, 1, 1, 1, null, 0, 0, 0, 0], 5, 'mild', ['prorated']],
    // 7 × 9 / 7 = 9.
    ['two missing, prorated', [1, 1, 1, 1, 1, 1, 1, null, null], 9, 'mild', ['item9_unanswered', 'prorated']],
    // 6 × 9 / 7 = 7.71 → 8.
    ['two missing rounds to nearest', [1, 1, 1, 1, 1, 1, 0, null, null], 8, 'mild', ['item9_unanswered', 'prorated']],
    ['three missing: incomplete', [3, 3, 3, 3, 3, 3, null, null, null], null, null, ['incomplete', 'item9_unanswered']],
  ])('%s', (_name, answers, total, band, flags) => {
    const score = scoreInstrument('PHQ-9', answers, prorate);
    expect([score.total, score.band, flagsOf(score)]).toEqual([total, band, flags]);
  });

  it('without a prorating policy any missing item leaves the total null', () => {
    const score = scoreInstrument('PHQ-9', [2, 2, 2, 2, 2, 2, 2, 2, null]);
    expect([score.total, score.band, flagsOf(score)]).toEqual([null, null, ['incomplete', 'item9_unanswered']]);
  });

  it('never imputes item 9 into the safety flag', () => {
    const score = scoreInstrument('PHQ-9', [3, 3, 3, 3, 3, 3, 3, 3, null], prorate);
    expect(score.total).toBe(27);
    expect(score.flags).not.toContain('self_harm_item9');
    expect(score.flags).toContain('item9_unanswered');
  });
});

describe('PHQ-9 functional difficulty (never scored)', () => {
  it.each([0, 1, 2, 3])('difficulty %i leaves the total unchanged', (difficulty) => {
    expect(scoreInstrument('PHQ-9', forTotal(7), { context: { difficulty } }).total).toBe(7);
  });
  it.each([-1, 4, 1.5])('difficulty %d is rejected', (difficulty) => {
    expectInvalid(() => scoreInstrument('PHQ-9', forTotal(7), { context: { difficulty } }));
  });
});

describe('PHQ-9 invalid responses', () => {
  it.each<[string, Answer[]]>([
    ['8 answers', Array<number>(8).fill(0)],
    ['10 answers', Array<number>(10).fill(0)],
    ['value 4', [4, 0, 0, 0, 0, 0, 0, 0, 0]],
    ['value −1', [0, 0, 0, 0, 0, 0, 0, 0, -1]],
    ['fraction', [1.5, 0, 0, 0, 0, 0, 0, 0, 0]],
    ['boolean', [true, 0, 0, 0, 0, 0, 0, 0, 0]],
    ['yes/no', ['yes', 0, 0, 0, 0, 0, 0, 0, 0]],
    ['NaN', [Number.NaN, 0, 0, 0, 0, 0, 0, 0, 0]],
  ])('%s throws invalid_response', (_name, answers) => {
    expectInvalid(() => scoreInstrument('PHQ-9', answers));
  });

  it('names the item at fault', () => {
    expect(() => scoreInstrument('PHQ-9', [0, 0, 0, 0, 0, 0, 0, 0, 7])).toThrow(expect.objectContaining({ itemId: 'phq9_9' }) as Error);
  });

  it('has no configurable cut-off: its flag names the threshold', () => {
    expect(() => scoreInstrument('PHQ-9', forTotal(3), { params: { cutoff: 8 } })).toThrow(RangeError);
  });
});
