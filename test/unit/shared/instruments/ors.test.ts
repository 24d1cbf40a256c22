import { describe, expect, it } from 'vitest';
import { scoreInstrument } from '../../../../shared/instruments';
import type { Answer } from '../../../../shared/instruments';
import { expectInvalid, flagsOf } from './helpers';

describe('ORS total and clinical cut-off (adults 25, ≤ 25 = clinical range)', () => {
  it.each<[Answer[], number, string]>([
    [[0, 0, 0, 0], 0, 'clinical_range'],
    [[6.2, 7.1, 5.4, 6.3], 25, 'clinical_range'],
    [[6.2, 7.1, 5.4, 6.4], 25.1, 'non_clinical_range'],
    [[0.1, 0.2, 0, 0], 0.3, 'clinical_range'],
    [[10, 10, 10, 10], 40, 'non_clinical_range'],
  ])('%j → %d %s', (answers, total, band) => {
    const score = scoreInstrument('ORS', answers);
    expect([score.total, score.band, flagsOf(score)]).toEqual([total, band, []]);
  });

  it.each<[number, string]>([
    [32, 'clinical_range'],
    [32.1, 'non_clinical_range'],
  ])('children cut-off 32: total %d → %s', (total, band) => {
    const answers = [10, 10, 10, Math.round((total - 30) * 10) / 10];
    expect(scoreInstrument('ORS', answers, { params: { cutoff: 32 } }).band).toBe(band);
  });
});

describe('ORS answers', () => {
  it('a missing line is incomplete', () => {
    expect(flagsOf(scoreInstrument('ORS', [5, 5, 5, null]))).toEqual(['incomplete']);
  });

  it.each<[string, Answer[]]>([
    ['above 10', [10.1, 0, 0, 0]],
    ['negative', [-0.1, 0, 0, 0]],
    ['finer than a tenth', [5.05, 0, 0, 0]],
    ['three lines', [5, 5, 5]],
    ['boolean', [true, 0, 0, 0]],
  ])('%s is invalid', (_name, answers) => {
    expectInvalid(() => scoreInstrument('ORS', answers));
  });
});
