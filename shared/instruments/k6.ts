/**
 * K6 — Kessler et al. 2002/2003 (§9.3 of instruments.md). Items coded All of the time = 4 … None = 0, total
 * 0–24; ≥13 probable serious mental illness (Kessler 2003, Arch Gen Psychiatry 60:184–189), 5–12 moderate distress.
 */
import { KESSLER_FORM, KESSLER_LABELS, KESSLER_TEXTS } from './kessler';
import { bandFor, bandsFrom, flagsWhere, numericAnswers, rejectCutoff, sumOrNull } from './scoring';
import { INCOMPLETE_TOTAL, summedTotal } from './definition';
import type { Answer, InstrumentDefinition, Item, ResponseOption, Score, ScoreOptions } from './types';

const OPTIONS: readonly ResponseOption[] = KESSLER_LABELS.map((label, index) => ({ value: 4 - index, label }));

const LETTERS = ['b', 'd', 'e', 'h', 'i', 'j'] as const;
const ITEMS: readonly Item[] = LETTERS.map((letter) => ({
  id: `k6_${letter}`,
  text: KESSLER_TEXTS[letter],
  options: OPTIONS,
}));

const BANDS = bandsFrom([
  ['low', 0, 4],
  ['moderate', 5, 12],
  ['serious', 13, 24],
]);

/** Scores K6 (Kessler 2003: ≥13 serious psychological distress); a missing item leaves the total null. */
export function scoreK6(answers: readonly Answer[], options?: ScoreOptions): Score {
  rejectCutoff('K6', options);
  const total = sumOrNull(numericAnswers(K6, answers));
  const flags = flagsWhere({
    serious_psychological_distress_ge13: total !== null && total >= 13,
    incomplete: total === null,
  });
  return { total, band: bandFor(BANDS, total), flags };
}

export const K6 = {
  id: 'K6',
  version: '1.0.0',
  scoringVersion: '1.0.0',
  title: 'Kessler Psychological Distress Scale (K6)',
  citation: 'Kessler RC et al. Screening for serious mental illness in the general population. Arch Gen Psychiatry 2003;60:184–189.',
  ...KESSLER_FORM,
  items: ITEMS,
  ...summedTotal({
    description: 'Items coded All of the time = 4 … None of the time = 0; total 0–24.',
    source: 'WMH description; INSPQ K6 sheet; Kessler 2003',
    min: 0,
    max: 24,
  }),
  bands: BANDS,
  flags: [{ id: 'serious_psychological_distress_ge13', rule: 'total ≥ 13', source: 'Kessler 2003 (INSPQ)' }, INCOMPLETE_TOTAL],
  norms: [],
  score: scoreK6,
} as const satisfies InstrumentDefinition;
