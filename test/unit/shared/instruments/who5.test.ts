import { describe, expect, it } from 'vitest';
import { scoreInstrument } from '../../../../shared/instruments';
import type { Answer } from '../../../../shared/instruments';
import { expectInvalid, flagsOf } from './helpers';

describe('WHO-5 bands on percentage = raw × 4, both sides of every boundary', () => {
  it.each<[Answer[], number, number, string, string[]]>([
    [[0, 0, 0, 0, 0], 0, 0, 'likely_depression', ['mdi_followup_recommended']],
    [[2, 2, 2, 1, 0], 7, 28, 'likely_depression', ['mdi_followup_recommended']],
    [[2, 2, 2, 2, 0], 8, 32, 'poor_wellbeing', ['mdi_followup_recommended']],
    [[3, 3, 2, 2, 2], 12, 48, 'poor_wellbeing', ['mdi_followup_recommended']],
    [[3, 3, 3, 2, 2], 13, 52, 'above_cutoff', []],
    [[5, 5, 5, 5, 5], 25, 100, 'above_cutoff', []],
  ])('%j → raw %i, %i %%, %s', (answers, total, percentage, band, flags) => {
    const score = scoreInstrument('WHO-5', answers);
    expect([score.total, score.percentage, score.band, flagsOf(score)]).toEqual([total, percentage, band, flags]);
  });
});

describe('WHO-5 mdi_followup_recommended: raw < 13 or any item 0 or 1', () => {
  it.each<[string, Answer[], boolean]>([
    ['raw 13, items all ≥ 2', [3, 3, 3, 2, 2], false],
    ['raw 12, items all ≥ 2', [2, 2, 2, 3, 3], true],
    ['raw 21 but one item 1', [5, 5, 5, 5, 1], true],
    ['raw 20 but one item 0', [5, 5, 5, 5, 0], true],
    ['raw 22, lowest item 2', [5, 5, 5, 5, 2], false],
  ])('%s → %s', (_name, answers, fires) => {
    expect(scoreInstrument('WHO-5', answers).flags.includes('mdi_followup_recommended')).toBe(fires);
  });

  it('a missing item: no score, but an answered low item still flags', () => {
    const score = scoreInstrument('WHO-5', [5, 5, 5, 1, null]);
    expect([score.total, score.percentage, score.band, flagsOf(score)]).toEqual([null, undefined, null, ['incomplete', 'mdi_followup_recommended']]);
  });
});

describe('WHO-5 invalid responses', () => {
  it.each<[string, Answer[]]>([
    ['value 6', [6, 0, 0, 0, 0]],
    ['percentage entered as an item', [20, 0, 0, 0, 0]],
    ['four answers', [0, 0, 0, 0]],
  ])('%s', (_name, answers) => {
    expectInvalid(() => scoreInstrument('WHO-5', answers));
  });
});
