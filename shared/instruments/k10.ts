/**
 * K10 Kessler Psychological Distress Scale — Kessler et al. 2002, Psychol Med 32:959–976 (§9.2 of instruments.md).
 * Australian 1–5 coding (None = 1 … All = 5; total 10–50) with ABS Information Paper 4817.0.55.001 bands.
 */
import { KESSLER_FORM, KESSLER_LABELS, KESSLER_TEXTS } from './kessler';
import { bandFor, bandsFrom, flagsWhere, numericAnswers, rejectCutoff, sumOrNull } from './scoring';
import { INCOMPLETE_TOTAL, summedTotal } from './definition';
import type { Answer, InstrumentDefinition, Item, ResponseOption, Score, ScoreOptions } from './types';

/** All of the time = 5 … None of the time = 1. */
const OPTIONS: readonly ResponseOption[] = KESSLER_LABELS.map((label, index) => ({ value: 5 - index, label }));

const ITEMS: readonly Item[] = Object.entries(KESSLER_TEXTS).map(([letter, text]) => ({
  id: `k10_${letter}`,
  text,
  options: OPTIONS,
}));

const BANDS = bandsFrom([
  ['low', 10, 15],
  ['moderate', 16, 21],
  ['high', 22, 29],
  ['very_high', 30, 50],
]);

/** Scores K10 with 1–5 coding and the ABS 4817.0.55.001 bands; a missing item leaves the total null. */
export function scoreK10(answers: readonly Answer[], options?: ScoreOptions): Score {
  rejectCutoff('K10', options);
  const total = sumOrNull(numericAnswers(K10, answers));
  return { total, band: bandFor(BANDS, total), flags: flagsWhere({ incomplete: total === null }) };
}

export const K10 = {
  id: 'K10',
  version: '1.0.0',
  scoringVersion: '1.0.0-au-1to5',
  title: 'Kessler Psychological Distress Scale (K10)',
  citation:
    'Kessler RC et al. Short screening scales to monitor population prevalences and trends in non-specific psychological distress. Psychol Med 2002;32:959–976.',
  ...KESSLER_FORM,
  items: ITEMS,
  ...summedTotal({
    description: 'Australian convention: items coded None = 1 … All of the time = 5; total 10–50.',
    source: 'ABS Information Paper 4817.0.55.001',
    min: 10,
    max: 50,
    reliableChangePoints: 7,
  }),
  bands: BANDS,
  flags: [INCOMPLETE_TOTAL],
  norms: [],
  score: scoreK10,
} as const satisfies InstrumentDefinition;
