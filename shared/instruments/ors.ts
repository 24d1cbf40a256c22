/**
 * ORS Outcome Rating Scale — Miller et al. 2003, J Brief Therapy 2(2):91–100 (§11.1 of
 * instruments.md). Four 10-cm lines scored 0–10 to 0.1; total 0–40, higher = better; adult clinical cut-off 25
 * (≤ 25 = clinical range). © Miller & Duncan: an IOP app needs a purchased licence, so no wording ships.
 */
import { bandFor, flagsWhere, numericAnswers, resolveCutoff, sumOrNull } from './scoring';
import type { Answer, Band, InstrumentDefinition, Item, Score, ScoreOptions } from './types';

const MAX = 40;
/** Adults; the OpenFIT knowledge base gives 32 for children, adolescents 28 is unconfirmed — set via `cutoff`. */
const DEFAULT_CUTOFF = 25;

const ITEMS: readonly Item[] = ['individual', 'interpersonal', 'social', 'overall'].map((domain) => ({
  id: `ors_${domain}`,
  text: null,
  options: [],
  continuous: { min: 0, max: 10, step: 0.1 },
}));

/** Clinical range is [0, cutoff]; scores move in tenths, so the non-clinical range starts a tenth above. */
function orsBands(cutoff: number): Band[] {
  return [
    { id: 'clinical_range', label: `Clinical range (≤ ${String(cutoff)})`, min: 0, max: cutoff },
    { id: 'non_clinical_range', label: `Non-clinical range (> ${String(cutoff)})`, min: cutoff + 0.1, max: MAX },
  ];
}

/** Scores ORS (Miller 2003): total of the four lines in tenths, banded at the clinical cut-off (default 25). */
export function scoreOrs(answers: readonly Answer[], options?: ScoreOptions): Score {
  const cutoff = resolveCutoff(options, DEFAULT_CUTOFF, MAX);
  // Sum in whole tenths so 0.1 + 0.2 is 0.3, not 0.30000000000000004.
  const tenths = sumOrNull(numericAnswers(ORS, answers).map((value) => (value === null ? null : Math.round(value * 10))));
  const total = tenths === null ? null : tenths / 10;
  return { total, band: bandFor(orsBands(cutoff), total), flags: flagsWhere({ incomplete: total === null }) };
}

export const ORS = {
  id: 'ORS',
  version: '1.0.0',
  scoringVersion: '1.0.0',
  title: 'Outcome Rating Scale',
  citation: 'Miller SD et al. The Outcome Rating Scale. J Brief Therapy 2003;2(2):91–100.',
  instructions: null,
  items: ITEMS,
  scoring: {
    description: 'Each line 0–10 (to 0.1 cm); total 0–40, higher = better; ≤ cut-off (default 25) = clinical range.',
    source: 'Miller 2003; cut-off and reliable change per developers (hiboop.com, OpenFIT KB)',
    totalRange: { min: 0, max: MAX },
    subscales: [],
  },
  bands: orsBands(DEFAULT_CUTOFF),
  flags: [{ id: 'incomplete', rule: 'any line missing: total is null', source: 'instruments.md §15.3' }],
  licence: {
    holder: 'Scott D. Miller & Barry L. Duncan',
    status: '© 2000 Miller & Duncan; free to individual clinicians on paper only; groups and electronic use need a licence',
    commercialUse: 'permission_required',
    itemTextAllowed: false,
    attribution: 'Outcome Rating Scale © 2000 Scott D. Miller and Barry L. Duncan.',
  },
  change: { direction: 'higher_is_better', reliableChangePoints: 5, measure: 'total', range: { min: 0, max: MAX } },
  norms: [],
  score: scoreOrs,
} as const satisfies InstrumentDefinition;
