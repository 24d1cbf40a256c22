/** Builds a client's record bundle (client-record.ts) from the chart's records, applying the §7.2 rules. */
import type { Client } from '../domain/client';
import type { Attendance, InstrumentResponse, Medication, MedicationEvent, Note } from '../domain/records';
import type { EpisodeEvent } from '../progress/episodes/types';
import type { HomeworkAssignment, HomeworkCompletion, TargetBehaviourEntry, TreatmentPlanVersion } from '../progress/plans/types';
import type { ProgressReview } from '../progress/reviews/review-types';
import type { SafetyPlanVersion } from '../progress/safety-plans/types';
import {
  CLIENT_RECORD_FORMAT,
  CLIENT_RECORD_VERSION,
  NEVER_IN_RECORD_EXPORT,
  isJsonObject,
  withoutInternal,
  type ClientRecordBundle,
  type JsonValue,
  type RecordAttendance,
  type RecordDemographics,
  type RecordNote,
  type RecordOptIn,
  type RecordScore,
} from './client-record';
import type { DischargeAddendum, DischargeSummary } from './discharge-record';
import { isPart2Client } from './part2';

/** Everything in one client's chart, as storage reads it (drafts included: the builder leaves them out). */
export interface ClientRecordSource {
  readonly client: Client;
  readonly clinicName: string;
  readonly exportedBy: string;
  readonly exportedAt: string;
  /** The clinic's 42 CFR 2.32 re-disclosure notice (Settings), printed for a Part 2 client. */
  readonly part2Notice: string;
  /** Staff names by id, for authors and clinicians. */
  readonly staffNames: ReadonlyMap<string, string>;
  readonly episodes: readonly EpisodeEvent[];
  readonly treatmentPlans: readonly TreatmentPlanVersion[];
  readonly safetyPlans: readonly SafetyPlanVersion[];
  /** Responses of every kind; one a correction supersedes is left out. */
  readonly responses: readonly InstrumentResponse[];
  readonly attendance: readonly (Attendance & { readonly sessionLabel: string })[];
  readonly notes: readonly Note[];
  readonly medications: readonly Medication[];
  readonly medicationEvents: readonly MedicationEvent[];
  readonly homework: readonly HomeworkAssignment[];
  readonly homeworkCompletions: readonly HomeworkCompletion[];
  readonly behaviourEntries: readonly TargetBehaviourEntry[];
  readonly reviews: readonly ProgressReview[];
  readonly dischargeSummaries: readonly DischargeSummary[];
  readonly dischargeAddenda: readonly DischargeAddendum[];
}

const UNSIGNED_PLAN_STATUSES = new Set(['draft', 'awaiting_signatures']);

/** A note section's HTML as plain text. */
export function plainText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

function demographics(s: ClientRecordSource, family: boolean): RecordDemographics {
  const c = s.client;
  return {
    firstName: c.firstName,
    lastName: c.lastName,
    preferredName: c.preferredName,
    pronouns: c.pronouns,
    dateOfBirth: c.dateOfBirth,
    program: c.program,
    levelOfCare: c.levelOfCare,
    admissionDate: c.admissionDate,
    status: c.status,
    dischargeDate: c.dischargeDate,
    dischargeReason: c.dischargeReason,
    primaryClinician: s.staffNames.get(c.primaryClinicianId) ?? 'Unknown clinician',
    ...(family ? { contacts: c.contacts.map((k) => ({ name: k.name, relation: k.relation, phone: k.phone, email: k.email })) } : {}),
  };
}

function noteOf(n: Note, s: ClientRecordSource, narratives: boolean): RecordNote {
  return {
    id: n.id,
    kind: n.kind,
    parentId: n.parentId,
    title: n.title,
    templateId: n.templateId,
    signedAt: n.signedAt ?? '',
    author: s.staffNames.get(n.authorId) ?? 'Unknown author',
    riskLevel: n.risk?.level ?? '',
    interventions: n.interventions ?? [],
    ...(narratives ? { sections: n.sections.map((x) => ({ heading: x.heading, text: plainText(x.html) })).filter((x) => x.text !== '') } : {}),
  };
}

/** An answer without its free text: strings are dropped at any depth of an object; lists (chosen options) are kept. */
function withoutFreeText(v: JsonValue): JsonValue | undefined {
  if (typeof v === 'string') return undefined;
  if (!isJsonObject(v)) return v;
  const kept = Object.entries(v).flatMap(([k, x]) => {
    const y = withoutFreeText(x);
    return y === undefined ? [] : [[k, y] as const];
  });
  return kept.length === 0 ? undefined : Object.fromEntries(kept);
}

