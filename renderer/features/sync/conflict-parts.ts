import { sanitizeNoteHtml } from '../../../shared/domain/note-html';
import { RISK_LEVEL_LABELS, interventionLabel, templateOf } from '../../../shared/domain/notes';
import { carePlanTitle } from './careplan-titles';
import { planContentParts } from './plan-conflict-parts';

/**
 * Pure comparison of a record's current version with a conflict copy, part by part: per section for notes (each
 * section's rich text), the note's risk level and risk text, and per field for every other record. Drives the
 * side-by-side Conflicts screen and its merge.
 */

export type Doc = Readonly<Record<string, unknown>>;

/** How a part is shown and merged: note HTML in the note editor, plain text in a text box, other values kept whole. */
export type PartFormat = 'rich' | 'text' | 'value';

export interface ConflictPart {
  /** `field:<name>`, `section:<key>`, `risk:level` or `risk:text`. */
  readonly key: string;
  /** What a person calls it: a section heading or a field's label ("Preferred name"). */
  readonly label: string;
  /** Stored text (HTML for 'rich' parts) or a readable rendering of the value. */
  readonly current: string;
  readonly other: string;
  readonly differs: boolean;
  readonly format: PartFormat;
}

// Bookkeeping: who saved and when differs by nature and is restamped by the resolution.
const SKIPPED = new Set(['id', 'authorId', 'createdAt', 'updatedAt']);
// Not shown: a draft's crash-recovery key means nothing to a person (the current one is kept when merging).
const HIDDEN = new Set([...SKIPPED, 'draftKey']);

const RECORD_WORD: Readonly<Record<string, string>> = {
  clients: 'Client record',
  staff: 'Staff record',
  careplans: 'Plan',
  groups: 'Group',
  medications: 'Medication',
};

const FIELD_LABELS: Readonly<Record<string, string>> = {
  firstName: 'First name',
  lastName: 'Last name',
  preferredName: 'Preferred name',
  dateOfBirth: 'Date of birth',
  levelOfCare: 'Level of care',
  primaryClinicianId: 'Primary clinician',
  admissionDate: 'Admission date',
  dischargeDate: 'Discharge date',
  dischargeReason: 'Discharge reason',
  dischargeNote: 'Discharge note',
  templateId: 'Template',
  clientId: 'Client',
  sessionId: 'Session',
  cosignerId: 'Co-signer',
  cosignRequired: 'Co-sign required',
  signedAt: 'Signed at',
};

/** A field's label: a known one, else its name in words ("nextReviewDate" → "Next review date"). */
export function fieldLabel(field: string): string {
  const known = FIELD_LABELS[field];
  if (known) return known;
  const words = field
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A value as readable text: lists joined, objects as "Label: value", yes/no for booleans. */
export function showValue(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (Array.isArray(value))
    return value
      .map(showValue)
      .filter((v) => v !== '')
      .join('; ');
  if (typeof value === 'object') {
    return Object.entries(value)
      .flatMap(([k, v]) => {
        const shown = showValue(v);
        return shown === '' ? [] : [`${fieldLabel(k)}: ${shown}`];
      })
      .join(', ');
  }
  return '';
}

const isText = (value: unknown): boolean => value === undefined || value === null || typeof value === 'string';
const asDoc = (value: unknown): Doc | null => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Doc) : null);
const part = (key: string, label: string, current: string, other: string, format: PartFormat): ConflictPart => ({
  key,
  label,
  current,
  other,
  differs: current !== other,
  format,
});

interface Section {
  readonly key: string;
  readonly heading: string;
  readonly html: string;
}

function sectionsOf(doc: Doc | null): Section[] {
  const raw = doc?.sections;
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((s: unknown) => {
    const r = asDoc(s);
    return r && typeof r.key === 'string' ? [{ key: r.key, heading: showValue(r.heading) || r.key, html: showValue(r.html) }] : [];
  });
}

function sectionParts(current: Doc | null, other: Doc): ConflictPart[] {
  const mine = sectionsOf(current);
  const theirs = sectionsOf(other);
  const keys = [...new Set([...mine.map((s) => s.key), ...theirs.map((s) => s.key)])];
  return keys.map((key) => {
    const a = mine.find((s) => s.key === key);
    const b = theirs.find((s) => s.key === key);
    return part(`section:${key}`, a?.heading ?? b?.heading ?? key, a?.html ?? '', b?.html ?? '', 'rich');
  });
}

const riskLevel = (risk: Doc | null): string => {
  const level = risk?.level;
  return typeof level === 'string' ? ((RISK_LEVEL_LABELS as Readonly<Record<string, string>>)[level] ?? level) : '';
};

/** A note's structured risk: the level (kept whole) and the written assessment (merged as text). */
function riskParts(current: Doc | null, other: Doc): ConflictPart[] {
  const a = asDoc(current?.risk);
  const b = asDoc(other.risk);
  return [
    part('risk:level', 'Risk level', riskLevel(a), riskLevel(b), 'value'),
    part('risk:text', 'Risk assessment', showValue(a?.text), showValue(b?.text), 'text'),
  ];
}

function noteValue(field: string, value: unknown): string {
  if (field === 'interventions' && Array.isArray(value)) return value.map((id) => interventionLabel(String(id))).join(', ');
  if (field === 'templateId' && typeof value === 'string') return templateOf(value).label;
  return showValue(value);
}

