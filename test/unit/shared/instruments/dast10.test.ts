import { describe, expect, it } from 'vitest';
import { scoreInstrument } from '../../../../shared/instruments';
import type { Answer } from '../../../../shared/instruments';
import { expectInvalid, flagsOf, withAt } from './helpers';

/** Answers scoring `total`: item 3 answered 'yes' (0 points), then 'yes' on items 1, 2, 4, 5 … */
function forTotal(total: number): Answer[] {
  const scored = [1, 2, 4, 5, 6, 7, 8, 9, 10].slice(0, total);
  return Array.from({ length: 10 }, (_, index) => (index === 2 || scored.includes(index + 1) ? 'yes' : 'no'));
}

describe('DAST-10 bands, both sides of every boundary', () => {
  it.each([
    [0, 'none', []],
    [1, 'low', []],
    [2, 'low', []],
    [3, 'moderate', ['above_cutoff_3']],
    [5, 'moderate', ['above_cutoff_3']],
    [6, 'substantial', ['above_cutoff_3']],
    [8, 'substantial', ['above_cutoff_3']],
    [9, 'severe', ['above_cutoff_3']],
  ])('total %i → %s', (total, band, flags) => {
    const score = scoreInstrument('DAST-10', forTotal(total));
    expect([score.total, score.band, flagsOf(score)]).toEqual([total, band, flags]);
  });

  it("10 = every 'yes' except item 3 'no'", () => {
    const answers = withAt<Answer>(Array<Answer>(10).fill('yes'), [3], 'no');
    expect([scoreInstrument('DAST-10', answers).total, scoreInstrument('DAST-10', answers).band]).toEqual([10, 'severe']);
  });
});

describe('DAST-10 item 3 is reverse-scored on the raw answer', () => {
  it.each<[string, Answer, number, string]>([
    ["all 'no' = 1 (low)", 'no', 1, 'low'],
    ["all 'yes' = 9 (severe)", 'yes', 9, 'severe'],
  ])('%s', (_name, answer, total, band) => {
    const score = scoreInstrument('DAST-10', Array<Answer>(10).fill(answer));
    expect([score.total, score.band]).toEqual([total, band]);
  });
});

describe('DAST-10 missing and invalid answers', () => {
  it('a missing item is incomplete', () => {
    expect(flagsOf(scoreInstrument('DAST-10', withAt(forTotal(0), [4], null)))).toEqual(['incomplete']);
  });

  it.each<[string, Answer[]]>([
    ['pre-inverted numbers', Array<Answer>(10).fill(1)],
    ['booleans', Array<Answer>(10).fill(true)],
    ['nine answers', forTotal(0).slice(1)],
  ])('%s throw', (_name, answers) => {
    expectInvalid(() => scoreInstrument('DAST-10', answers));
  });
});
