/**
 * The sections of both plans under Waypoint's own plain-language headings (progress.md §4.1: the structure of the
 * safety planning intervention, not the licensed form's wording; §4.2 for relapse prevention). The editor, the
 * validation and the client copy are all driven by these tables.
 */
import { RELAPSE_SECTIONS, SAFETY_STEPS, type PlanEntry, type RelapseSectionId, type SafetyPlanKind, type SafetyStepId } from './types';

/** What one section says: its wording is keyed by the section's id, its place comes from the plan's list of ids. */
export interface SectionText {
  /** The heading the client reads. */
  readonly heading: string;
  /** What to write there, in plain words. */
  readonly prompt: string;
  /** Label of each entry's fields; a field with no label is not asked. */
  readonly labels: { readonly text: string; readonly detail?: string; readonly phone?: string };
  /** What to write when the section is still empty at signing (every section needs an entry before the plan is signed). */
  readonly missing: string;
}

export interface SectionDef extends SectionText {
  readonly id: string;
}

const CRISIS_LINES: readonly PlanEntry[] = [
  { text: '988 Suicide & Crisis Lifeline (call or text)', detail: 'Any time, day or night', phone: '988' },
  { text: 'Crisis Text Line: text HOME', detail: 'Any time, by text', phone: '741741' },
  { text: 'Emergency services or the nearest emergency department', detail: '', phone: '911' },
];

const SAFETY_PLAN_TEXT = {
  warning_signs: {
    heading: 'Signs a crisis may be starting',
    prompt: 'Thoughts, pictures in my mind, moods, situations or things I do that tell me things are getting worse.',
    labels: { text: 'Sign' },
    missing: 'Add at least one sign that a crisis may be starting.',
  },
  internal_coping: {
    heading: 'Things I can do on my own',
    prompt: 'What helps me take my mind off things without contacting anyone.',
    labels: { text: 'What I can do' },
    missing: 'Add at least one thing the client can do on their own.',
  },
  social_distraction: {
    heading: 'People and places that take my mind off things',
    prompt: 'People I can be with and places I can go to feel better for a while.',
    labels: { text: 'Person or place', phone: 'Phone' },
    missing: 'Add at least one person or place that helps take the client’s mind off things.',
  },
  people_to_ask_for_help: {
    heading: 'People I can ask for help',
    prompt: 'People I trust to help me when I am in a crisis.',
    labels: { text: 'Name', detail: 'Relationship', phone: 'Phone' },
    missing: 'Add at least one person the client can ask for help.',
  },
  professionals_agencies: {
    heading: 'Professionals and services I can contact',
    prompt: 'My clinician, urgent care or the emergency department, and crisis lines.',
    labels: { text: 'Name or service', detail: 'Address or hours', phone: 'Phone' },
    missing: 'Add at least one professional or crisis service.',
  },
  environment_safety: {
    heading: 'Making my space safer',
    prompt: 'Things that could be used to hurt myself, and what will be done with each (removed, locked away, held by someone).',
    labels: { text: 'What', detail: 'What will be done, and by whom' },
    missing: 'Add how the client’s space will be made safer (or write that nothing was identified).',
  },
} as const satisfies Record<SafetyStepId, SectionText>;

/** The safety plan's last section: a single text, not a list. */
export const REASONS_FOR_LIVING = {
  heading: 'What matters most to me and is worth living for',
  missing: 'Write what matters most to the client and is worth living for.',
} as const;

const RELAPSE_PLAN_TEXT = {
  warning_signs: {
    heading: 'Early signs that I am slipping',
    prompt: 'Thoughts, feelings and things I do (like skipping sessions or keeping to myself) that come before a slip.',
    labels: { text: 'Sign' },
    missing: 'Add at least one early sign of slipping.',
  },
  triggers: {
    heading: 'Situations and triggers that put me at risk',
    prompt: 'Feelings, people, places, times and things that make a slip more likely.',
    labels: { text: 'Trigger' },
    missing: 'Add at least one trigger or risky situation.',
  },
  coping: {
    heading: 'What I will do instead',
    prompt: 'What I do when a trigger or an urge comes: delay, distract, ride out the urge, leave, call someone.',
    labels: { text: 'What I will do', detail: 'For which trigger' },
    missing: 'Add at least one thing the client will do instead.',
  },
  supports: {
    heading: 'People who support my recovery',
    prompt: 'Family, friends, a sponsor or peers I can reach.',
    labels: { text: 'Name', detail: 'Relationship or role', phone: 'Phone' },
    missing: 'Add at least one person who supports the client’s recovery.',
  },
  crisis: {
    heading: 'If I am in danger',
    prompt: 'Crisis lines and services I contact if I might hurt myself or someone else.',
    labels: { text: 'Name or service', detail: 'Address or hours', phone: 'Phone' },
    missing: 'Add at least one crisis contact.',
  },
  lapse_plan: {
    heading: 'If I slip',
    prompt: 'What I do in the first 24 hours, who I call and how I get back into treatment. A slip is information, not failure.',
    labels: { text: 'What I will do' },
    missing: 'Add what the client will do after a slip.',
  },
} as const satisfies Record<RelapseSectionId, SectionText>;

function inOrder<Id extends string>(ids: readonly Id[], text: Readonly<Record<Id, SectionText>>): readonly SectionDef[] {
  return ids.map((id) => ({ id, ...text[id] }));
}

export const SAFETY_PLAN_SECTIONS = inOrder(SAFETY_STEPS, SAFETY_PLAN_TEXT);
export const RELAPSE_PLAN_SECTIONS = inOrder(RELAPSE_SECTIONS, RELAPSE_PLAN_TEXT);

/** What each plan kind is called, its sections in order, and the section a new plan fills with the crisis lines (§4.1). */
const PLAN_KINDS: Readonly<Record<SafetyPlanKind, { readonly title: string; readonly sections: readonly SectionDef[]; readonly crisisSection: string }>> = {
  safety_plan: { title: 'Safety plan', sections: SAFETY_PLAN_SECTIONS, crisisSection: 'professionals_agencies' satisfies SafetyStepId },
  relapse_prevention_plan: { title: 'Relapse-prevention plan', sections: RELAPSE_PLAN_SECTIONS, crisisSection: 'crisis' satisfies RelapseSectionId },
};

/** The sections of a plan kind, in order. */
export function sectionsOf(kind: SafetyPlanKind): readonly SectionDef[] {
  return PLAN_KINDS[kind].sections;
}

/** The plan's name as the chart and the client copy say it. */
export function planTitle(kind: SafetyPlanKind): string {
  return PLAN_KINDS[kind].title;
}

/** The entries a new plan starts with: the crisis lines where a section asks for crisis contacts (editable, §4.1). */
export function startingSections(kind: SafetyPlanKind): Readonly<Record<string, readonly PlanEntry[]>> {
  const { sections, crisisSection } = PLAN_KINDS[kind];
  return Object.fromEntries(sections.map((s) => [s.id, s.id === crisisSection ? CRISIS_LINES : []]));
}
