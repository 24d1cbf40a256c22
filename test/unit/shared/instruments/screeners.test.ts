import { describe, expect, it } from 'vitest';
import { scoreInstrument } from '../../../../shared/instruments';
import type { Answer } from '../../../../shared/instruments';
import { expectInvalid, flagsOf } from './helpers';

describe.each(['PHQ-2', 'GAD-2'] as const)('%s (§3)', (id) => {
  it.each<[Answer[], number, string, string[]]>([
    [[0, 0], 0, 'negative_screen', []],
    [[2, 0], 2, 'negative_screen', []],
    [[2, 1], 3, 'positive_screen', ['screen_positive']],
    [[3, 3], 6, 'positive_screen', ['screen_positive']],
  ])('default cut-off 3: %j → %i %s', (answers, total, band, flags) => {
    const score = scoreInstrument(id, answers);
    expect([score.total, score.band, flagsOf(score)]).toEqual([total, band, flags]);
  });

  it.each<[Answer[], string, string[]]>([
    [[1, 0], 'negative_screen', []],
    [[1, 1], 'positive_screen', ['screen_positive']],
  ])('cut-off 2 (Arroll 2010): %j → %s', (answers, band, flags) => {
    const score = scoreInstrument(id, answers, { params: { cutoff: 2 } });
    expect([score.band, flagsOf(score)]).toEqual([band, flags]);
  });

  it('a missing item leaves it incomplete', () => {
    expect(flagsOf(scoreInstrument(id, [3, null]))).toEqual(['incomplete']);
  });

  it.each<[string, Answer[]]>([
    ['one answer', [3]],
    ['three answers', [0, 0, 0]],
    ['value 4', [4, 0]],
  ])('%s is invalid', (_name, answers) => {
    expectInvalid(() => scoreInstrument(id, answers));
  });

  it.each([0, 7, 2.5])('cut-off %d is rejected', (cutoff) => {
    expect(() => scoreInstrument(id, [0, 0], { params: { cutoff } })).toThrow(RangeError);
  });
});
