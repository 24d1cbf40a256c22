/**
 * DAST-10 — Skinner 1982 (© Skinner / CAMH), §6 of instruments.md. "Score 1 point for each question answered
 * 'Yes', except for question 3 for which a 'No' receives 1 point." Answers are stored raw ('yes' | 'no'), never
 * pre-inverted. Non-commercial licence: no item wording ships (§13, §15.5).
 */
import { checkAnswers, bandFor, bandsFrom, flagsWhere, rejectCutoff, sumOrNull } from './scoring';
import { INCOMPLETE_TOTAL, summedTotal } from './definition';
import type { Answer, InstrumentDefinition, Item, ResponseOption, Score, ScoreOptions } from './types';

const YES_NO: readonly ResponseOption[] = [
  { value: 'yes', label: null },
  { value: 'no', label: null },
];

/** Item 3 ("always able to stop") is the one reverse-scored item. */
const ITEMS: readonly Item[] = Array.from({ length: 10 }, (_, index) => ({
  id: `dast10_${String(index + 1)}`,
  text: null,
  options: YES_NO,
  ...(index === 2 ? { reverse: true } : {}),
}));

const BANDS = bandsFrom([
  ['none', 0, 0],
  ['low', 1, 2],
  ['moderate', 3, 5],
  ['substantial', 6, 8],
  ['severe', 9, 10],
]);

function itemPoints(item: Item, answer: Answer): number | null {
  if (answer === null) return null;
  const scoredAnswer = item.reverse === true ? 'no' : 'yes';
  return answer === scoredAnswer ? 1 : 0;
}

/** Scores DAST-10 per the CAMH scoring key (comorbidityguidelines.org.au Appendix W): 0–10, `above_cutoff_3`. */
export function scoreDast10(answers: readonly Answer[], options?: ScoreOptions): Score {
  rejectCutoff('DAST-10', options);
  checkAnswers(DAST10, answers);
  const total = sumOrNull(ITEMS.map((item, index) => itemPoints(item, answers[index] ?? null)));
  const flags = flagsWhere({ above_cutoff_3: total !== null && total >= 3, incomplete: total === null });
  return { total, band: bandFor(BANDS, total), flags };
}

export const DAST10 = {
  id: 'DAST-10',
  version: '1.0.0',
  scoringVersion: '1.0.0',
  title: 'Drug Abuse Screening Test (10-item)',
  citation: 'Skinner HA. The Drug Abuse Screening Test. Addict Behav 1982;7:363–371.',
  instructions: null,
  items: ITEMS,
  ...summedTotal({
    description: "1 point per 'yes', except item 3 where 'no' scores 1 (0–10). All 'no' = 1; all 'yes' = 9.",
    source: 'CAMH scoring key via comorbidityguidelines.org.au Appendix W',
    min: 0,
    max: 10,
  }),
  bands: BANDS,
  flags: [{ id: 'above_cutoff_3', rule: 'total ≥ 3', source: 'commonly cited positive-screen threshold (instruments.md §6.2)' }, INCOMPLETE_TOTAL],
  licence: {
    holder: 'Harvey A. Skinner and the Centre for Addiction and Mental Health, Toronto',
    status: '© 1982; reproduction for non-commercial use with credit',
    commercialUse: 'permission_required',
    itemTextAllowed: false,
    attribution: 'Copyright 1982 by Harvey A. Skinner, PhD, and the Centre for Addiction and Mental Health, Toronto, Canada.',
  },
  norms: [],
  score: scoreDast10,
} as const satisfies InstrumentDefinition;
