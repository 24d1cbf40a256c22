/**
 * A client's record export (issue 19 item 4, a client's right of access): everything signed in one client's chart as
 * a machine-readable bundle, and the same bundle drawn as a PDF (client-record-document.ts). The never-include rules
 * of progress.md §7.2 apply: items 2–5 and 7 are opt-ins chosen per export (each audited), items 1, 6 and 8 are never
 * in it — psychotherapy notes, other group members, drafts, unsigned documents, audit data, sync metadata, alert
 * and rule identifiers.
 */

/** The bundle's shape; a reader checks `format` and `version` before anything else (docs/client-record-export.md). */
import { PART2_OPT_IN_LABEL, part2ExportRefusal, type Part2Subject } from './part2';

export const CLIENT_RECORD_FORMAT = 'waypoint-client-record';
export const CLIENT_RECORD_VERSION = 1;

/** §7.2 items a user may opt in to, one export at a time. */
export const RECORD_OPT_INS = ['note_narratives', 'family_free_text', 'checkin_homework_free_text', 'item_answers', 'part2'] as const;
export type RecordOptIn = (typeof RECORD_OPT_INS)[number];

export const RECORD_OPT_IN_LABELS: Readonly<Record<RecordOptIn, string>> = {
  note_narratives: 'Session-note text (SOAP/DAP/BIRP sections, addenda, visit notes, session observations)',
  family_free_text: 'Family feedback text and the names of family members and contacts',
  checkin_homework_free_text: 'Check-in and homework free text',
  item_answers: 'Item-level answers of measures (including PHQ-9 item 9 and C-SSRS answers)',
  part2: PART2_OPT_IN_LABEL,
};

/** What is never in a record export, whatever is chosen (§7.2 items 1, 6, 8). */
export const NEVER_IN_RECORD_EXPORT =
  'Never included: psychotherapy notes, anything identifying other group members, drafts and unsigned documents, audit data, sync metadata, alert and rule identifiers.';

/** Keys that are sync metadata, integrity internals or rule identifiers: dropped from every exported object (§7.2 item 8). */
const INTERNAL_KEYS = new Set([
  '_rev',
  '_meta',
  '_deleted',
  '_attachments',
  'draftKey',
  'contentHash',
  'recommendation',
  'evidence',
  'snapshot',
  'ruleSetVersion',
  'matchedRules',
  'rule',
  'memberIds',
]);

export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/** A JSON object (not null, not a list). */
export function isJsonObject(v: JsonValue | undefined): v is { readonly [key: string]: JsonValue } {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A deep copy as plain JSON without the internal keys. */
export function withoutInternal(value: unknown): JsonValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map(withoutInternal);
  if (typeof value === 'object') {
    const out: Record<string, JsonValue> = {};
    for (const [k, v] of Object.entries(value)) if (!INTERNAL_KEYS.has(k) && v !== undefined) out[k] = withoutInternal(v);
    return out;
  }
  return null;
}

/** Why this record may not be exported with these opt-ins, or null (the Part 2 rule every report shares). */
export function recordExportRefusal(client: Part2Subject, optIns: readonly RecordOptIn[]): string | null {
  return part2ExportRefusal(client, optIns);
}

export interface RecordDemographics {
  readonly firstName: string;
  readonly lastName: string;
  readonly preferredName: string;
  readonly pronouns: string;
  readonly dateOfBirth: string;
  readonly program: string;
  readonly levelOfCare: string;
  readonly admissionDate: string;
  readonly status: string;
  readonly dischargeDate: string | null;
  readonly dischargeReason: string | null;
  readonly primaryClinician: string;
  /** Only with the family_free_text opt-in (family members' identities). */
  readonly contacts?: readonly { readonly name: string; readonly relation: string; readonly phone: string; readonly email: string }[];
}

export interface RecordNote {
  readonly id: string;
  readonly kind: 'note' | 'addendum' | 'cosign';
  /** The signed note an addendum or co-sign belongs to; '' for a note. */
  readonly parentId: string;
  readonly title: string;
  readonly templateId: string;
  readonly signedAt: string;
  readonly author: string;
  readonly riskLevel: string;
  readonly interventions: readonly string[];
  /** Only with note_narratives. */
  readonly sections?: readonly { readonly heading: string; readonly text: string }[];
}

export interface RecordScore {
  readonly id: string;
  readonly instrument: string;
  readonly completedAt: string;
  readonly respondent: string;
  readonly score: number | null;
  readonly band: string | null;
  readonly flags: readonly string[];
  /** Only with item_answers (measures) or the free-text opt-ins (check-ins, family feedback). */
  readonly answers?: { readonly [item: string]: JsonValue };
  readonly comment?: string;
}

export interface RecordAttendance {
  readonly date: string;
  readonly session: string;
  readonly status: string;
  readonly engagement: number | null;
  /** Only with note_narratives. */
  readonly observations?: readonly string[];
}

/** The bundle: what the JSON file holds and the PDF draws. */
export interface ClientRecordBundle {
  readonly format: typeof CLIENT_RECORD_FORMAT;
  readonly version: typeof CLIENT_RECORD_VERSION;
  readonly exportedAt: string;
  readonly clinic: string;
  readonly exportedBy: string;
  readonly optIns: readonly RecordOptIn[];
  readonly neverIncluded: string;
  readonly part2Notice: string | null;
  readonly client: RecordDemographics;
  readonly episodes: readonly JsonValue[];
  readonly treatmentPlans: readonly JsonValue[];
  readonly safetyPlans: readonly JsonValue[];
  readonly measures: readonly RecordScore[];
  readonly checkIns: readonly RecordScore[];
  readonly familyFeedback: readonly RecordScore[];
  readonly attendance: readonly RecordAttendance[];
  readonly notes: readonly RecordNote[];
  readonly medications: readonly JsonValue[];
  readonly medicationEvents: readonly JsonValue[];
  readonly homework: readonly JsonValue[];
  readonly homeworkCompletions: readonly JsonValue[];
  readonly behaviourEntries: readonly JsonValue[];
  readonly reviews: readonly JsonValue[];
  readonly dischargeSummaries: readonly JsonValue[];
}
