/**
 * The sections of both plans under Waypoint's own plain-language headings (progress.md §4.1: the structure of the
 * safety planning intervention, not the licensed form's wording; §4.2 for relapse prevention). The editor, the
 * validation and the client copy are all driven by these tables.
 */
import { RELAPSE_SECTIONS, SAFETY_STEPS, type PlanEntry, type SafetyPlanKind } from './types';

export interface SectionDef {
  readonly id: string;
  /** The heading the client reads. */
  readonly heading: string;
  /** What to write there, in plain words. */
  readonly prompt: string;
  /** Label of each entry's fields; a field with no label is not asked. */
  readonly labels: { readonly text: string; readonly detail?: string; readonly phone?: string };
  /** Entries needed before the plan can be signed. */
  readonly minToSign: number;
  /** What to write when the section is still empty at signing. */
  readonly missing: string;
}

const CRISIS_LINES: readonly PlanEntry[] = [
  { text: '988 Suicide & Crisis Lifeline (call or text)', detail: 'Any time, day or night', phone: '988' },
  { text: 'Crisis Text Line: text HOME', detail: 'Any time, by text', phone: '741741' },
  { text: 'Emergency services or the nearest emergency department', detail: '', phone: '911' },
];

export const SAFETY_PLAN_SECTIONS: readonly SectionDef[] = [
  {
    id: SAFETY_STEPS[0],
    heading: 'Signs a crisis may be starting',
    prompt: 'Thoughts, pictures in my mind, moods, situations or things I do that tell me things are getting worse.',
    labels: { text: 'Sign' },
    minToSign: 1,
    missing: 'Add at least one sign that a crisis may be starting.',
  },
  {
    id: SAFETY_STEPS[1],
    heading: 'Things I can do on my own',
    prompt: 'What helps me take my mind off things without contacting anyone.',
    labels: { text: 'What I can do' },
    minToSign: 1,
    missing: 'Add at least one thing the client can do on their own.',
  },
  {
    id: SAFETY_STEPS[2],
    heading: 'People and places that take my mind off things',
    prompt: 'People I can be with and places I can go to feel better for a while.',
    labels: { text: 'Person or place', phone: 'Phone' },
    minToSign: 1,
    missing: 'Add at least one person or place that helps take the client’s mind off things.',
  },
  {
    id: SAFETY_STEPS[3],
    heading: 'People I can ask for help',
    prompt: 'People I trust to help me when I am in a crisis.',
    labels: { text: 'Name', detail: 'Relationship', phone: 'Phone' },
    minToSign: 1,
    missing: 'Add at least one person the client can ask for help.',
  },
  {
    id: SAFETY_STEPS[4],
    heading: 'Professionals and services I can contact',
    prompt: 'My clinician, urgent care or the emergency department, and crisis lines.',
    labels: { text: 'Name or service', detail: 'Address or hours', phone: 'Phone' },
    minToSign: 1,
    missing: 'Add at least one professional or crisis service.',
  },
  {
    id: SAFETY_STEPS[5],
    heading: 'Making my space safer',
    prompt: 'Things that could be used to hurt myself, and what will be done with each (removed, locked away, held by someone).',
    labels: { text: 'What', detail: 'What will be done, and by whom' },
    minToSign: 1,
    missing: 'Add how the client’s space will be made safer (or write that nothing was identified).',
  },
];

/** The safety plan's last section: a single text, not a list. */
export const REASONS_FOR_LIVING = {
  heading: 'What matters most to me and is worth living for',
  missing: 'Write what matters most to the client and is worth living for.',
} as const;

export const RELAPSE_PLAN_SECTIONS: readonly SectionDef[] = [
  {
    id: RELAPSE_SECTIONS[0],
    heading: 'Early signs that I am slipping',
    prompt: 'Thoughts, feelings and things I do (like skipping sessions or keeping to myself) that come before a slip.',
    labels: { text: 'Sign' },
    minToSign: 1,
    missing: 'Add at least one early sign of slipping.',
  },
  {
    id: RELAPSE_SECTIONS[1],
    heading: 'Situations and triggers that put me at risk',
    prompt: 'Feelings, people, places, times and things that make a slip more likely.',
    labels: { text: 'Trigger' },
    minToSign: 1,
    missing: 'Add at least one trigger or risky situation.',
  },
  {
    id: RELAPSE_SECTIONS[2],
    heading: 'What I will do instead',
    prompt: 'What I do when a trigger or an urge comes: delay, distract, ride out the urge, leave, call someone.',
    labels: { text: 'What I will do', detail: 'For which trigger' },
    minToSign: 1,
    missing: 'Add at least one thing the client will do instead.',
  },
  {
    id: RELAPSE_SECTIONS[3],
    heading: 'People who support my recovery',
    prompt: 'Family, friends, a sponsor or peers I can reach.',
    labels: { text: 'Name', detail: 'Relationship or role', phone: 'Phone' },
    minToSign: 1,
    missing: 'Add at least one person who supports the client’s recovery.',
  },
  {
    id: RELAPSE_SECTIONS[4],
    heading: 'If I am in danger',
    prompt: 'Crisis lines and services I contact if I might hurt myself or someone else.',
    labels: { text: 'Name or service', detail: 'Address or hours', phone: 'Phone' },
    minToSign: 1,
    missing: 'Add at least one crisis contact.',
  },
  {
    id: RELAPSE_SECTIONS[5],
    heading: 'If I slip',
    prompt: 'What I do in the first 24 hours, who I call and how I get back into treatment. A slip is information, not failure.',
    labels: { text: 'What I will do' },
    minToSign: 1,
    missing: 'Add what the client will do after a slip.',
  },
];

/** The sections of a plan kind, in order. */
export function sectionsOf(kind: SafetyPlanKind): readonly SectionDef[] {
  return kind === 'safety_plan' ? SAFETY_PLAN_SECTIONS : RELAPSE_PLAN_SECTIONS;
}

/** The plan's name as the chart and the client copy say it. */
export function planTitle(kind: SafetyPlanKind): string {
  return kind === 'safety_plan' ? 'Safety plan' : 'Relapse-prevention plan';
}

/** The entries a new plan starts with: the crisis lines where a section asks for crisis contacts (editable, §4.1). */
export function startingSections(kind: SafetyPlanKind): Readonly<Record<string, readonly PlanEntry[]>> {
  const crisisSection = kind === 'safety_plan' ? 'professionals_agencies' : 'crisis';
  return Object.fromEntries(sectionsOf(kind).map((s) => [s.id, s.id === crisisSection ? CRISIS_LINES : []]));
}
