import { describe, expect, it } from 'vitest';
import { scoreInstrument } from '../../../../shared/instruments';
import type { Answer } from '../../../../shared/instruments';
import { expectInvalid, flagsOf, vectorFor, withAt } from './helpers';

describe('K10 bands (1–5 coding, ABS 4817.0.55.001), both sides of every boundary', () => {
  it.each([
    [10, 'low'],
    [15, 'low'],
    [16, 'moderate'],
    [21, 'moderate'],
    [22, 'high'],
    [29, 'high'],
    [30, 'very_high'],
    [50, 'very_high'],
  ])('total %i → %s', (total, band) => {
    const score = scoreInstrument('K10', vectorFor(total, 10, 5, 1));
    expect([score.total, score.band, flagsOf(score)]).toEqual([total, band, []]);
  });

  it.each<[string, Answer[]]>([
    ['0 (US 0–4 coding)', withAt(Array<number>(10).fill(1), [1], 0)],
    ['6', withAt(Array<number>(10).fill(1), [1], 6)],
    ['nine answers', Array<number>(9).fill(1)],
  ])('%s is invalid', (_name, answers) => {
    expectInvalid(() => scoreInstrument('K10', answers));
  });

  it('a missing item is incomplete', () => {
    expect(flagsOf(scoreInstrument('K10', withAt<Answer>(Array<number>(10).fill(5), [2], null)))).toEqual(['incomplete']);
  });
});

describe('K6 bands and serious distress flag, both sides of every boundary', () => {
  it.each([
    [0, 'low', []],
    [4, 'low', []],
    [5, 'moderate', []],
    [12, 'moderate', []],
    [13, 'serious', ['serious_psychological_distress_ge13']],
    [24, 'serious', ['serious_psychological_distress_ge13']],
  ])('total %i → %s', (total, band, flags) => {
    const score = scoreInstrument('K6', vectorFor(total, 6, 4));
    expect([score.total, score.band, flagsOf(score)]).toEqual([total, band, flags]);
  });

  it.each<[string, Answer[]]>([
    ['5 (K10 coding)', [5, 0, 0, 0, 0, 0]],
    ['ten answers', Array<number>(10).fill(0)],
  ])('%s is invalid', (_name, answers) => {
    expectInvalid(() => scoreInstrument('K6', answers));
  });
});
