import { describe, expect, it } from 'vitest';
import { scoreInstrument } from '../../../../shared/instruments';
import type { Answer } from '../../../../shared/instruments';
import { expectInvalid, flagsOf, vectorFor } from './helpers';

describe('GAD-7 bands (Spitzer 2006), both sides of every boundary', () => {
  it.each([
    [0, 'minimal', []],
    [4, 'minimal', []],
    [5, 'mild', []],
    [9, 'mild', []],
    [10, 'moderate', ['above_cutoff_10']],
    [14, 'moderate', ['above_cutoff_10']],
    [15, 'severe', ['above_cutoff_10']],
    [21, 'severe', ['above_cutoff_10']],
  ])('total %i → %s %j', (total, band, flags) => {
    const score = scoreInstrument('GAD-7', vectorFor(total, 7, 3));
    expect([score.total, score.band, flagsOf(score)]).toEqual([total, band, flags]);
  });
});

describe('GAD-7 missing items', () => {
  it.each(['none', 'prorate_if_le2_missing'] as const)('policy %s: one missing → incomplete, no total', (policy) => {
    const score = scoreInstrument('GAD-7', [3, 3, 3, 3, 3, 3, null], { params: { missing_policy: policy } });
    expect([score.total, score.band, flagsOf(score)]).toEqual([null, null, ['incomplete']]);
  });
});

describe('GAD-7 invalid responses', () => {
  it.each<[string, Answer[]]>([
    ['6 answers', [0, 0, 0, 0, 0, 0]],
    ['value 4', [0, 0, 0, 0, 0, 0, 4]],
    ["'no'", ['no', 0, 0, 0, 0, 0, 0]],
  ])('%s', (_name, answers) => {
    expectInvalid(() => scoreInstrument('GAD-7', answers));
  });
});
