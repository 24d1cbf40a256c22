/**
 * C-SSRS Screener (Columbia Protocol, screen version) — Posner et al. 2011, Am J Psychiatry 168:1266–77; triage per
 * §7 of instruments.md. No total: a risk level (highest applicable wins) and safety flags. Item wording must be the
 * official form's, which the spec does not reproduce, so `text` stays null until a clinic imports it.
 */
import { InvalidResponseError } from './errors';
import { checkAnswers, flagsWhere, rejectCutoff } from './scoring';
import { noTotal } from './definition';
import type { Answer, Band, InstrumentDefinition, Item, ResponseOption, Score, ScoreOptions } from './types';

const YES_NO: readonly ResponseOption[] = [
  { value: true, label: 'Yes' },
  { value: false, label: 'No' },
];

const IDS = ['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q6_within_past_3_months'] as const;
const ITEMS: readonly Item[] = IDS.map((id) => ({ id, text: null, options: YES_NO }));

interface Screen {
  readonly q1: boolean;
  readonly q2: boolean;
  readonly q3: boolean;
  readonly q4: boolean;
  readonly q5: boolean;
  readonly q6: boolean;
  readonly recent: boolean;
}

/** Risk levels, highest first; the first whose rule holds is the band (§7.2). */
const LEVELS: readonly { readonly id: string; readonly applies: (s: Screen) => boolean }[] = [
  { id: 'high', applies: (s) => s.q4 || s.q5 || (s.q6 && s.recent) },
  { id: 'moderate', applies: (s) => s.q3 || (s.q6 && !s.recent) },
  { id: 'low', applies: (s) => s.q1 || s.q2 },
  { id: 'none', applies: () => true },
];

function askedWhen(answer: Answer, asked: boolean, itemId: string): boolean {
  if (asked && typeof answer !== 'boolean') {
    throw new InvalidResponseError('C-SSRS-Screener', `${itemId} must be answered yes or no`, itemId);
  }
  if (!asked && answer !== null) {
    const message = `${itemId} is not asked here (skip logic) and must be null`;
    throw new InvalidResponseError('C-SSRS-Screener', message, itemId);
  }
  return answer === true;
}

/** Validates answers and the skip logic: Q3–Q5 only after Q2 = Yes; 6b only after Q6 = Yes. */
function readScreen(answers: readonly Answer[]): Screen {
  checkAnswers(CSSRS_SCREENER, answers);
  const [a1, a2, a3, a4, a5, a6, a6b] = answers;
  const q2 = askedWhen(a2 ?? null, true, 'q2');
  const q6 = askedWhen(a6 ?? null, true, 'q6');
  return {
    q1: askedWhen(a1 ?? null, true, 'q1'),
    q2,
    q3: askedWhen(a3 ?? null, q2, 'q3'),
    q4: askedWhen(a4 ?? null, q2, 'q4'),
    q5: askedWhen(a5 ?? null, q2, 'q5'),
    q6,
    recent: askedWhen(a6b ?? null, q6, 'q6_within_past_3_months'),
  };
}

/** Classifies the C-SSRS screener per the Columbia triage guidance (§7.2); every level routes to a clinician. */
export function scoreCssrsScreener(answers: readonly Answer[], options?: ScoreOptions): Score {
  rejectCutoff('C-SSRS-Screener', options);
  const screen = readScreen(answers);
  const band = LEVELS.find((level) => level.applies(screen))?.id ?? 'none';
  const flags = flagsWhere({
    suicidal_ideation_past_month: screen.q1 || screen.q2,
    suicidal_behavior_lifetime: screen.q6,
    suicidal_behavior_past_3_months: screen.q6 && screen.recent,
    imminent_risk: band === 'high',
  });
  return { total: null, band, flags };
}

/** Levels are not score ranges; min/max give their rank (0 none … 3 high) for ordering only. */
const BANDS: readonly Band[] = [
  { id: 'none', label: 'No risk identified', min: 0, max: 0 },
  { id: 'low', label: 'Low risk (Q1 or Q2 only)', min: 1, max: 1 },
  { id: 'moderate', label: 'Moderate risk (Q3, or behaviour > 3 months ago)', min: 2, max: 2 },
  { id: 'high', label: 'High risk (Q4, Q5, or behaviour within 3 months)', min: 3, max: 3 },
];

export const CSSRS_SCREENER = {
  id: 'C-SSRS-Screener',
  version: '1.0.0',
  scoringVersion: '1.0.0',
  title: 'Columbia-Suicide Severity Rating Scale — Screener',
  citation: 'Posner K et al. The Columbia-Suicide Severity Rating Scale. Am J Psychiatry 2011;168:1266–1277.',
  instructions: null,
  items: ITEMS,
  ...noTotal({
    description: 'Risk level, highest first: high = Q4 or Q5 or behaviour within 3 months; moderate = Q3 or older behaviour; low = Q1 or Q2; else none.',
    source: 'Columbia Lighthouse Project triage guidance; Blueprint summary (instruments.md §7.2)',
  }),
  bands: BANDS,
  flags: [
    { id: 'suicidal_ideation_past_month', rule: 'Q1 or Q2 = yes', source: 'instruments.md §7.2' },
    { id: 'suicidal_behavior_lifetime', rule: 'Q6 = yes', source: 'instruments.md §7.2' },
    { id: 'suicidal_behavior_past_3_months', rule: 'Q6 = yes and within the past 3 months', source: 'instruments.md §7.2' },
    { id: 'imminent_risk', rule: 'the high-risk rule holds', source: 'Columbia: "the most worrisome answers"' },
  ],
  licence: {
    holder: 'The Research Foundation for Mental Hygiene, Inc.',
    status: 'Free for health care providers, including in an EHR; terms for software vendors unconfirmed',
    commercialUse: 'unconfirmed',
    itemTextAllowed: true,
    attribution: 'Posner K et al. Columbia-Suicide Severity Rating Scale. © The Research Foundation for Mental Hygiene.',
  },
  norms: [],
  score: scoreCssrsScreener,
} as const satisfies InstrumentDefinition;
