/**
 * DASS-21 — Lovibond SH, Lovibond PF. Manual for the Depression Anxiety Stress Scales, 2nd ed., 1995 (§10 of
 * instruments.md). Three 7-item subscales; score = raw × 2, banded with the DASS-42 severity labels. No total (UNSW
 * FAQ #26). Licence restricts the audience to professionals, so no item or option wording ships (§13, §15.5).
 */
import { bandFor, bandsFrom, flagsWhere, numericAnswers, pick, rejectCutoff, sumOrNull } from './scoring';
import { noTotal } from './definition';
import type { Answer, InstrumentDefinition, Item, ResponseOption, Score, ScoreOptions, SubscaleScore } from './types';

const OPTIONS: readonly ResponseOption[] = [0, 1, 2, 3].map((value) => ({ value, label: null }));
const ITEMS: readonly Item[] = Array.from({ length: 21 }, (_, index) => ({
  id: `dass21_${String(index + 1)}`,
  text: null,
  options: OPTIONS,
}));

/** Severity on the doubled (DASS-42-equivalent) score; upper bound 42 = 21 raw × 2. */
function severity(normal: number, mild: number, moderate: number, severe: number): ReturnType<typeof bandsFrom> {
  return bandsFrom([
    ['normal', 0, normal],
    ['mild', normal + 1, mild],
    ['moderate', mild + 1, moderate],
    ['severe', moderate + 1, severe],
    ['extremely_severe', severe + 1, 42],
  ]);
}

const SUBSCALES = [
  { id: 'depression', positions: [3, 5, 10, 13, 16, 17, 21], bands: severity(9, 13, 20, 27) },
  { id: 'anxiety', positions: [2, 4, 7, 9, 15, 19, 20], bands: severity(7, 9, 14, 19) },
  { id: 'stress', positions: [1, 6, 8, 11, 12, 14, 18], bands: severity(14, 18, 25, 33) },
] as const;

/** Scores DASS-21: each subscale raw sum × 2, banded per the Lovibond manual; an incomplete subscale is omitted. */
export function scoreDass21(answers: readonly Answer[], options?: ScoreOptions): Score {
  rejectCutoff('DASS-21', options);
  const values = numericAnswers(DASS21, answers);
  const subscales: Record<string, SubscaleScore> = {};
  for (const { id, positions, bands } of SUBSCALES) {
    const raw = sumOrNull(pick(values, positions));
    const band = bandFor(bands, raw === null ? null : raw * 2);
    if (raw !== null && band !== null) subscales[id] = { raw, score: raw * 2, band };
  }
  const flags = flagsWhere({ incomplete: values.includes(null) });
  return { total: null, band: null, flags, subscales };
}

export const DASS21 = {
  id: 'DASS-21',
  version: '1.0.0',
  scoringVersion: '1.0.0',
  title: 'Depression Anxiety Stress Scales (21-item)',
  citation: 'Lovibond SH, Lovibond PF. Manual for the Depression Anxiety Stress Scales, 2nd ed. Sydney: Psychology Foundation, 1995.',
  instructions: null,
  items: ITEMS,
  ...noTotal({
    description: 'Subscale score = raw sum of its 7 items × 2 (0–42), then DASS-42 severity bands. No total.',
    source: 'Lovibond 1995 manual; ×2 rule and bands as decided in instruments.md §10.2',
    subscales: SUBSCALES.map(({ id, positions, bands }) => ({
      id,
      itemIds: positions.map((n) => `dass21_${String(n)}`),
      bands,
    })),
  }),
  bands: [],
  flags: [{ id: 'incomplete', rule: 'any item missing: its subscale is not scored', source: 'instruments.md §10.2 (FAQ #27 not retrieved)' }],
  licence: {
    holder: 'Lovibond & Lovibond / UNSW',
    status: 'Public domain with restrictions: unmodified, not sold, audience researchers or health professionals',
    commercialUse: 'unconfirmed',
    itemTextAllowed: false,
    attribution: 'Lovibond SH, Lovibond PF (1995). Manual for the DASS. www2.psy.unsw.edu.au/dass/',
  },
  norms: [],
  score: scoreDass21,
} as const satisfies InstrumentDefinition;