/** Answers keeping only numbers and chosen options unless free text is opted in (strings are free text). */
function answersOf(r: InstrumentResponse, freeText: boolean): { readonly [item: string]: JsonValue } {
  const all = withoutInternal(r.answers);
  const kept = freeText ? all : withoutFreeText(all);
  return isJsonObject(kept) ? kept : {};
}

function scoreOf(r: InstrumentResponse, extra: { readonly answers?: boolean; readonly freeText: boolean }): RecordScore {
  return {
    id: r.id,
    instrument: r.instrumentId,
    completedAt: r.completedAt,
    respondent: r.respondent,
    score: r.score,
    band: r.band,
    flags: r.flags,
    ...(extra.answers === true ? { answers: answersOf(r, extra.freeText) } : {}),
    ...(extra.freeText && r.comment.trim() !== '' ? { comment: r.comment } : {}),
  };
}

function attendanceOf(a: ClientRecordSource['attendance'][number], narratives: boolean): RecordAttendance {
  const observations = [a.participationNote, a.communicationNote, a.regulationNote].filter((t) => t.trim() !== '');
  return { date: a.sessionAt, session: a.sessionLabel, status: a.status, engagement: a.engagement, ...(narratives ? { observations } : {}) };
}

function medicationEventOf(e: MedicationEvent, narratives: boolean): JsonValue {
  const { note, ...rest } = e;
  return withoutInternal(narratives && note.trim() !== '' ? { ...rest, note } : rest);
}

const signedOnly = <T extends { readonly status: string }>(xs: readonly T[]) => xs.filter((x) => x.status === 'signed');

/** The bundle of one client's chart with these opt-ins (opt-ins not chosen leave their items out entirely). */
export function buildClientRecordBundle(s: ClientRecordSource, optIns: readonly RecordOptIn[]): ClientRecordBundle {
  const has = (o: RecordOptIn) => optIns.includes(o);
  const narratives = has('note_narratives');
  const checkinText = has('checkin_homework_free_text');
  const family = has('family_free_text');
  const superseded = new Set(s.responses.map((r) => r.supersedesId ?? '').filter((id) => id !== ''));
  const ofKind = (k: InstrumentResponse['kind']) =>
    s.responses.filter((r) => r.kind === k && !superseded.has(r.id)).sort((a, b) => a.completedAt.localeCompare(b.completedAt));
  return {
    format: CLIENT_RECORD_FORMAT,
    version: CLIENT_RECORD_VERSION,
    exportedAt: s.exportedAt,
    clinic: s.clinicName,
    exportedBy: s.exportedBy,
    optIns: [...optIns].sort(),
    neverIncluded: NEVER_IN_RECORD_EXPORT,
    part2Notice: isPart2Client(s.client) ? s.part2Notice : null,
    client: demographics(s, family),
    episodes: [...s.episodes].sort((a, b) => a.occurredOn.localeCompare(b.occurredOn)).map((e) => withoutInternal(narratives ? e : { ...e, note: '' })),
    treatmentPlans: s.treatmentPlans.filter((p) => !UNSIGNED_PLAN_STATUSES.has(p.status)).map(withoutInternal),
    safetyPlans: s.safetyPlans.filter((p) => !UNSIGNED_PLAN_STATUSES.has(p.status)).map(withoutInternal),
    measures: ofKind('measure').map((r) => scoreOf(r, { answers: has('item_answers'), freeText: false })),
    checkIns: ofKind('check-in').map((r) => scoreOf(r, { answers: true, freeText: checkinText })),
    familyFeedback: ofKind('family-feedback').map((r) => scoreOf(r, { answers: true, freeText: family })),
    attendance: [...s.attendance].sort((a, b) => a.sessionAt.localeCompare(b.sessionAt)).map((a) => attendanceOf(a, narratives)),
    notes: signedOnly(s.notes)
      .sort((a, b) => (a.signedAt ?? '').localeCompare(b.signedAt ?? ''))
      .map((n) => noteOf(n, s, narratives)),
    medications: s.medications.map(withoutInternal),
    medicationEvents: [...s.medicationEvents].sort((a, b) => a.occurredOn.localeCompare(b.occurredOn)).map((e) => medicationEventOf(e, narratives)),
    homework: s.homework.map(withoutInternal),
    homeworkCompletions: s.homeworkCompletions.map((c) => withoutInternal(checkinText ? c : { ...c, note: null })),
    behaviourEntries: s.behaviourEntries.map(withoutInternal),
    reviews: signedOnly(s.reviews).map(withoutInternal),
    dischargeSummaries: [
      ...signedOnly(s.dischargeSummaries).map(withoutInternal),
      ...s.dischargeAddenda.map((a) => withoutInternal({ ...a, kind: 'addendum' })),
    ],
  };
}
