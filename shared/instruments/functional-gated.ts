/**
 * Licence-gated functional measures (progress.md §8): structure and simple scoring only; a clinic that holds
 * permission imports the item wording (instruments.md §13). WSAS: "Copyright © Isaac M. Marks" (CamCOPS docs).
 * WHODAS 2.0 12-item: © WHO; "any other use, including electronic use, requires written permission from WHO".
 */
import { bandFor, bandsFrom, flagsWhere, numericAnswers, sumOrNull } from './scoring';
import { INCOMPLETE_TOTAL, summedTotal } from './definition';
import type { Answer, InstrumentDefinition, Item, Score } from './types';

const WSAS_ITEMS: readonly Item[] = Array.from({ length: 5 }, (_, index) => ({
  id: `wsas_${String(index + 1)}`,
  text: null,
  options: Array.from({ length: 9 }, (_, value) => ({ value, label: null })),
}));

/** "below 10" subclinical, "between 10 and 20" significant, "above 20" moderately severe or worse [S]. */
const WSAS_BANDS = bandsFrom([
  ['subclinical', 0, 9],
  ['significant_impairment', 10, 20],
  ['moderately_severe_or_worse', 21, 40],
]);

/** Scores WSAS: five items 0–8 summed, 0–40; any item missing → no total. */
export function scoreWsas(answers: readonly Answer[]): Score {
  const total = sumOrNull(numericAnswers(WSAS, answers));
  return { total, band: bandFor(WSAS_BANDS, total), flags: flagsWhere({ incomplete: total === null }) };
}

export const WSAS = {
  id: 'WSAS',
  version: '1.0.0',
  scoringVersion: '1.0.0',
  title: 'Work and Social Adjustment Scale',
  citation: 'Mundt JC, Marks IM, Shear MK, Greist JH. The Work and Social Adjustment Scale. Br J Psychiatry 2002;180:461–464.',
  instructions: null,
  items: WSAS_ITEMS,
  ...summedTotal({ description: 'Five items 0–8 summed (0–40).', source: 'progress.md §8 (CamCOPS; Greenspace)', min: 0, max: 40 }),
  bands: WSAS_BANDS,
  flags: [INCOMPLETE_TOTAL],
  licence: {
    holder: 'Isaac M. Marks',
    status: 'Copyright © Isaac M. Marks; reproduced elsewhere only with permission',
    commercialUse: 'permission_required',
    itemTextAllowed: false,
    attribution: 'Work and Social Adjustment Scale. Copyright © Isaac M. Marks.',
  },
  norms: [],
  score: scoreWsas,
} as const satisfies InstrumentDefinition;

const WHODAS_ITEMS: readonly Item[] = Array.from({ length: 12 }, (_, index) => ({
  id: `whodas12_${String(index + 1)}`,
  text: null,
  options: [1, 2, 3, 4, 5].map((value) => ({ value, label: null })),
}));

/**
 * Scores WHODAS 2.0 12-item by simple scoring (who.int): none 1 … extreme 5, summed, 12–60; no bands are published
 * for the simple score. The IRT "complex" 0–100 score needs WHO's algorithm and is not computed.
 */
export function scoreWhodas12(answers: readonly Answer[]): Score {
  const total = sumOrNull(numericAnswers(WHODAS_12, answers));
  return { total, band: null, flags: flagsWhere({ incomplete: total === null }) };
}

export const WHODAS_12 = {
  id: 'WHODAS-12',
  version: '1.0.0',
  scoringVersion: '1.0.0',
  title: 'WHO Disability Assessment Schedule 2.0 (12-item)',
  citation: 'Üstün TB, Kostanjsek N, Chatterji S, Rehm J, eds. Measuring Health and Disability: Manual for WHODAS 2.0. WHO 2010.',
  instructions: null,
  items: WHODAS_ITEMS,
  ...summedTotal({ description: 'Simple scoring: items none 1 … extreme 5 summed (12–60).', source: 'who.int WHODAS 2.0 (progress.md §8)', min: 12, max: 60 }),
  bands: [],
  flags: [INCOMPLETE_TOTAL],
  licence: {
    holder: 'World Health Organization',
    status: '© WHO; electronic use requires written permission from WHO',
    commercialUse: 'permission_required',
    itemTextAllowed: false,
    attribution: 'WHO Disability Assessment Schedule 2.0 (WHODAS 2.0). © World Health Organization.',
  },
  norms: [],
  score: scoreWhodas12,
} as const satisfies InstrumentDefinition;
