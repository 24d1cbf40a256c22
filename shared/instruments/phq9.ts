/**
 * PHQ-9 — Kroenke, Spitzer, Williams 2001, J Gen Intern Med 16:606–613 (§1 of instruments.md).
 * Total 0–27; bands at 5, 10, 15, 20; item 9 flags on any non-zero answer, regardless of the total.
 */
import { InvalidResponseError } from './errors';
import { PFIZER_FORM, PFIZER_OPTIONS, PHQ9_TEXTS } from './pfizer';
import { bandFor, flagsWhere, itemsFrom, numberedOptions, numericAnswers, rejectCutoff, totalWithPolicy } from './scoring';
import { summedTotal } from './definition';
import type { Answer, InstrumentDefinition, Score, ScoreOptions } from './types';

const ITEMS = itemsFrom('phq9', PHQ9_TEXTS, PFIZER_OPTIONS);

/** Kroenke 2001: "scores of 5, 10, 15, and 20 represented mild, moderate, moderately severe, and severe". */
const BANDS = [
  { id: 'minimal', label: 'None–minimal', min: 0, max: 4 },
  { id: 'mild', label: 'Mild', min: 5, max: 9 },
  { id: 'moderate', label: 'Moderate', min: 10, max: 14 },
  { id: 'moderately_severe', label: 'Moderately severe', min: 15, max: 19 },
  { id: 'severe', label: 'Severe', min: 20, max: 27 },
] as const;

/** The unscored functional-difficulty question (§1.1): stored 0–3, never added to the total. */
export const PHQ9_DIFFICULTY = {
  text: 'If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?',
  options: numberedOptions(['Not difficult at all', 'Somewhat difficult', 'Very difficult', 'Extremely difficult']),
} as const;

/** Up to two missing items may be prorated on paper forms (§1.6, `prorate_if_le2_missing`). */
const MAX_PRORATED_MISSING = 2;

function checkDifficulty(options: ScoreOptions | undefined): void {
  const difficulty = options?.context?.difficulty;
  if (difficulty === undefined) return;
  if (!PHQ9_DIFFICULTY.options.some((option) => option.value === difficulty)) {
    throw new InvalidResponseError('PHQ-9', `difficulty ${String(difficulty)} is not one of 0–3`, 'difficulty');
  }
}

/** Scores PHQ-9 per Kroenke 2001 (bands), the FHIR MII PRO IG (item 9) and the §1.6 missing-item policy. */
export function scorePhq9(answers: readonly Answer[], options?: ScoreOptions): Score {
  rejectCutoff('PHQ-9', options);
  const values = numericAnswers(PHQ9, answers);
  checkDifficulty(options);
  const item9 = values[8] ?? null;
  const { total, prorated } = totalWithPolicy(values, options, MAX_PRORATED_MISSING);
  const flags = flagsWhere({
    self_harm_item9: item9 !== null && item9 >= 1,
    above_cutoff_10: total !== null && total >= 10,
    item9_unanswered: item9 === null,
    prorated,
    incomplete: total === null,
  });
  return { total, band: bandFor(BANDS, total), flags };
}

export const PHQ9 = {
  id: 'PHQ-9',
  version: '1.0.0',
  scoringVersion: '1.0.0',
  title: 'Patient Health Questionnaire-9',
  citation: 'Kroenke K, Spitzer RL, Williams JBW. The PHQ-9. J Gen Intern Med 2001;16:606–613.',
  ...PFIZER_FORM,
  items: ITEMS,
  ...summedTotal({
    description: 'Sum of items 1–9 (0–27). Paper forms may prorate ≤2 missing items: round_half_up(sum × 9 / answered).',
    source: 'Kroenke 2001; missing items: qscorer (Arrieta 2017) as adopted in instruments.md §1.6',
    min: 0,
    max: 27,
    reliableChangePoints: 6,
  }),
  bands: BANDS,
  flags: [
    { id: 'self_harm_item9', rule: 'item 9 ≥ 1, regardless of total', source: 'FHIR MII PRO IG (PHQ-9)' },
    { id: 'above_cutoff_10', rule: 'total ≥ 10', source: 'Kroenke 2001' },
    { id: 'item9_unanswered', rule: 'item 9 missing', source: 'instruments.md §1.6 design rule' },
    { id: 'prorated', rule: '1–2 items missing and prorated', source: 'instruments.md §1.6' },
    { id: 'incomplete', rule: 'items missing and not prorated: total is null', source: 'instruments.md §1.6' },
  ],
  norms: [
    { population: 'German general population, women', mean: 3.1, sd: 3.5, source: 'Kocalevent, Hinz, Brähler 2013' },
    { population: 'German general population, men', mean: 2.7, sd: 3.5, source: 'Kocalevent, Hinz, Brähler 2013' },
  ],
  score: scorePhq9,
} as const satisfies InstrumentDefinition;
