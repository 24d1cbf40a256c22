/** PHQ-2 — PHQ-9 items 1–2 (§3 of instruments.md); positive screen → administer the full PHQ-9. */
import { PFIZER_LICENCE, PFIZER_OPTIONS, PFIZER_STEM, PHQ9_TEXTS } from './pfizer';
import { itemsFrom } from './scoring';
import { SCREEN_CHANGE, SCREEN_CUTOFF, SCREEN_FLAGS, SCREEN_MAX, SCREEN_SCORING, scoreTwoItem, screenBands } from './screeners';
import type { Answer, InstrumentDefinition, Score, ScoreOptions } from './types';

/** Scores PHQ-2 (Kroenke, Spitzer, Williams 2003, Med Care 41:1284–92); positive → administer PHQ-9. */
export function scorePhq2(answers: readonly Answer[], options?: ScoreOptions): Score {
  return scoreTwoItem(PHQ2, answers, options);
}

export const PHQ2 = {
  id: 'PHQ-2',
  version: '1.0.0',
  scoringVersion: '1.0.0',
  title: 'Patient Health Questionnaire-2',
  citation: 'Kroenke K, Spitzer RL, Williams JBW. The Patient Health Questionnaire-2. Med Care 2003;41:1284–1292.',
  instructions: PFIZER_STEM,
  items: itemsFrom('phq2', PHQ9_TEXTS.slice(0, 2), PFIZER_OPTIONS),
  scoring: { ...SCREEN_SCORING, source: 'Kroenke 2003' },
  bands: screenBands(SCREEN_CUTOFF, SCREEN_MAX),
  flags: SCREEN_FLAGS,
  licence: PFIZER_LICENCE,
  change: SCREEN_CHANGE,
  norms: [],
  score: scorePhq2,
} as const satisfies InstrumentDefinition;
