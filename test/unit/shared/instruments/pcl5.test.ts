import { describe, expect, it } from 'vitest';
import { scoreInstrument } from '../../../../shared/instruments';
import type { Answer } from '../../../../shared/instruments';
import { expectInvalid, flagsOf, vectorFor, withAt } from './helpers';

const zeros: number[] = Array<number>(20).fill(0);
/** Spreads a total with at most 1 per item first, so no symptom is endorsed (≥2) until the total passes 20. */
const spread = (total: number): number[] => zeros.map((_, index) => Math.floor(total / 20) + (index < total % 20 ? 1 : 0));

describe('PCL-5 cut-off (default 33), both sides', () => {
  it.each([
    [0, 'below_cutoff', []],
    [32, 'below_cutoff', []],
    [33, 'probable_ptsd', ['above_cutoff']],
    [80, 'probable_ptsd', ['above_cutoff', 'dsm5_provisional_criteria_met']],
  ])('total %i → %s', (total, band, flags) => {
    const score = scoreInstrument('PCL-5', spread(total));
    expect([score.total, score.band, flagsOf(score)]).toEqual([total, band, flags]);
  });

  it.each([
    [30, 'below_cutoff', []],
    [31, 'probable_ptsd', ['above_cutoff']],
  ])('with cut-off 31, total %i → %s', (total, band, flags) => {
    const score = scoreInstrument('PCL-5', spread(total), { params: { cutoff: 31 } });
    expect([score.band, flagsOf(score)]).toEqual([band, flags]);
  });
});

describe('PCL-5 clusters', () => {
  it('sums B 1–5, C 6–7, D 8–14, E 15–20', () => {
    //               B: 1–5         C: 6–7  D: 8–14               E: 15–20
    const answers = [1, 2, 3, 4, 0, 1, 2, 3, 4, 0, 1, 2, 3, 4, 0, 1, 2, 3, 4, 0];
    const score = scoreInstrument('PCL-5', answers);
    expect(score.subscales).toEqual({ B: 10, C: 3, D: 17, E: 10 });
    expect(score.total).toBe(40);
  });
});

// Minimal DSM-5 pattern: 1 B, 1 C, 2 D, 2 E at 2 ("Moderately") → total 12, below the cut-off.
const minimalDsm = withAt(zeros, [1, 6, 8, 9, 15, 16], 2);

describe('PCL-5 DSM-5 rule (independent of the total)', () => {
  it.each<[string, number[], boolean]>([
    ['met with a low total', minimalDsm, true],
    ['B item at 1 instead of 2', withAt(minimalDsm, [1], 1), false],
    ['no C item (no avoidance)', withAt(minimalDsm, [6], 0), false],
    ['only one D item', withAt(minimalDsm, [9], 0), false],
    ['only one E item', withAt(minimalDsm, [16], 0), false],
    ['other C item works', withAt(withAt(minimalDsm, [6], 0), [7], 2), true],
  ])('%s → %s', (_name, answers, met) => {
    expect(scoreInstrument('PCL-5', answers).flags.includes('dsm5_provisional_criteria_met')).toBe(met);
  });

  it('a high total without avoidance is above the cut-off but not DSM-5', () => {
    const answers = withAt(Array<number>(20).fill(4), [6, 7], 0);
    const score = scoreInstrument('PCL-5', answers);
    expect([score.total, score.band, flagsOf(score)]).toEqual([72, 'probable_ptsd', ['above_cutoff']]);
  });
});

describe('PCL-5 missing items', () => {
  it('any missing item: total null, flag incomplete, complete clusters still reported', () => {
    const score = scoreInstrument('PCL-5', [null, ...vectorFor(19, 19, 1)], { params: { missing_policy: 'prorate_if_le2_missing' } });
    expect([score.total, score.band, flagsOf(score)]).toEqual([null, null, ['incomplete']]);
    expect(score.subscales).toEqual({ C: 2, D: 7, E: 6 });
  });

  it('the DSM-5 rule still fires when the answered items meet it', () => {
    const answers: Answer[] = withAt<Answer>(minimalDsm, [20], null);
    expect(flagsOf(scoreInstrument('PCL-5', answers))).toEqual(['dsm5_provisional_criteria_met', 'incomplete']);
  });
});

describe('PCL-5 invalid responses', () => {
  it.each<[string, Answer[]]>([
    ['19 answers', zeros.slice(1)],
    ['value 5', withAt(zeros, [3], 5)],
    ['boolean', withAt<Answer>(zeros, [3], true)],
  ])('%s', (_name, answers) => {
    expectInvalid(() => scoreInstrument('PCL-5', answers));
  });
});
