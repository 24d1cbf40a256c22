/**
 * Treatment-plan domain types (../shared/progress.md §1.2–§1.6, §2, §3). Identifiers in these unions are the exact
 * strings stored. Pure data: no clock, no ids generated here.
 */
import type { InstrumentId } from '../../instruments/types';
import type { RecordSignature } from '../../signing/signing-types';

export const PLAN_VERSION_STATUSES = ['draft', 'awaiting_signatures', 'active', 'superseded', 'closed', 'entered_in_error'] as const;
export type PlanVersionStatus = (typeof PLAN_VERSION_STATUSES)[number];

export const LEVEL_SCHEMES = ['asam3', 'asam4', 'mh', 'locus'] as const;
export const SERVICE_TYPES = ['individual', 'group', 'family', 'medication_management', 'case_management', 'peer_support', 'other'] as const;
export const PROBLEM_STATUSES = ['active', 'resolved', 'deferred', 'referred'] as const;
export const GOAL_STATUSES = ['active', 'achieved', 'partially_achieved', 'not_achieved', 'revised', 'discontinued'] as const;
export const OBJECTIVE_STATUSES = ['not_started', 'in_progress', 'met', 'partially_met', 'not_met', 'deferred', 'discontinued'] as const;
export const COMPARATORS = ['<', '<=', '>', '>='] as const;
export const REVIEW_PRESETS = ['waypoint_default', 'cms_iop', 'cms_php', 'nd_iop', 'mt_asam_2_5', 'ks_outpatient'] as const;

export type Comparator = (typeof COMPARATORS)[number];
export type GoalStatus = (typeof GOAL_STATUSES)[number];
export type ObjectiveStatus = (typeof OBJECTIVE_STATUSES)[number];
export type ReviewPresetId = (typeof REVIEW_PRESETS)[number];
export type BehaviourAggregate = 'sum_per_week' | 'days_with_any_per_week' | 'max_per_day';

/** What an objective is measured by (§1.4). */
export type MeasureTarget =
  | {
      readonly kind: 'instrument';
      readonly instrumentId: InstrumentId;
      readonly comparator: Comparator;
      readonly value: number;
      readonly over: 'latest' | { readonly lastN: number };
    }
  | { readonly kind: 'instrument_change'; readonly instrumentId: InstrumentId; readonly change: 'reliable_improvement' | 'response' | 'remission' }
  | {
      readonly kind: 'target_behaviour';
      readonly behaviourId: string;
      readonly aggregate: BehaviourAggregate;
      readonly comparator: Comparator;
      readonly value: number;
      readonly consecutiveWeeks: number;
    }
  | { readonly kind: 'homework'; readonly homeworkIds: readonly string[] | 'all'; readonly completionPctAtLeast: number; readonly windowDays: number }
  | { readonly kind: 'attendance'; readonly pctAtLeast: number; readonly windowDays: number }
  | {
      readonly kind: 'checkin';
      readonly field: 'mood' | 'anxiety' | 'stress' | 'cravings' | 'sleep' | 'coping';
      readonly mean7dComparator: Comparator;
      readonly value: number;
    }
  | { readonly kind: 'manual' };

export interface ObjectiveEvaluation {
  readonly asOf: string;
  readonly satisfied: boolean;
  readonly value: number | null;
  readonly detail: string;
}

export interface Intervention {
  readonly interventionId: string;
  readonly modality: string;
  readonly description: string;
  readonly frequency: { readonly count: number; readonly per: 'day' | 'week' | 'month' };
  readonly minutes: number | null;
  readonly responsibleStaffIds: readonly string[];
  readonly startDate: string;
  readonly endDate: string | null;
}

export interface Objective {
  readonly objectiveId: string;
  readonly statement: string;
  readonly measure: MeasureTarget;
  readonly baselineValue: number | null;
  readonly startDate: string;
  readonly targetDate: string;
  readonly status: ObjectiveStatus;
  readonly statusSource: 'auto' | 'clinician';
  readonly statusReason?: string;
  /** Inserted from the wording library and not yet edited or confirmed: blocks signing (§1.4). */
  readonly fromLibrary?: boolean;
  readonly interventions: readonly Intervention[];
}

export interface Goal {
  readonly goalId: string;
  readonly clientWords: string;
  readonly clinicalStatement?: string;
  readonly horizon: 'short' | 'long';
  readonly targetDate: string;
  readonly status: GoalStatus;
  readonly fromLibrary?: boolean;
  readonly objectives: readonly Objective[];
}

export interface Problem {
  readonly problemId: string;
  readonly statement: string;
  readonly asamDimension?: string;
  readonly priority: number;
  readonly status: (typeof PROBLEM_STATUSES)[number];
  /** Required when deferred or referred (§1.3). */
  readonly statusReason?: string;
  readonly goals: readonly Goal[];
}

export interface Diagnosis {
  readonly code: string;
  readonly system: 'ICD-10-CM';
  readonly label: string;
  readonly primary: boolean;
}

export interface PlannedService {
  readonly type: (typeof SERVICE_TYPES)[number];
  readonly minutesPerSession: number;
  readonly sessionsPerWeek: number;
  readonly durationWeeks: number | null;
}

export const SIGNATURE_ROLES = ['author', 'client', 'guardian', 'supervisor', 'certifying_physician', 'team_member'] as const;
export type SignatureRole = (typeof SIGNATURE_ROLES)[number];
export const SIGNATURE_METHODS = ['in_app', 'paper_scanned', 'verbal_telehealth_attested'] as const;

