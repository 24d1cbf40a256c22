/**
 * AUDIT-C — items 1–3 of the AUDIT (Bush et al. 1998, Arch Intern Med 158:1789–95; Bradley et al. 2003/2007),
 * total 0–12, positive at ≥4 for men and ≥3 for women (§5.3 of instruments.md). Public domain (SAMHSA), but the
 * spec gives only paraphrased questions, so item wording waits for the official form (options as tabled in §5.1).
 */
import { applyAuditSkips, INCOMPLETE_AFTER_SKIPS } from './audit';
import { screenBands } from './screeners';
import { bandFor, flagsWhere, numberedOptions, numericAnswers, resolveCutoff, sumOrNull } from './scoring';
import { summedTotal } from './definition';
import type { Answer, InstrumentDefinition, Score, ScoreOptions } from './types';

const MAX = 12;
const CUTOFF_MALE = 4;
/** Women, and anyone whose sex is not recorded as male: the more sensitive threshold (§5.3 design choice). */
const CUTOFF_DEFAULT = 3;

const FREQUENCY = numberedOptions(['Never', 'Monthly or less', '2–4 times a month', '2–3 times a week', '4 or more times a week']);
const DRINKS = numberedOptions(['1 or 2', '3 or 4', '5 or 6', '7 to 9', '10 or more']);
const HEAVY = numberedOptions(['Never', 'Less than monthly', 'Monthly', 'Weekly', 'Daily or almost daily']);

/** The sex-specific default cut-off; an explicit `params.cutoff` wins (§15.2). */
export function auditCCutoff(options?: ScoreOptions): number {
  const fallback = options?.context?.sex === 'male' ? CUTOFF_MALE : CUTOFF_DEFAULT;
  return resolveCutoff(options, fallback, MAX);
}

/** Scores AUDIT-C (Bush 1998; Bradley 2007): positive at the sex-specific cut-off; item 1 = Never skips 2–3. */
export function scoreAuditC(answers: readonly Answer[], options?: ScoreOptions): Score {
  const cutoff = auditCCutoff(options);
  const total = sumOrNull(applyAuditSkips(numericAnswers(AUDIT_C, answers)));
  const flags = flagsWhere({ screen_positive: total !== null && total >= cutoff, incomplete: total === null });
  return { total, band: bandFor(screenBands(cutoff, MAX), total), flags };
}

export const AUDIT_C = {
  id: 'AUDIT-C',
  version: '1.0.0',
  scoringVersion: '1.0.0',
  title: 'AUDIT-C (alcohol consumption questions)',
  citation: 'Bush K, Kivlahan DR, McDonell MB, Fihn SD, Bradley KA. The AUDIT alcohol consumption questions (AUDIT-C). Arch Intern Med 1998;158:1789–1795.',
  instructions: null,
  items: [
    { id: 'auditc_1', text: null, options: FREQUENCY },
    { id: 'auditc_2', text: null, options: DRINKS },
    { id: 'auditc_3', text: null, options: HEAVY },
  ],
  ...summedTotal({
    description: 'Sum of items 1–3 (0–12); item 1 = Never scores unasked items 2–3 as 0. Positive at ≥4 men, ≥3 women/unknown.',
    source: 'Bush 1998; Bradley 2003/2007; Addict Sci Clin Pract 2014',
    min: 0,
    max: MAX,
  }),
  bands: screenBands(CUTOFF_DEFAULT, MAX),
  flags: [{ id: 'screen_positive', rule: 'total ≥ 4 (men) or ≥ 3 (women, sex unknown); configurable', source: 'Bradley 2007' }, INCOMPLETE_AFTER_SKIPS],
  licence: {
    holder: 'Public domain (SAMHSA)',
    status: '"AUDIT-C is available for use in the public domain" (SAMHSA tool_auditc.pdf)',
    commercialUse: 'allowed',
    itemTextAllowed: true,
    attribution: 'Bush K et al. 1998, Arch Intern Med 158:1789–1795.',
  },
  norms: [],
  score: scoreAuditC,
} as const satisfies InstrumentDefinition;
