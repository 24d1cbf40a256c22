import type { HOMEWORK_BARRIERS, HOMEWORK_CATEGORIES, HOMEWORK_STATUSES } from '../../../shared/progress/plans/types';

export const CATEGORY_LABELS: Readonly<Record<(typeof HOMEWORK_CATEGORIES)[number], string>> = {
  thought_record: 'Thought record',
  diary_card: 'Diary card',
  behavioural_activation: 'Behavioural activation',
  exposure: 'Exposure',
  mindfulness: 'Mindfulness',
  relapse_prevention_worksheet: 'Relapse-prevention worksheet',
  skills_practice: 'Skills practice',
  reading: 'Reading',
  mutual_help_meeting: 'Mutual-help meeting',
  other: 'Other',
};

export const STATUS_LABELS: Readonly<Record<(typeof HOMEWORK_STATUSES)[number], string>> = {
  assigned: 'Assigned',
  in_progress: 'In progress',
  completed: 'Completed',
  partially_completed: 'Partly completed',
  not_completed: 'Not completed',
  excused: 'Excused',
  cancelled: 'Cancelled',
};

export const BARRIER_LABELS: Readonly<Record<(typeof HOMEWORK_BARRIERS)[number], string>> = {
  forgot: 'Forgot',
  no_time: 'No time',
  too_hard: 'Too hard',
  did_not_understand: 'Did not understand',
  symptoms: 'Symptoms got in the way',
  tech: 'Technology problem',
  other: 'Other',
};

/** Skills offered when assigning (free text is allowed too). */
export const SKILL_SUGGESTIONS = [
  'Grounding',
  'Cognitive reframing',
  'Paced breathing',
  'Distress tolerance',
  'Behavioural activation',
  'Urge surfing',
  'Mindfulness',
  'Problem solving',
] as const;

export const QUALITY_LABELS = ['0 — not done or done incorrectly', '1 — partly as taught', '2 — skill applied as taught'] as const;

/** Mantine Select data of a label record. */
export function optionsOf<K extends string>(labels: Readonly<Record<K, string>>): { value: K; label: string }[] {
  return (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));
}
