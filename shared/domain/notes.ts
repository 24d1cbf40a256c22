import type { StaffRole } from './staff';
import { RISK_LEVELS, type Note, type NoteRisk, type NoteSection } from './records';

/**
 * Session note templates, structured fields and the pure rules of the note lifecycle: draft → signed (content hash,
 * immutable) → addenda, and a supervisor's co-sign for supervised authors. `now` is always a parameter.
 */

export const NOTE_TEMPLATE_IDS = ['soap', 'dap', 'birp', 'progress', 'group', 'group-member', 'medication-visit'] as const;
export type NoteTemplateId = (typeof NOTE_TEMPLATE_IDS)[number];

/** Templates a clinician picks for an individual or family note; the group ones are written from a group session. */
export const INDIVIDUAL_TEMPLATE_IDS = ['soap', 'dap', 'birp', 'progress'] as const satisfies readonly NoteTemplateId[];

export interface TemplateSection {
  readonly key: string;
  readonly heading: string;
  /** What belongs in the section; shown as the field's description. */
  readonly hint: string;
}

/** A template; its id is its key in NOTE_TEMPLATES. */
export interface NoteTemplate {
  readonly label: string;
  readonly sections: readonly TemplateSection[];
}

const PLAN: TemplateSection = { key: 'plan', heading: 'Plan', hint: 'Next steps, homework, next session, referrals.' };

export const NOTE_TEMPLATES: Readonly<Record<NoteTemplateId, NoteTemplate>> = {
  soap: {
    label: 'SOAP',
    sections: [
      { key: 'subjective', heading: 'Subjective', hint: 'What the client reports: concerns, mood, events since last session.' },
      { key: 'objective', heading: 'Objective', hint: 'What you observed: presentation, affect, behaviour, scores.' },
      { key: 'assessment', heading: 'Assessment', hint: 'Your clinical impression and progress toward goals.' },
      PLAN,
    ],
  },
  dap: {
    label: 'DAP',
    sections: [
      { key: 'data', heading: 'Data', hint: 'What the client said and what you observed.' },
      { key: 'assessment', heading: 'Assessment', hint: 'Your interpretation and progress toward goals.' },
      PLAN,
    ],
  },
  birp: {
    label: 'BIRP',
    sections: [
      { key: 'behavior', heading: 'Behavior', hint: 'The client’s presentation and reported behaviour.' },
      { key: 'intervention', heading: 'Intervention', hint: 'What you did in session.' },
      { key: 'response', heading: 'Response', hint: 'How the client responded to the interventions.' },
      PLAN,
    ],
  },
  progress: {
    label: 'Progress note',
    sections: [{ key: 'progress', heading: 'Progress note', hint: 'The session in your own words.' }],
  },
  group: {
    label: 'Group note',
    sections: [{ key: 'summary', heading: 'Group summary', hint: 'Topic, skills taught and the group’s process; no individual details.' }, PLAN],
  },
  'group-member': {
    label: 'Group member note',
    sections: [{ key: 'individual', heading: 'Individual participation', hint: 'This member’s participation, presentation and progress.' }],
  },
  // Written from a medication visit (Medications tab); one per visit, linked to the visit's session.
  'medication-visit': {
    label: 'Medication visit',
    sections: [{ key: 'visit', heading: 'Visit note', hint: 'Response, adherence, side effects and the plan agreed in the visit.' }],
  },
};

/** True for a known template id (stored ids are plain strings). */
export function isTemplateId(id: string): id is NoteTemplateId {
  return (NOTE_TEMPLATE_IDS as readonly string[]).includes(id);
}

/** The template of a stored note, falling back to the free progress note for an unknown id. */
export function templateOf(templateId: string): NoteTemplate {
  return isTemplateId(templateId) ? NOTE_TEMPLATES[templateId] : NOTE_TEMPLATES.progress;
}

/** What a note of this template is called: "SOAP note", "Progress note", "Group note" (never "… note note"). */
export function noteLabel(templateId: string): string {
  const { label } = templateOf(templateId);
  return /\bnote$/i.test(label) ? label : `${label} note`;
}

/** False for the group templates: their leader records neither risk nor interventions unless asked per member. */
export function asksRiskAndInterventions(templateId: string): boolean {
  return templateId !== 'group' && templateId !== 'group-member';
}

/** The shared group note of a group session (no client); it is written and signed on the session's page. */
export function isGroupNote(note: Pick<Note, 'templateId' | 'clientId'>): boolean {
  return note.templateId === 'group' && note.clientId === '';
}