/** One signature or recorded refusal (§1.6); `contentHash` must equal the version's. */
export interface Signature {
  readonly role: SignatureRole;
  readonly signerId: string | null;
  readonly signerName: string;
  readonly signedAt: string | null;
  readonly method: (typeof SIGNATURE_METHODS)[number];
  readonly declined?: { readonly reason: string; readonly recordedBy: string; readonly at: string };
  readonly attestation: string;
  readonly contentHash: string;
  /** The staff signer's key signature over the content hash; absent for the client and on versions signed before keys. */
  readonly key?: RecordSignature;
}

export const BEHAVIOUR_VALUE_TYPES = ['count', 'yes_no', 'minutes', 'rating_0_10', 'drinks'] as const;
export const BEHAVIOUR_REPORTERS = ['client', 'clinician', 'family'] as const;
export type BehaviourReporter = (typeof BEHAVIOUR_REPORTERS)[number];

/** A target behaviour as defined in the plan version (§3), so it is versioned and signed with it. */
export interface TargetBehaviourDefinition {
  readonly behaviourId: string;
  readonly label: string;
  readonly valueType: (typeof BEHAVIOUR_VALUE_TYPES)[number];
  readonly direction: 'lower_is_better' | 'higher_is_better';
  readonly period: 'day';
  readonly weeklyTarget?: { readonly aggregate: BehaviourAggregate; readonly comparator: Comparator; readonly value: number };
  readonly reporters: readonly BehaviourReporter[];
  readonly raisesSafetyEvent?: 'high' | 'lower';
}

/** Everything a plan version holds; the storage record adds routing and bookkeeping (renderer/db). */
export interface TreatmentPlanVersion {
  readonly versionId: string;
  readonly planId: string;
  readonly version: number;
  readonly previousVersionId: string | null;
  readonly status: PlanVersionStatus;
  readonly statusReason?: string;
  readonly clientId: string;
  readonly episodeId: string;
  readonly levelOfCare: { readonly scheme: (typeof LEVEL_SCHEMES)[number]; readonly code: string };
  readonly effectiveFrom: string;
  readonly reviewDueOn: string;
  readonly reviewPreset: ReviewPresetId;
  readonly basedOnReviewId: string | null;
  readonly changeSummary: string | null;
  readonly diagnoses: readonly Diagnosis[];
  readonly strengths: readonly string[];
  readonly clientStatement: string;
  readonly primaryOutcomeInstrumentId: InstrumentId;
  readonly services: readonly PlannedService[];
  readonly problems: readonly Problem[];
  readonly targetBehaviours: readonly TargetBehaviourDefinition[];
  readonly dischargeCriteria: { readonly text: string; readonly objectiveIds: readonly string[] };
  readonly asamDimensionLinks: boolean;
  readonly signatures: readonly Signature[];
  /** SHA-256 of the canonical content (plan-hash.ts); '' while a draft. */
  readonly contentHash: string;
}

export const HOMEWORK_CATEGORIES = [
  'thought_record',
  'diary_card',
  'behavioural_activation',
  'exposure',
  'mindfulness',
  'relapse_prevention_worksheet',
  'skills_practice',
  'reading',
  'mutual_help_meeting',
  'other',
] as const;
export const HOMEWORK_STATUSES = ['assigned', 'in_progress', 'completed', 'partially_completed', 'not_completed', 'excused', 'cancelled'] as const;
export type HomeworkSchedule =
  | { readonly type: 'once'; readonly dueOn: string }
  | { readonly type: 'daily'; readonly from: string; readonly to: string }
  | { readonly type: 'per_week'; readonly timesPerWeek: number; readonly from: string; readonly to: string };

/** A between-session assignment (§2). */
export interface HomeworkAssignment {
  readonly homeworkId: string;
  readonly clientId: string;
  readonly title: string;
  readonly instructions: string;
  readonly category: (typeof HOMEWORK_CATEGORIES)[number];
  /** The skill the homework practises (grounding, cognitive reframing …); absent on assignments saved before it existed. */
  readonly skill?: string;
  readonly objectiveIds: readonly string[];
  readonly assignedInSessionId: string | null;
  readonly assignedBy: string;
  readonly assignedOn: string;
  readonly schedule: HomeworkSchedule;
  readonly status: (typeof HOMEWORK_STATUSES)[number];
  readonly attachments: readonly { readonly name: string; readonly sha256: string }[];
}

export const HOMEWORK_BARRIERS = ['forgot', 'no_time', 'too_hard', 'did_not_understand', 'symptoms', 'tech', 'other'] as const;

/** One append-only completion report (§2). */
export interface HomeworkCompletion {
  readonly homeworkId: string;
  readonly date: string;
  readonly reporter: 'client' | 'clinician';
  readonly done: boolean;
  readonly units: number;
  readonly quality: 0 | 1 | 2 | null;
  readonly barrier: (typeof HOMEWORK_BARRIERS)[number] | null;
  readonly note: string | null;
  readonly reviewedInSessionId: string | null;
  /** Instant it was entered: the later of two entries for the same day and reporter wins. */
  readonly enteredAt: string;
}

/** One append-only daily value of a target behaviour (§3), or a weekly total of one counted weekly. */
export interface TargetBehaviourEntry {
  readonly behaviourId: string;
  /** The day; for a weekly total, the last of the seven days it counts. */
  readonly date: string;
  readonly reporter: BehaviourReporter;
  readonly value: number;
  readonly intensityMax?: number;
  /** 'week': the value is the total of the seven days ending on `date` (a behaviour counted weekly); absent: one day. */
  readonly span?: 'week';
  readonly recall: 'same_day' | 'next_day' | 'timeline_followback';
  readonly enteredAt: string;
}

/** A scored measure administration, as objective evaluation needs it. */
export interface MeasurePoint {
  readonly instrumentId: string;
  /** ISO date (or instant; the date part is used). */
  readonly completedOn: string;
  readonly score: number | null;
}