/** The parts of two versions, in field order; notes compare their sections one by one, then the risk assessment. */
export function conflictParts(collection: string, current: Doc | null, other: Doc): ConflictPart[] {
  const fields = [...new Set([...Object.keys(current ?? {}), ...Object.keys(other)])].filter((f) => !HIDDEN.has(f) && !f.startsWith('_'));
  const isNote = collection === 'notes';
  const isPlan = collection === 'careplans' && (current?.kind ?? other.kind) === 'treatment_plan';
  const parts = fields.flatMap((field): ConflictPart[] => {
    if (isNote && (field === 'sections' || field === 'risk')) return [];
    // A plan's sealed body is compared section by section below; its hash and status history are bookkeeping.
    if (isPlan && (field === 'content' || field === 'contentHash' || field === 'lifecycle')) return [];
    const a = current?.[field];
    const b = other[field];
    const show = isNote ? (v: unknown) => noteValue(field, v) : showValue;
    return [part(`field:${field}`, fieldLabel(field), show(a), show(b), isText(a) && isText(b) ? 'text' : 'value')];
  });
  if (isPlan) return [...planContentParts(current?.content, other.content).map((p) => part(p.key, p.label, p.current, p.other, 'value')), ...parts];
  if (!isNote) return parts;
  const risk = current?.risk !== undefined || other.risk !== undefined ? riskParts(current, other) : [];
  return [...sectionParts(current, other), ...risk, ...parts];
}

/** Default merged text: both versions, the current one first, when they differ (rich text as two runs of blocks). */
export function defaultMergeText(p: Pick<ConflictPart, 'current' | 'other' | 'differs' | 'format'>): string {
  if (!p.differs || p.other === '') return p.current;
  if (p.current === '') return p.other;
  return p.format === 'rich' ? sanitizeNoteHtml(`${p.current}${p.other}`) : `${p.current}\n${p.other}`;
}

/** The fields of the other version, to write over the current one ("use the conflict copy"). */
export function otherVersionPatch(other: Doc): Record<string, unknown> {
  return Object.fromEntries(Object.entries(other).filter(([k]) => !SKIPPED.has(k) && !k.startsWith('_')));
}

function mergedSections(current: Doc, texts: readonly (readonly [string, string])[]): Record<string, unknown>[] {
  // Keep every other property of a section (template hints, prompts): only its text is merged.
  const raw: unknown[] = Array.isArray(current.sections) ? current.sections : [];
  const sections = raw.map((s) => ({ ...(asDoc(s) ?? {}) }));
  for (const [sectionKey, html] of texts) {
    const existing = sections.find((s) => s.key === sectionKey);
    if (existing) existing.html = html;
    else sections.push({ key: sectionKey, heading: sectionKey, html });
  }
  return sections;
}

/** The patch that writes merged texts (by part key) onto the current version. */
export function mergedPatch(current: Doc, merged: Readonly<Record<string, string>>): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  const sectionTexts: [string, string][] = [];
  for (const [key, text] of Object.entries(merged)) {
    if (key.startsWith('field:')) patch[key.slice(6)] = text;
    else if (key.startsWith('section:')) sectionTexts.push([key.slice(8), text]);
    else if (key === 'risk:text') patch.risk = { level: 'none', ...(asDoc(current.risk) ?? {}), text };
  }
  if (sectionTexts.length > 0) patch.sections = mergedSections(current, sectionTexts);
  return patch;
}

/** What a conflict is about, for its heading: "SOAP note for Doe, Jane, started 3 Mar 2026", "Client record Jane Doe". */
export function conflictTitle(
  collection: string,
  refId: string,
  data: Doc,
  context: { readonly clientName: string | null; readonly formatDate: (iso: string) => string },
): string {
  if (collection === 'notes') {
    if (data.kind === 'addendum') return 'Addendum to a signed note';
    const label = templateOf(showValue(data.templateId)).label;
    const kind = /note$/i.test(label) ? label : `${label} note`;
    const client = context.clientName ? ` for ${context.clientName}` : '';
    const started = typeof data.createdAt === 'string' ? `, started ${context.formatDate(data.createdAt)}` : '';
    return `${kind}${client}${started}`;
  }
  const carePlan = collection === 'careplans' ? carePlanTitle(data, context.formatDate) : null;
  if (carePlan) return carePlan;
  if (collection === 'clinic' && data.kind === 'schedule') return 'Measures schedule';
  const word = RECORD_WORD[collection] ?? fieldLabel(collection);
  const parts = typeof data.name === 'string' ? [data.name] : [data.firstName, data.lastName];
  const name = parts.filter((v) => typeof v === 'string' && v !== '').join(' ');
  const title = typeof data.title === 'string' ? data.title : '';
  return `${word} ${name || title || refId}`;
}

export type ConflictLimit = 'signed' | 'not-author' | 'signed-plan' | null;

/**
 * What may be done with a note conflict: a signed current version can only be kept (signed notes never change; the
 * copy's text belongs in an addendum), and only a draft's author may write into it. Null: no limit.
 */
export function noteConflictLimit(collection: string, current: Doc | null, userId: string): ConflictLimit {
  // A plan version signed since the copy was made never changes: the copy's changes belong in a new version.
  if (collection === 'careplans' && current?.kind === 'treatment_plan' && current.status !== 'draft') return 'signed-plan';
  if (collection !== 'notes' || !current) return null;
  if (current.kind !== 'note' || current.status === 'signed') return 'signed';
  return current.authorId === userId ? null : 'not-author';
}
