/**
 * AUDIT — Babor, Higgins-Biddle, Saunders, Monteiro. AUDIT: Guidelines for Use in Primary Care, 2nd ed. WHO 2001
 * (§5 of instruments.md). Total 0–40, WHO risk zones, interview skip logic. WHO copyright forbids commercial use
 * without permission, so no item or option wording ships (§13, §15.5).
 */
import { bandFor, flagsWhere, numericAnswers, pick, rejectCutoff, sumAnswered, sumOrNull } from './scoring';
import { summedTotal } from './definition';
import type { Answer, FlagRule, InstrumentDefinition, Item, ResponseOption, Score, ScoreOptions } from './types';

/** Items 1–8 score 0–4. */
const FIVE_POINT: readonly ResponseOption[] = [0, 1, 2, 3, 4].map((value) => ({ value, label: null }));
/** Items 9–10 allow only 0, 2, 4 (No / Yes, not in the last year / Yes, during the last year). */
const YES_NO_YEAR: readonly ResponseOption[] = [0, 2, 4].map((value) => ({ value, label: null }));

const ITEMS: readonly Item[] = Array.from({ length: 10 }, (_, index) => ({
  id: `audit_${String(index + 1)}`,
  text: null,
  options: index < 8 ? FIVE_POINT : YES_NO_YEAR,
}));

const BANDS = [
  { id: 'zone_I_low_risk', label: 'Zone I — low risk (alcohol education)', min: 0, max: 7 },
  { id: 'zone_II_hazardous', label: 'Zone II — hazardous (simple advice)', min: 8, max: 15 },
  { id: 'zone_III_harmful', label: 'Zone III — harmful (advice, brief counselling, monitoring)', min: 16, max: 19 },
  { id: 'zone_IV_possible_dependence', label: 'Zone IV — possible dependence (specialist referral)', min: 20, max: 40 },
] as const;

const SUBSCALES = [
  { id: 'consumption', positions: [1, 2, 3] },
  { id: 'dependence', positions: [4, 5, 6] },
  { id: 'harm', positions: [7, 8, 9, 10] },
] as const;

/**
 * Interview skip logic (WHO manual): item 1 = Never skips items 2–8; items 2 and 3 both 0 skip items 4–8. Only
 * items the skip covers and that were not asked (null) score 0; an answered item keeps its answer.
 */
export function applyAuditSkips(values: readonly (number | null)[]): (number | null)[] {
  const [q1, q2, q3] = values;
  const firstSkipped = q1 === 0 ? 2 : q2 === 0 && q3 === 0 ? 4 : null;
  if (firstSkipped === null) return [...values];
  return values.map((value, index) => (value === null && index + 1 >= firstSkipped && index + 1 <= 8 ? 0 : value));
}

/** The `incomplete` flag under that skip logic (AUDIT and AUDIT-C): a skipped item is not missing. */
export const INCOMPLETE_AFTER_SKIPS = {
  id: 'incomplete',
  rule: 'an item missing that skip logic does not cover: total is null',
  source: 'instruments.md §0.6',
} as const satisfies FlagRule;

/** Scores AUDIT per the WHO manual (Babor 2001): zones I–IV, sub-scores, `above_cutoff_8` (CamCOPS). */
export function scoreAudit(answers: readonly Answer[], options?: ScoreOptions): Score {
  rejectCutoff('AUDIT', options);
  const values = applyAuditSkips(numericAnswers(AUDIT, answers));
  const total = sumOrNull(values);
  const flags = flagsWhere({ above_cutoff_8: total !== null && total >= 8, incomplete: total === null });
  if (total === null) return { total, band: null, flags };
  const subscales = Object.fromEntries(SUBSCALES.map(({ id, positions }) => [id, sumAnswered(pick(values, positions))] as const));
  return { total, band: bandFor(BANDS, total), flags, subscales };
}

export const AUDIT = {
  id: 'AUDIT',
  version: '1.0.0',
  scoringVersion: '1.0.0',
  title: 'Alcohol Use Disorders Identification Test',
  citation: 'Babor TF, Higgins-Biddle JC, Saunders JB, Monteiro MG. AUDIT: Guidelines for Use in Primary Care, 2nd ed. WHO/MSD/MSB/01.6a. WHO, 2001.',
  instructions: null,
  items: ITEMS,
  ...summedTotal({
    description: 'Sum of items 1–10 (0–40); items 9–10 score 0/2/4; items skipped by the interview skip logic score 0.',
    source: 'WHO AUDIT manual 2001 (zones via comorbidityguidelines.org.au Appendix U)',
    min: 0,
    max: 40,
    subscales: SUBSCALES.map(({ id, positions }) => ({ id, itemIds: positions.map((n) => `audit_${String(n)}`) })),
  }),
  bands: BANDS,
  flags: [
    { id: 'above_cutoff_8', rule: 'total ≥ 8', source: 'WHO manual standard cut-off; CamCOPS "Exceeds standard cut-off (8 or more)"' },
    INCOMPLETE_AFTER_SKIPS,
  ],
  licence: {
    holder: 'World Health Organization',
    status: '© WHO 2001; free to reproduce but "not for sale or for use in conjunction with commercial purposes"',
    commercialUse: 'permission_required',
    itemTextAllowed: false,
    attribution: 'Babor TF et al. AUDIT, 2nd ed. World Health Organization, 2001.',
  },
  norms: [],
  score: scoreAudit,
} as const satisfies InstrumentDefinition;