/** Empty sections of a template, in its order. */
export function emptySections(templateId: NoteTemplateId): NoteSection[] {
  return NOTE_TEMPLATES[templateId].sections.map(({ key, heading }) => ({ key, heading, html: '' }));
}

export type RiskLevel = (typeof RISK_LEVELS)[number];
export const RISK_LEVEL_LABELS: Readonly<Record<RiskLevel, string>> = { none: 'None identified', low: 'Low', moderate: 'Moderate', high: 'High' };
/** What notes written before the structured risk fields read as (schema v1 migration), and addenda and co-signs carry. */
export const NO_RISK: NoteRisk = { level: 'none', text: '' };
/** A new draft's risk: no level chosen yet, so a clinician never signs "None identified" they did not pick. */
export const UNASSESSED_RISK: NoteRisk = { level: '', text: '' };

/** The label of a stored risk level; '' (never chosen) reads "Not recorded". */
export function riskLevelLabel(level: NoteRisk['level']): string {
  return level === '' ? 'Not recorded' : RISK_LEVEL_LABELS[level];
}

export const INTERVENTIONS = [
  { id: 'cbt', label: 'CBT' },
  { id: 'dbt-skills', label: 'DBT skills' },
  { id: 'mindfulness', label: 'Mindfulness' },
  { id: 'grounding', label: 'Grounding' },
  { id: 'cognitive-reframing', label: 'Cognitive reframing' },
  { id: 'motivational-interviewing', label: 'Motivational interviewing' },
  { id: 'psychoeducation', label: 'Psychoeducation' },
  { id: 'safety-planning', label: 'Safety planning' },
  { id: 'behavioral-activation', label: 'Behavioral activation' },
  { id: 'exposure', label: 'Exposure' },
  { id: 'act', label: 'Acceptance and commitment (ACT)' },
  { id: 'family-systems', label: 'Family systems' },
  { id: 'relapse-prevention', label: 'Relapse prevention' },
  { id: 'supportive', label: 'Supportive therapy' },
] as const;
export type InterventionId = (typeof INTERVENTIONS)[number]['id'];

/** Label of an intervention id; an unknown id (from a newer version) is shown as stored. */
export function interventionLabel(id: string): string {
  return INTERVENTIONS.find((i) => i.id === id)?.label ?? id;
}

/** Visible text of a section's HTML (tags dropped, entities for spaces decoded), for emptiness checks and previews. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(br|\/p|\/li|\/h\d)\s*\/?>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The sections of `sections` re-laid onto another template without losing text: same keys keep their text; text of
 * sections the new template lacks is appended to its last section under the old heading.
 */
export function retemplate(sections: readonly NoteSection[], templateId: NoteTemplateId): NoteSection[] {
  const next = emptySections(templateId).map((s) => ({ ...s, html: sections.find((o) => o.key === s.key)?.html ?? '' }));
  const orphans = sections.filter((o) => htmlToText(o.html) !== '' && !next.some((s) => s.key === o.key));
  const last = next[next.length - 1];
  if (orphans.length === 0 || !last) return next;
  const carried = orphans.map((o) => `<p><strong>${escapeHtml(o.heading)}</strong></p>${o.html}`).join('');
  return [...next.slice(0, -1), { ...last, html: last.html + carried }];
}

/** Escapes text for insertion into a section's HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** True when the record may never change again: a signed note, an addendum or a co-sign. */
export function isLocked(note: Pick<Note, 'kind' | 'status'>): boolean {
  return note.kind !== 'note' || note.status === 'signed';
}

/** Only the author edits (and signs) their own draft. */
export function canEditNote(note: Pick<Note, 'kind' | 'status' | 'authorId'>, actorId: string): boolean {
  return !isLocked(note) && note.authorId === actorId;
}

/** True when a draft holds anything a person entered: a title, section text, a risk assessment or interventions. */
export function hasDraftContent(note: Pick<Note, 'title' | 'sections' | 'risk' | 'interventions'>): boolean {
  const risk = note.risk ?? NO_RISK;
  return (
    note.title.trim() !== '' ||
    note.sections.some((s) => htmlToText(s.html) !== '') ||
    (risk.level !== 'none' && risk.level !== '') ||
    risk.text.trim() !== '' ||
    (note.interventions ?? []).length > 0
  );
}

/**
 * Only the author discards their own draft, and not a group session's: the group draft and its member notes are
 * written and signed together on the session's page (a member note is a draft only while signing runs).
 */
