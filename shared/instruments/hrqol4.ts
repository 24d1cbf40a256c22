/**
 * CDC HRQOL-4, the Healthy Days core questions (progress.md §8.1–§8.2). Public domain: "free for public use … not
 * copyrighted, are in the public domain, and do not require permission for use or licensing fees" (CDC HRQOL FAQ),
 * so the item wording ships. No total: the summary is the Healthy Days subscales. 30-day recall; no published
 * reliable-change value, so change is shown without a reliable-change label and never used by progress rules.
 */
import { flagsWhere, numericAnswers } from './scoring';
import { noTotal } from './definition';
import type { Answer, InstrumentDefinition, Item, Score } from './types';

const DAYS = { min: 0, max: 30, step: 1 } as const;

const ITEMS: readonly Item[] = [
  {
    id: 'hrqol4_1',
    text: 'Would you say that in general your health is',
    options: ['Excellent', 'Very good', 'Good', 'Fair', 'Poor'].map((label, index) => ({ value: index + 1, label })),
  },
  {
    id: 'hrqol4_2',
    text: 'Now thinking about your physical health, which includes physical illness and injury, for how many days during the past 30 days was your physical health not good?',
    options: [],
    continuous: DAYS,
  },
  {
    id: 'hrqol4_3',
    text: 'Now thinking about your mental health, which includes stress, depression, and problems with emotions, for how many days during the past 30 days was your mental health not good?',
    options: [],
    continuous: DAYS,
  },
  {
    id: 'hrqol4_4',
    text: 'During the past 30 days, for about how many days did poor physical or mental health keep you from doing your usual activities, such as self-care, work, or recreation?',
    options: [],
    continuous: DAYS,
  },
];

/**
 * Scores HRQOL-4 (CDC "Measuring Healthy Days", via SHADAC): unhealthy days = min(30, physical + mental), healthy
 * days = 30 − unhealthy days. "Don't know/refused" is null; a subscale that needs a null answer is left out.
 */
export function scoreHrqol4(answers: readonly Answer[]): Score {
  const [gh, phys, ment, act] = numericAnswers(CDC_HRQOL4, answers);
  const subscales: Record<string, number> = {};
  if (gh !== null && gh !== undefined) subscales.general_health = gh;
  if (phys !== null && phys !== undefined) subscales.physically_unhealthy_days = phys;
  if (ment !== null && ment !== undefined) subscales.mentally_unhealthy_days = ment;
  if (phys !== null && phys !== undefined && ment !== null && ment !== undefined) {
    subscales.unhealthy_days = Math.min(30, phys + ment);
    subscales.healthy_days = 30 - subscales.unhealthy_days;
  }
  if (act !== null && act !== undefined) subscales.activity_limitation_days = act;
  const flags = flagsWhere({
    fair_or_poor_health: gh !== null && gh !== undefined && gh >= 4,
    frequent_mental_distress: ment !== null && ment !== undefined && ment >= 14,
    frequent_physical_distress: phys !== null && phys !== undefined && phys >= 14,
  });
  return { total: null, band: null, flags, subscales };
}

export const CDC_HRQOL4 = {
  id: 'CDC-HRQOL-4',
  version: '1.0.0',
  scoringVersion: '1.0.0',
  title: 'CDC Health-Related Quality of Life (Healthy Days core, 4 items)',
  citation: 'Centers for Disease Control and Prevention. Measuring Healthy Days. Atlanta: CDC; 2000. HRQOL-14 "Healthy Days Measure".',
  instructions: null,
  items: ITEMS,
  ...noTotal({
    description:
      'No total. General health 1–5; physically and mentally unhealthy days 0–30; unhealthy days = min(30, physical + mental); healthy days = 30 − unhealthy days; activity-limitation days 0–30.',
    source: 'CDC HRQOL-14 page; SHADAC citing CDC "Measuring Healthy Days" (progress.md §8.2)',
    subscales: [
      { id: 'general_health', itemIds: ['hrqol4_1'] },
      { id: 'physically_unhealthy_days', itemIds: ['hrqol4_2'] },
      { id: 'mentally_unhealthy_days', itemIds: ['hrqol4_3'] },
      { id: 'unhealthy_days', itemIds: ['hrqol4_2', 'hrqol4_3'] },
      { id: 'healthy_days', itemIds: ['hrqol4_2', 'hrqol4_3'] },
      { id: 'activity_limitation_days', itemIds: ['hrqol4_4'] },
    ],
  }),
  bands: [],
  flags: [
    { id: 'fair_or_poor_health', rule: 'general health Fair or Poor (≥ 4)', source: 'CDC/BRFSS convention [S] (progress.md §8.2)' },
    { id: 'frequent_mental_distress', rule: 'mentally unhealthy days ≥ 14', source: 'CDC frequent mental distress [S] (progress.md §8.2)' },
    { id: 'frequent_physical_distress', rule: 'physically unhealthy days ≥ 14', source: 'CDC frequent physical distress [S] (progress.md §8.2)' },
  ],
  licence: {
    holder: 'Centers for Disease Control and Prevention (US government work)',
    status: 'public domain; no permission or fee required (CDC HRQOL FAQ)',
    commercialUse: 'allowed',
    itemTextAllowed: true,
    attribution: 'CDC HRQOL-4 (Healthy Days core questions), Centers for Disease Control and Prevention.',
  },
  norms: [],
  score: scoreHrqol4,
} as const satisfies InstrumentDefinition;
