/**
 * Minimal domain records for the collections later issues fill in (groups, sessions, attendance, notes, responses,
 * medications, medication events, care plans, clinic records). Routing fields are plaintext at rest; the fields
 * each collection module lists as sealed are what a person wrote or answered. Empty string means "none" for
 * routing ids, because RxDB indexes need required, non-null fields.
 */

/** Fields every record carries. */
export interface RecordBase {
  readonly id: string;
  readonly authorId: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** What a caller supplies to create a record; id, author and timestamps come from the write context. */
export type RecordInput<T extends RecordBase> = Omit<T, keyof RecordBase>;

export type JsonObject = Readonly<Record<string, unknown>>;

export const GROUP_STATUSES = ['active', 'archived'] as const;
export interface Group extends RecordBase {
  readonly status: (typeof GROUP_STATUSES)[number];
  readonly leaderId: string;
  /**
   * The roster: client ids, plaintext like every other clientId (a random id says nothing; the group's name and
   * description are sealed). Plaintext lets the server's validation see the field and lets a chart find a client's
   * groups without unsealing every group. No size cap.
   */
  readonly memberIds: readonly string[];
  readonly name: string;
  readonly description: string;
}

export const SESSION_KINDS = ['individual', 'group', 'family', 'medication'] as const;
export const SESSION_STATUSES = ['scheduled', 'held', 'cancelled'] as const;
export const SESSION_MODALITIES = ['video', 'phone', 'in-person'] as const;
/** Someone who joined a family session, by name and relation to the client. */
export interface FamilyAttendee {
  readonly name: string;
  readonly relation: string;
}
export interface Session extends RecordBase {
  readonly kind: (typeof SESSION_KINDS)[number];
  readonly status: (typeof SESSION_STATUSES)[number];
  /** '' for a group session. */
  readonly clientId: string;
  /** '' unless a group session. */
  readonly groupId: string;
  /** The lead clinician (first of clinicianIds). */
  readonly clinicianId: string;
  /** Every clinician of the session, lead first (plaintext routing, like clinicianId). */
  readonly clinicianIds: readonly string[];
  readonly startsAt: string;
  readonly endsAt: string;
  readonly modality: (typeof SESSION_MODALITIES)[number];
  /** Family sessions only; sealed. */
  readonly familyAttendees: readonly FamilyAttendee[];
  /** A family-feedback response attached to a family session; '' for none. */
  readonly feedbackResponseId: string;
  readonly title: string;
  readonly summary: string;
}

export const ATTENDANCE_STATUSES = ['present', 'late', 'left-early', 'absent-excused', 'absent-unexcused'] as const;
/** Technology barriers the program must see; an empty list means none. */
export const CONNECTION_PROBLEMS = ['audio', 'video', 'dropped'] as const;
export interface Attendance extends RecordBase {
  readonly sessionId: string;
  readonly clientId: string;
  /** The session's start, copied here so a client's attendance sorts and trends without reading every session. */
  readonly sessionAt: string;
  readonly status: (typeof ATTENDANCE_STATUSES)[number];
  /** 1–5, null when not rated (always null for an absence). */
  readonly engagement: number | null;
  /** Observation: participation. */
  readonly participationNote: string;
  /** Observation: communication. */
  readonly communicationNote: string;
  /** Observation: emotional regulation. */
  readonly regulationNote: string;
  /** CONNECTION_PROBLEMS values; empty for none. */
  readonly connectionProblems: readonly string[];
}

/** 'cosign' is a supervisor's co-signature of a signed note (parentId): a new record, because a signed note never changes. */
export const NOTE_KINDS = ['note', 'addendum', 'cosign'] as const;
/**
 * 'discarded': a draft its author discarded while it held text; kept (hidden from Unsigned notes) so an admin can
 * restore it. An empty draft is deleted instead.
 */
export const NOTE_STATUSES = ['draft', 'signed', 'discarded'] as const;
export interface NoteSection {
  readonly key: string;
  readonly heading: string;
  readonly html: string;
}
export interface Note extends RecordBase {
  readonly kind: (typeof NOTE_KINDS)[number];
  readonly status: (typeof NOTE_STATUSES)[number];
  readonly clientId: string;
  /** '' when not tied to a session. */
  readonly sessionId: string;
  /** The signed note an addendum belongs to; '' for a note. */
  readonly parentId: string;
  readonly templateId: string;
  /** '' until a supervisor co-signs. */
  readonly cosignerId: string;
  readonly signedAt: string | null;
  readonly title: string;
  readonly sections: readonly NoteSection[];
  /** Structured risk assessment; absent on notes written before schema v1 (read as level 'none'). */
  readonly risk?: NoteRisk;
  /** Intervention ids (shared/domain/notes.ts INTERVENTIONS). */
  readonly interventions?: readonly string[];
  /** SHA-256 (hex) of the note's canonical content, stored when it is signed; '' before. */
  readonly contentHash?: string;
  /** Set at signing when the author is supervised: the note then awaits a supervisor's co-sign record. */
  readonly cosignRequired?: boolean;
  /** A draft's random key (base64) for its encrypted crash-recovery copy of unsaved typing; '' once signed. */
  readonly draftKey?: string;
  /** The signer's key signature (shared/signing RecordSignature); absent on records signed before schema v4. */
  readonly signature?: JsonObject;
}
export const RISK_LEVELS = ['none', 'low', 'moderate', 'high'] as const;
export interface NoteRisk {
  /** '' until the clinician chooses a level: a new draft never starts at "none identified". */
  readonly level: (typeof RISK_LEVELS)[number] | '';
  readonly text: string;
}

/**
 * homework_completion and target_behaviour: daily entries of progress.md §2–§3 (append-only like check-ins);
 * safety_event: a safety event reported in session and recorded by a clinician (§0.7, §4.3).
 */
export const RESPONSE_KINDS = ['measure', 'check-in', 'family-feedback', 'homework_completion', 'target_behaviour', 'safety_event'] as const;
export const RESPONDENTS = ['clinician', 'client', 'family'] as const;
export interface InstrumentResponse extends RecordBase {
  readonly kind: (typeof RESPONSE_KINDS)[number];
  readonly instrumentId: string;
  readonly instrumentVersion: string;
  readonly clientId: string;
  readonly sessionId: string;
  readonly respondent: (typeof RESPONDENTS)[number];
  readonly completedAt: string;
  readonly answers: JsonObject;
  readonly score: number | null;
  readonly band: string | null;
  readonly flags: readonly string[];
  readonly comment: string;
  /** The response this one corrects (absent or '' for none): responses are append-only, so a correction supersedes. */
  readonly supersedesId?: string;
  /** Why this response corrects `supersedesId` (sealed; absent before schema v2, '' for an uncorrected response). */
  readonly correctionReason?: string;
}

export const MEDICATION_STATUSES = ['active', 'stopped'] as const;
/** When a medication is taken: fixed times per day (optionally at given "HH:MM" times), or as needed. */
export interface MedicationSchedule {
  readonly asNeeded: boolean;
  /** Scheduled doses per day; for an as-needed medication the most per day (0 = no limit). */
  readonly timesPerDay: number;
  /** "HH:MM" times, one per scheduled dose, or empty when not fixed. */
  readonly times: readonly string[];
}
/** The current state of one prescription; its history (start, dose changes, stop) is in medication events. */
export interface Medication extends RecordBase {
  readonly clientId: string;
  readonly status: (typeof MEDICATION_STATUSES)[number];
  /** A staff id when the prescriber works at the clinic; '' otherwise (then `prescriber` names them). */
  readonly prescriberId: string;
  readonly name: string;
  /** Strength of the product, e.g. "50 mg tablet". */
  readonly strength: string;
  /** Amount per dose (> 0) in `doseUnit`; changed only together with a dose-change event. */
  readonly dose: number;
  readonly doseUnit: string;
  readonly route: string;
  readonly schedule: MedicationSchedule;
  readonly prescriber: string;
  readonly indication: string;
  readonly startedOn: string;
  readonly stoppedOn: string | null;
  readonly stopReason: string;
}

/**
 * Append-only medication history. 'side-effect-resolved' points at a side effect (detail.sideEffectId); 'visit' is
 * a finished medication visit (its note in `note`); see shared/domain/medications.ts for each kind's detail.
 */
export const MEDICATION_EVENT_KINDS = ['adherence', 'side-effect', 'side-effect-resolved', 'dose-change', 'start', 'stop', 'visit'] as const;
export interface MedicationEvent extends RecordBase {
  readonly kind: (typeof MEDICATION_EVENT_KINDS)[number];
  readonly clientId: string;
  /** '' when not tied to one medication (a side effect of unknown cause, a visit). */
  readonly medicationId: string;
  /** The medication visit (session id) the event was recorded in; '' outside a visit. */
  readonly sessionId: string;
  /** ISO date the event is about (an adherence day, the onset of a side effect, the date of a dose change). */
  readonly occurredOn: string;
  readonly detail: JsonObject;
  readonly note: string;
}

/**
 * The `careplans` collection (progress.md §0.7; RxDB's free build caps collections, so plans, homework and reviews
 * share one with a `kind`). Plan versions are frozen from `awaiting_signatures` on; `signed` is the status of a
 * finished review-type record.
 */
export const CAREPLAN_KINDS = [
  'treatment_plan',
  'safety_plan',
  'relapse_prevention_plan',
  'aftercare_plan',
  'homework',
  'progress_review',
  'progress_report',
  'discharge_summary',
  // An admission, transfer or discharge between levels of care (progress.md §0.2), stored signed: it never changes.
  'level_of_care_event',
] as const;
export const CAREPLAN_STATUSES = [
  'draft',
  'awaiting_signatures',
  'active',
  'superseded',
  'closed',
  'entered_in_error',
  'signed',
  'assigned',
  'in_progress',
  'completed',
  'partially_completed',
  'not_completed',
  'excused',
  'cancelled',
] as const;
/** Kinds whose records are signed versions: frozen once they leave draft (DESIGN.md, progress.md §0.3). */
export const VERSIONED_PLAN_KINDS: readonly (typeof CAREPLAN_KINDS)[number][] = ['treatment_plan', 'safety_plan', 'relapse_prevention_plan', 'aftercare_plan'];
export interface CarePlan extends RecordBase {
  readonly kind: (typeof CAREPLAN_KINDS)[number];
  readonly status: (typeof CAREPLAN_STATUSES)[number];
  readonly clientId: string;
  /** Stable id of the plan across its versions; the record's own id for homework and reviews. */
  readonly planId: string;
  /** 1, 2, 3 … for plan versions; 0 for other kinds. */
  readonly version: number;
  /** '' for the first version and for other kinds. */
  readonly previousVersionId: string;
  /** ISO date the version takes effect (homework: the day assigned); '' when none. */
  readonly effectiveFrom: string;
  /** ISO date the next review is due; '' when none. */
  readonly reviewDueOn: string;
  /**
   * SHA-256 of the signed content; '' while a draft. Plaintext so the server can refuse a signed version whose hash
   * changes: a hash over content holding random ids says nothing about the person.
   */
  readonly contentHash: string;
  /** What a person wrote: the plan version's body, the homework assignment, the review. */
  readonly content: JsonObject;
  /** Signatures and recorded refusals, append-only once the content is frozen. */
  readonly signatures: readonly JsonObject[];
  /** Status changes after freezing (who, when, why: superseded by, closed by discharge, entered in error), append-only. */
  readonly lifecycle: readonly JsonObject[];
}

/**
 * 'safety-ack': a clinician's signed response to a client's safety alert (refCollection 'clients', refId the client).
 * 'alert-snooze': a caseload alert put off for some days with a reason (progress.md §6.2; append-only, so snoozes from
 * two laptops merge as a union).
 * 'sync-account': a staff member's server account name (refCollection 'staff'); 'open' while the account may sync,
 * 'resolved' once the admin disabled it on the server (issue 18 item 4d).
 * 'encryption-key': a member's public ECDH key on one laptop, signed by their signing key there (refCollection 'staff';
 * shared/signing/encryption-keys.ts); rotated sync keys are wrapped to it (issue 18 item 4d).
 */
export const CLINIC_RECORD_KINDS = [
  'settings',
  'conflict-copy',
  'quarantine',
  'schedule',
  'safety-ack',
  'alert-snooze',
  'signing-key',
  'key-certificate',
  'audit-checkpoint',
  'sync-account',
  'encryption-key',
] as const;
export const CLINIC_RECORD_STATUSES = ['open', 'resolved'] as const;
export interface ClinicRecord extends RecordBase {
  readonly kind: (typeof CLINIC_RECORD_KINDS)[number];
  readonly status: (typeof CLINIC_RECORD_STATUSES)[number];
  /** The collection and record a conflict copy or quarantined document belongs to; '' otherwise. */
  readonly refCollection: string;
  readonly refId: string;
  readonly data: JsonObject;
  readonly reason: string;
}
