import { describe, expect, it } from 'vitest';
import { scoreInstrument } from '../../../../shared/instruments';
import type { Answer } from '../../../../shared/instruments';
import { expectInvalid, vectorFor } from './helpers';

describe('WSAS bands, both sides of every boundary (progress.md §8)', () => {
  it.each([
    [0, 'subclinical'],
    [9, 'subclinical'],
    [10, 'significant_impairment'],
    [20, 'significant_impairment'],
    [21, 'moderately_severe_or_worse'],
    [40, 'moderately_severe_or_worse'],
  ])('total %i → %s', (total, band) => {
    expect(scoreInstrument('WSAS', vectorFor(total, 5, 8))).toMatchObject({ total, band, flags: [] });
  });

  it('a missing item leaves no total; 9 is not an answer', () => {
    expect(scoreInstrument('WSAS', [1, 2, 3, 4, null])).toMatchObject({ total: null, band: null, flags: ['incomplete'] });
    expectInvalid(() => scoreInstrument('WSAS', [9, 0, 0, 0, 0]));
  });
});

describe('WHODAS 2.0 12-item simple score: none 1 … extreme 5 summed, 12–60', () => {
  it.each<[Answer[], number | null]>([
    [Array<Answer>(12).fill(1), 12],
    [Array<Answer>(12).fill(5), 60],
    [[2, 3, 1, 1, 4, 2, 1, 1, 3, 2, 1, 5], 26],
    [[...Array<Answer>(11).fill(1), null], null],
  ])('%j → %s', (answers, total) => {
    expect(scoreInstrument('WHODAS-12', answers)).toMatchObject({ total, band: null });
  });

  it('0 is not an answer (none is 1)', () => {
    expectInvalid(() => scoreInstrument('WHODAS-12', [0, ...Array<Answer>(11).fill(1)]));
  });
});