export function canDiscardNote(note: Pick<Note, 'kind' | 'status' | 'authorId' | 'templateId'>, actorId: string): boolean {
  return note.kind === 'note' && note.status === 'draft' && note.authorId === actorId && asksRiskAndInterventions(note.templateId);
}

/** What signing depends on beyond the note itself. */
export interface SignContext {
  /** The client has a safety alert no clinician has answered yet (PHQ-9 item 9 or a C-SSRS risk level). */
  readonly openSafetyAlert: boolean;
}

export const RISK_REQUIRED = 'This client has an open safety alert: choose a risk level before signing.';

/** Why a draft cannot be signed yet ('' when it can): with an open safety alert the risk level must be chosen. */
export function signBlocker(note: Pick<Note, 'kind' | 'status' | 'authorId' | 'sections' | 'risk'>, actorId: string, context?: SignContext): string {
  if (isLocked(note)) return 'This note is already signed.';
  if (note.authorId !== actorId) return 'Only the note’s author can sign it.';
  if (note.sections.every((s) => htmlToText(s.html) === '')) return 'Write at least one section before signing.';
  if (context?.openSafetyAlert === true && (note.risk?.level ?? '') === '') return RISK_REQUIRED;
  return '';
}

/** A note needs a co-sign when it was signed by a supervised author and no co-sign record exists for it. */
export function awaitsCosign(note: Pick<Note, 'id' | 'kind' | 'status' | 'cosignRequired'>, cosigns: readonly Pick<Note, 'parentId'>[]): boolean {
  return note.kind === 'note' && note.status === 'signed' && note.cosignRequired === true && !cosigns.some((c) => c.parentId === note.id);
}

/** Supervisors and admins co-sign others' notes that await it. */
export function canCosign(
  note: Pick<Note, 'id' | 'kind' | 'status' | 'cosignRequired' | 'authorId'>,
  cosigns: readonly Pick<Note, 'parentId'>[],
  actor: { readonly id: string; readonly role: StaffRole },
): boolean {
  return (actor.role === 'supervisor' || actor.role === 'admin') && actor.id !== note.authorId && awaitsCosign(note, cosigns);
}

export type NoteState = 'draft' | 'discarded' | 'signed' | 'awaiting-cosign' | 'cosigned';
export const NOTE_STATE_LABELS: Readonly<Record<NoteState, string>> = {
  draft: 'Draft',
  discarded: 'Discarded',
  signed: 'Signed',
  'awaiting-cosign': 'Awaiting co-sign',
  cosigned: 'Co-signed',
};

/** Where a note stands in its lifecycle, given the co-sign records of the client. */
export function noteState(note: Pick<Note, 'id' | 'kind' | 'status' | 'cosignRequired'>, cosigns: readonly Pick<Note, 'parentId'>[]): NoteState {
  if (note.status === 'draft') return 'draft';
  if (note.status === 'discarded') return 'discarded';
  if (awaitsCosign(note, cosigns)) return 'awaiting-cosign';
  return cosigns.some((c) => c.parentId === note.id) ? 'cosigned' : 'signed';
}

export const UNSIGNED_FLAG_HOURS = 24;

/** Whole hours since a draft was started. */
export function unsignedAgeHours(note: Pick<Note, 'createdAt'>, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - Date.parse(note.createdAt)) / 3_600_000));
}

/** Drafts older than 24 hours are flagged. */
export function isUnsignedOverdue(note: Pick<Note, 'createdAt'>, now: Date): boolean {
  return now.getTime() - Date.parse(note.createdAt) > UNSIGNED_FLAG_HOURS * 3_600_000;
}

/** "under 1 h", "5 h", "2 d 3 h". */
export function formatAge(hours: number): string {
  if (hours < 1) return 'under 1 h';
  if (hours < 24) return `${hours} h`;
  const days = Math.floor(hours / 24);
  const rest = hours % 24;
  return rest === 0 ? `${days} d` : `${days} d ${rest} h`;
}

/** Fields of a stored note with the v1 structured fields filled in for notes written before them. */
export function withNoteDefaults(note: Note): Note & Required<Pick<Note, 'risk' | 'interventions' | 'contentHash' | 'cosignRequired' | 'draftKey'>> {
  return {
    ...note,
    risk: note.risk ?? NO_RISK,
    interventions: note.interventions ?? [],
    contentHash: note.contentHash ?? '',
    cosignRequired: note.cosignRequired ?? false,
    draftKey: note.draftKey ?? '',
  };
}
