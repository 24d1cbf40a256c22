import { describe, expect, it } from 'vitest';
import { scoreInstrument } from '../../../../shared/instruments';
import type { Answer } from '../../../../shared/instruments';
import { expectInvalid, flagsOf, vectorFor } from './helpers';

const POSITIONS = {
  depression: [3, 5, 10, 13, 16, 17, 21],
  anxiety: [2, 4, 7, 9, 15, 19, 20],
  stress: [1, 6, 8, 11, 12, 14, 18],
} as const;

type Subscale = keyof typeof POSITIONS;

/** All 21 answers 0 except one subscale whose raw sum is `raw`. */
function answersWith(subscale: Subscale, raw: number): number[] {
  const values = vectorFor(raw, 7, 3);
  const answers = Array<number>(21).fill(0);
  POSITIONS[subscale].forEach((position, index) => {
    answers[position - 1] = values[index] ?? 0;
  });
  return answers;
}

// Boundaries on the doubled score (§10.2 table); raw = score / 2, so odd bounds are reached from both sides.
describe.each<[Subscale, [number, string][]]>([
  [
    'depression',
    [
      [4, 'normal'],
      [5, 'mild'],
      [6, 'mild'],
      [7, 'moderate'],
      [10, 'moderate'],
      [11, 'severe'],
      [13, 'severe'],
      [14, 'extremely_severe'],
      [21, 'extremely_severe'],
    ],
  ],
  [
    'anxiety',
    [
      [3, 'normal'],
      [4, 'mild'],
      [5, 'moderate'],
      [7, 'moderate'],
      [8, 'severe'],
      [9, 'severe'],
      [10, 'extremely_severe'],
      [21, 'extremely_severe'],
    ],
  ],
  [
    'stress',
    [
      [7, 'normal'],
      [8, 'mild'],
      [9, 'mild'],
      [10, 'moderate'],
      [12, 'moderate'],
      [13, 'severe'],
      [16, 'severe'],
      [17, 'extremely_severe'],
      [21, 'extremely_severe'],
    ],
  ],
])('DASS-21 %s: raw × 2, then DASS-42 bands', (subscale, rows) => {
  it.each(rows)('raw %i → %s', (raw, band) => {
    const score = scoreInstrument('DASS-21', answersWith(subscale, raw));
    expect(score.subscales?.[subscale]).toEqual({ raw, score: raw * 2, band });
  });
});

describe('DASS-21 scoring shape', () => {
  it('anxiety raw 5 → 10 → moderate (vector dass21-boundaries-2)', () => {
    expect(scoreInstrument('DASS-21', answersWith('anxiety', 5)).subscales?.anxiety).toEqual({ raw: 5, score: 10, band: 'moderate' });
  });

  it('has no total or overall band', () => {
    const score = scoreInstrument('DASS-21', Array<number>(21).fill(0));
    expect([score.total, score.band, flagsOf(score)]).toEqual([null, null, []]);
    expect(score.subscales).toEqual({
      depression: { raw: 0, score: 0, band: 'normal' },
      anxiety: { raw: 0, score: 0, band: 'normal' },
      stress: { raw: 0, score: 0, band: 'normal' },
    });
  });

  it('a missing item drops only its subscale', () => {
    const answers: Answer[] = Array<Answer>(21).fill(1);
    answers[2] = null; // item 3 is a depression item
    const score = scoreInstrument('DASS-21', answers);
    expect(Object.keys(score.subscales ?? {}).sort()).toEqual(['anxiety', 'stress']);
    expect(flagsOf(score)).toEqual(['incomplete']);
  });

  it.each<[string, Answer[]]>([
    ['value 4', [4, ...Array<number>(20).fill(0)]],
    ['20 answers', Array<number>(20).fill(0)],
  ])('%s is invalid', (_name, answers) => {
    expectInvalid(() => scoreInstrument('DASS-21', answers));
  });
});
