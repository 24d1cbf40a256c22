/**
 * WHO-5 Well-Being Index — Topp, Østergaard, Søndergaard, Bech 2015, Psychother Psychosom 84:167–176; WHO 2024
 * (§8 of instruments.md). Raw 0–25, percentage = raw × 4; higher = better. CC BY-NC-SA 3.0 IGO: no commercial use
 * without WHO permission, so no item or option wording ships (§13, §15.5).
 */
import { bandFor, flagsWhere, numericAnswers, rejectCutoff, sumOrNull } from './scoring';
import type { Answer, InstrumentDefinition, Item, ResponseOption, Score, ScoreOptions } from './types';

/** 5 All of the time … 0 At no time. */
const OPTIONS: readonly ResponseOption[] = [5, 4, 3, 2, 1, 0].map((value) => ({ value, label: null }));
const ITEMS: readonly Item[] = Array.from({ length: 5 }, (_, index) => ({
  id: `who5_${String(index + 1)}`,
  text: null,
  options: OPTIONS,
}));

/** Bands on the raw score; percentages are raw × 4, so ≤28 % = raw ≤7 and <52 % = raw <13. */
const BANDS = [
  { id: 'likely_depression', label: 'Likely depression (≤ 28 %)', min: 0, max: 7 },
  { id: 'poor_wellbeing', label: 'Poor well-being (32–48 %)', min: 8, max: 12 },
  { id: 'above_cutoff', label: 'Above cut-off (≥ 52 %)', min: 13, max: 25 },
] as const;

/** Scores WHO-5 (Topp 2015; WHO 2024); all five items are required for a total (WHO 2024 via awell-score). */
export function scoreWho5(answers: readonly Answer[], options?: ScoreOptions): Score {
  rejectCutoff('WHO-5', options);
  const values = numericAnswers(WHO5, answers);
  const total = sumOrNull(values);
  const anyItemLow = values.some((value) => value !== null && value <= 1);
  const flags = flagsWhere({
    mdi_followup_recommended: (total !== null && total < 13) || anyItemLow,
    incomplete: total === null,
  });
  if (total === null) return { total, band: null, flags };
  return { total, band: bandFor(BANDS, total), flags, percentage: total * 4 };
}

export const WHO5 = {
  id: 'WHO-5',
  version: '1.0.0',
  scoringVersion: '1.0.0',
  title: 'WHO-5 Well-Being Index',
  citation: 'Topp CW, Østergaard SD, Søndergaard S, Bech P. The WHO-5 Well-Being Index: a systematic review. Psychother Psychosom 2015;84:167–176.',
  instructions: null,
  items: ITEMS,
  scoring: {
    description: 'Raw = sum of 5 items (0–25); percentage = raw × 4 (0–100). Higher = better.',
    source: 'WHO 2024 (WHO/UCN/MSD/MHE/2024.1) via awell-score who_5',
    totalRange: { min: 0, max: 25 },
    subscales: [],
  },
  bands: BANDS,
  flags: [
    {
      id: 'mdi_followup_recommended',
      rule: 'raw < 13 or any item scored 0 or 1',
      source: 'Psychiatric Research Unit guidance (administer the Major Depression Inventory)',
    },
    { id: 'incomplete', rule: 'any item missing: no score', source: 'WHO 2024: all five items required' },
  ],
  licence: {
    holder: 'World Health Organization',
    status: '© WHO 2024, CC BY-NC-SA 3.0 IGO; non-commercial use only',
    commercialUse: 'permission_required',
    itemTextAllowed: false,
    attribution: 'WHO-5 Well-Being Index. © World Health Organization 2024 (WHO/UCN/MSD/MHE/2024.1).',
  },
  change: {
    direction: 'higher_is_better',
    reliableChangePoints: 10,
    measure: 'percentage',
    range: { min: 0, max: 100 },
  },
  norms: [],
  score: scoreWho5,
} as const satisfies InstrumentDefinition;
