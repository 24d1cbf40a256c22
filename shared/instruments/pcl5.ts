/**
 * PCL-5 — Weathers et al. 2013 (VA National Center for PTSD); Blevins et al. 2015, J Trauma Stress 28:489–498
 * (§4 of instruments.md). Total 0–80, clusters B–E, provisional cut-off 31–33 (default 33) and the DSM-5 rule.
 * No severity bands: "there are currently no empirically derived severity ranges for the PCL-5".
 */
import { bandFor, cutoffBands, flagsWhere, itemsFrom, numberedOptions, numericAnswers, pick, resolveCutoff, sumOrNull } from './scoring';
import type { Answer, InstrumentDefinition, Score, ScoreOptions } from './types';

const MAX = 80;
const DEFAULT_CUTOFF = 33;
/** An item rated ≥2 ("Moderately") counts as an endorsed symptom for the DSM-5 rule. */
const ENDORSED = 2;

/** Items 1–20, exact wording (CamCOPS pcl5.xml, matches the VA form; §4.1). */
const TEXTS = [
  'Repeated, disturbing, and unwanted memories of the stressful experience?',
  'Repeated, disturbing dreams of the stressful experience?',
  'Suddenly feeling or acting as if the stressful experience were actually happening again (as if you were actually back there reliving it)?',
  'Feeling very upset when something reminded you of the stressful experience?',
  'Having strong physical reactions when something reminded you of the stressful experience (for example, heart pounding, trouble breathing, sweating)?',
  'Avoiding memories, thoughts, or feelings related to the stressful experience?',
  'Avoiding external reminders of the stressful experience (for example, people, places, conversations, activities, objects, or situations)?',
  'Trouble remembering important parts of the stressful experience?',
  'Having strong negative beliefs about yourself, other people, or the world (for example, having thoughts such as: I am bad, there is something seriously wrong with me, no one can be trusted, the world is completely dangerous)?',
  'Blaming yourself or someone else for the stressful experience or what happened after it?',
  'Having strong negative feelings such as fear, horror, anger, guilt, or shame?',
  'Loss of interest in activities that you used to enjoy?',
  'Feeling distant or cut off from other people?',
  'Trouble experiencing positive feelings (for example, being unable to feel happiness or have loving feelings for people close to you)?',
  'Irritable behavior, angry outbursts, or acting aggressively?',
  'Taking too many risks or doing things that could cause you harm?',
  'Being "superalert" or watchful or on guard?',
  'Feeling jumpy or easily startled?',
  'Having difficulty concentrating?',
  'Trouble falling or staying asleep?',
] as const;

const OPTIONS = numberedOptions(['Not at all', 'A little bit', 'Moderately', 'Quite a bit', 'Extremely']);

/** DSM-5 symptom clusters (item positions) and how many endorsed items each needs. */
const CLUSTERS = [
  { id: 'B', positions: [1, 2, 3, 4, 5], needed: 1 },
  { id: 'C', positions: [6, 7], needed: 1 },
  { id: 'D', positions: [8, 9, 10, 11, 12, 13, 14], needed: 2 },
  { id: 'E', positions: [15, 16, 17, 18, 19, 20], needed: 2 },
] as const;

function dsm5CriteriaMet(values: readonly (number | null)[]): boolean {
  return CLUSTERS.every((cluster) => {
    const endorsed = pick(values, cluster.positions).filter((value) => value !== null && value >= ENDORSED);
    return endorsed.length >= cluster.needed;
  });
}

/**
 * Scores PCL-5 per NCPTSD guidance (comorbidityguidelines.org.au, Appendix S). A missing item makes the total null
 * (§4.2: prorating would change what the cut-off means); complete clusters are still reported, and the DSM-5 rule
 * still fires when the answered items already meet it (missing items can only add symptoms).
 */
export function scorePcl5(answers: readonly Answer[], options?: ScoreOptions): Score {
  const cutoff = resolveCutoff(options, DEFAULT_CUTOFF, MAX);
  const values = numericAnswers(PCL5, answers);
  const total = sumOrNull(values);
  const subscales: Record<string, number> = {};
  for (const cluster of CLUSTERS) {
    const sum = sumOrNull(pick(values, cluster.positions));
    if (sum !== null) subscales[cluster.id] = sum;
  }
  const flags = flagsWhere({
    above_cutoff: total !== null && total >= cutoff,
    dsm5_provisional_criteria_met: dsm5CriteriaMet(values),
    incomplete: total === null,
  });
  return { total, band: bandFor(cutoffBands(cutoff, MAX, 'below_cutoff', 'probable_ptsd'), total), flags, subscales };
}

export const PCL5 = {
  id: 'PCL-5',
  version: '1.0.0',
  scoringVersion: '1.0.0',
  title: 'PTSD Checklist for DSM-5',
  citation:
    'Weathers FW, Litz BT, Keane TM, Palmieri PA, Marx BP, Schnurr PP. The PTSD Checklist for DSM-5 (PCL-5). 2013. www.ptsd.va.gov; Blevins CA et al. J Trauma Stress 2015;28:489–498.',
  instructions:
    'Below is a list of problems that people sometimes have in response to a very stressful experience. Please read each problem carefully and then circle one of the numbers to the right to indicate how much you have been bothered by that problem in the past month. In the past month, how much were you bothered by:',
  items: itemsFrom('pcl5', TEXTS, OPTIONS),
  scoring: {
    description: 'Sum of items 1–20 (0–80); clusters B 1–5, C 6–7, D 8–14, E 15–20. Any missing item: total null.',
    source: 'NCPTSD scoring guidance via comorbidityguidelines.org.au Appendix S; awell-score pcl_5',
    totalRange: { min: 0, max: MAX },
    subscales: CLUSTERS.map(({ id, positions }) => ({ id, itemIds: positions.map((n) => `pcl5_${String(n)}`) })),
  },
  bands: cutoffBands(DEFAULT_CUTOFF, MAX, 'below_cutoff', 'probable_ptsd'),
  flags: [
    {
      id: 'above_cutoff',
      rule: 'total ≥ cut-off (default 33, allow 31–33)',
      source: 'NCPTSD: "a cut-point score of 31-33 appears to be reasonable"',
    },
    {
      id: 'dsm5_provisional_criteria_met',
      rule: 'items ≥2: ≥1 of B, ≥1 of C, ≥2 of D, ≥2 of E',
      source: 'NCPTSD DSM-5 scoring rule',
    },
    { id: 'incomplete', rule: 'any item missing: total is null', source: 'instruments.md §4.2' },
  ],
  licence: {
    holder: 'US Government (VA National Center for PTSD)',
    status: 'Work of the US Government; not copyrighted',
    commercialUse: 'allowed',
    itemTextAllowed: true,
    attribution: 'Weathers, Litz, Keane, Palmieri, Marx & Schnurr (2013), National Center for PTSD.',
  },
  change: { direction: 'higher_is_worse', reliableChangePoints: 10, measure: 'total', range: { min: 0, max: MAX } },
  norms: [],
  score: scorePcl5,
} as const satisfies InstrumentDefinition;
