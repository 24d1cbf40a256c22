/**
 * GAD-7 — Spitzer, Kroenke, Williams, Löwe 2006, Arch Intern Med 166:1092–1097 (§2 of instruments.md).
 * Total 0–21; "scores of 5, 10, and 15 represent cut points for mild, moderate, and severe anxiety".
 */
import { GAD7_TEXTS, PFIZER_FORM, PFIZER_OPTIONS } from './pfizer';
import { bandFor, bandsFrom, flagsWhere, itemsFrom, numericAnswers, rejectCutoff, sumOrNull } from './scoring';
import { INCOMPLETE_TOTAL, summedTotal } from './definition';
import type { Answer, InstrumentDefinition, Score, ScoreOptions } from './types';

const BANDS = bandsFrom([
  ['minimal', 0, 4],
  ['mild', 5, 9],
  ['moderate', 10, 14],
  ['severe', 15, 21],
]);

/** Scores GAD-7 per the Pfizer instructions (Spitzer 2006); a missing item leaves the total null (§15.3). */
export function scoreGad7(answers: readonly Answer[], options?: ScoreOptions): Score {
  rejectCutoff('GAD-7', options);
  const total = sumOrNull(numericAnswers(GAD7, answers));
  const flags = flagsWhere({ above_cutoff_10: total !== null && total >= 10, incomplete: total === null });
  return { total, band: bandFor(BANDS, total), flags };
}

export const GAD7 = {
  id: 'GAD-7',
  version: '1.0.0',
  scoringVersion: '1.0.0',
  title: 'Generalized Anxiety Disorder-7',
  citation:
    'Spitzer RL, Kroenke K, Williams JBW, Löwe B. A brief measure for assessing generalized anxiety disorder: the GAD-7. Arch Intern Med 2006;166:1092–1097.',
  ...PFIZER_FORM,
  items: itemsFrom('gad7', GAD7_TEXTS, PFIZER_OPTIONS),
  ...summedTotal({
    description: 'Sum of items 1–7 (0–21). No prorating: the spec adopts it for PHQ-9 only (§15.3).',
    source: 'Spitzer 2006; Pfizer instructions',
    min: 0,
    max: 21,
    reliableChangePoints: 4,
  }),
  bands: BANDS,
  flags: [
    { id: 'above_cutoff_10', rule: 'total ≥ 10', source: 'Spitzer 2006 (recommended cut-point for further evaluation)' },
    { ...INCOMPLETE_TOTAL, source: 'instruments.md §2.5, §15.3' },
  ],
  norms: [
    { population: 'German general population, women', mean: 3.2, sd: 3.5, source: 'Löwe et al. 2008, Med Care 46:266–274' },
    { population: 'German general population, men', mean: 2.7, sd: 3.2, source: 'Löwe et al. 2008, Med Care 46:266–274' },
  ],
  score: scoreGad7,
} as const satisfies InstrumentDefinition;
