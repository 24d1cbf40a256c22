/** GAD-2 — GAD-7 items 1–2 (§3 of instruments.md); positive screen → administer the full GAD-7. */
import { PFIZER_LICENCE, PFIZER_OPTIONS, PFIZER_STEM, GAD7_TEXTS } from './pfizer';
import { itemsFrom } from './scoring';
import { SCREEN_CHANGE, SCREEN_CUTOFF, SCREEN_FLAGS, SCREEN_MAX, SCREEN_SCORING, scoreTwoItem, screenBands } from './screeners';
import type { Answer, InstrumentDefinition, Score, ScoreOptions } from './types';

/** Scores GAD-2 (Kroenke et al. 2007, Ann Intern Med 146:317–25); positive → administer GAD-7. */
export function scoreGad2(answers: readonly Answer[], options?: ScoreOptions): Score {
  return scoreTwoItem(GAD2, answers, options);
}

export const GAD2 = {
  id: 'GAD-2',
  version: '1.0.0',
  scoringVersion: '1.0.0',
  title: 'Generalized Anxiety Disorder-2',
  citation: 'Kroenke K et al. Anxiety disorders in primary care. Ann Intern Med 2007;146:317–325.',
  instructions: PFIZER_STEM,
  items: itemsFrom('gad2', GAD7_TEXTS.slice(0, 2), PFIZER_OPTIONS),
  scoring: { ...SCREEN_SCORING, source: 'Kroenke 2007' },
  bands: screenBands(SCREEN_CUTOFF, SCREEN_MAX),
  flags: SCREEN_FLAGS,
  licence: PFIZER_LICENCE,
  change: SCREEN_CHANGE,
  norms: [],
  score: scoreGad2,
} as const satisfies InstrumentDefinition;
