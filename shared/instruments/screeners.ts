/**
 * What PHQ-2 and GAD-2 share — ultra-brief screens (§3 of instruments.md): items 1–2 of PHQ-9 / GAD-7, total
 * 0–6, positive at ≥3 by default (Kroenke 2003; Kroenke 2007); the cut-off is a setting (Arroll 2010: ≥2 is more
 * sensitive, less specific).
 */
import { PFIZER_FORM } from './pfizer';
import { bandFor, cutoffBands, flagsWhere, numericAnswers, resolveCutoff, sumOrNull } from './scoring';
import type { Answer, InstrumentDefinition, InstrumentId, Item, Score, ScoreOptions } from './types';

export const SCREEN_CUTOFF = 3;
export const SCREEN_MAX = 6;

/** Positive/negative screen bands for a cut-off; also used by AUDIT-C. */
export function screenBands(cutoff: number, max: number): ReturnType<typeof cutoffBands> {
  return cutoffBands(cutoff, max, 'negative_screen', 'positive_screen');
}

/** Scores a two-item 0–6 screen against the configured cut-off, flagging `screen_positive` (§3). */
export function scoreTwoItem(def: Pick<InstrumentDefinition, 'id' | 'items'>, answers: readonly Answer[], options?: ScoreOptions): Score {
  const cutoff = resolveCutoff(options, SCREEN_CUTOFF, SCREEN_MAX);
  const total = sumOrNull(numericAnswers(def, answers));
  const flags = flagsWhere({ screen_positive: total !== null && total >= cutoff, incomplete: total === null });
  return { total, band: bandFor(screenBands(cutoff, SCREEN_MAX), total), flags };
}

export const SCREEN_SCORING = {
  description: 'Sum of the two items (0–6); positive screen at total ≥ cut-off (default 3).',
  totalRange: { min: 0, max: SCREEN_MAX },
  subscales: [],
} as const;

export const SCREEN_CHANGE = {
  direction: 'higher_is_worse',
  reliableChangePoints: null,
  measure: 'total',
  range: { min: 0, max: SCREEN_MAX },
} as const;

export const SCREEN_FLAGS = [
  { id: 'screen_positive', rule: 'total ≥ cut-off (default 3)', source: 'instruments.md §3' },
  { id: 'incomplete', rule: 'an item missing: total is null', source: 'instruments.md §15.3' },
] as const;

/** What tells PHQ-2 and GAD-2 apart: the form's name, source and its two Pfizer items. */
export interface TwoItemScreen<Id extends InstrumentId> {
  readonly id: Id;
  readonly title: string;
  readonly citation: string;
  /** The two items (items 1–2 of the full form). */
  readonly items: readonly Item[];
  /** Where the screen's scoring comes from. */
  readonly source: string;
}

/** A two-item Pfizer screen: the shared 0–6 scoring, bands, flags and licence around the form's own items. */
export function twoItemScreen<Id extends InstrumentId>(screen: TwoItemScreen<Id>) {
  const def = {
    id: screen.id,
    version: '1.0.0',
    scoringVersion: '1.0.0',
    title: screen.title,
    citation: screen.citation,
    ...PFIZER_FORM,
    items: screen.items,
    scoring: { ...SCREEN_SCORING, source: screen.source },
    bands: screenBands(SCREEN_CUTOFF, SCREEN_MAX),
    flags: SCREEN_FLAGS,
    change: SCREEN_CHANGE,
    norms: [],
    score: (answers: readonly Answer[], options?: ScoreOptions): Score => scoreTwoItem(def, answers, options),
  } satisfies InstrumentDefinition;
  return def;
}
