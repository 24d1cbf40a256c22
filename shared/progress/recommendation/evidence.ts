/**
 * The evidence snapshot a progress review shows and stores frozen (progress.md §5.2, §0.4): one panel per row of the
 * §5.2 table, the engine's input (`ReviewSnapshot`, §5.3) and its result. Dates are ISO calendar dates (YYYY-MM-DD)
 * in the clinic's time zone; percentages are whole numbers for display, `null` where the denominator is 0. Every figure
 * carries the ids of the records behind it (responses, attendance, medication events, plan versions) so a screen can
 * link to them.
 */
import type { ChangeClass } from '../../instruments';
import type { RecommendationResult } from './engine';
import type { RuleExplanation } from './sentences';
import type { ReviewSnapshot, SafetySeverity } from './snapshot';

export interface Administration {
  /** The response (responses collection) this administration is. */
  readonly responseId: string;
  readonly date: string;
  readonly total: number;
  readonly band: string | null;
}

/** Measures panel: one active instrument (instruments.md §1.4, §12, §14 `classifyChange`, `phq9Outcome`). */
export interface MeasureEvidence {
  readonly instrumentId: string;
  readonly primary: boolean;
  readonly baseline: Administration | null;
  readonly administrations: readonly Administration[];
  readonly latest: Administration | null;
  /** latest − baseline (positive = higher score). */
  readonly changeFromBaseline: number | null;
  readonly changeClass: ChangeClass | null;
  /** PHQ-9 only. */
  readonly phq9Outcome: { readonly response: boolean; readonly remission: boolean; readonly clinicallySignificant: boolean } | null;
}

/** A medication change shown as a chart marker and in the medication panel. */
export interface MedicationChange {
  /** The medication event (dose-change, start or stop). */
  readonly recordId: string;
  readonly date: string;
  readonly medicationId: string;
  readonly description: string;
}

/** Attendance panel: the §5.3 definitions over `windowDays` (28, WD). */
export interface AttendanceEvidence {
  readonly windowDays: number;
  readonly scheduled: number;
  readonly attended: number;
  readonly excused: number;
  readonly attendancePct: number | null;
  readonly consecutiveMissed: number;
  readonly daysSinceLastAttended: number;
  /** Hours per week delivered vs planned (IOP ≥ 9 h/week [V]). */
  readonly hoursPerWeek: { readonly delivered: number; readonly planned: number | null };
  /** Attendance record ids behind each figure (a session's own id where it has no mark). */
  readonly records: {
    readonly scheduled: readonly string[];
    readonly attended: readonly string[];
    readonly excused: readonly string[];
    readonly consecutiveMissed: readonly string[];
    readonly lastAttended: string | null;
    /** The client's own past sessions with no attendance mark: counted as scheduled, not attended. */
    readonly unmarkedSessions: readonly string[];
  };
}

/** Engagement panel (display only). */
export interface EngagementEvidence {
  readonly meanRating: number | null;
  readonly ratingCount: number;
  /** Mean rating of the attendance window before this one: the trend. */
  readonly previousMeanRating: number | null;
  /** Attendance records rated in the window. */
  readonly recordIds: readonly string[];
  readonly participationNotes: readonly string[];
  readonly connectionProblems: number;
}

/** Medication panel; `review_medication_adherence` when adherence < 80 % (common cut-off [U]). */
export interface MedicationEvidence {
  readonly adherence: readonly {
    readonly medicationId: string;
    readonly name: string;
    readonly pct14: number | null;
    readonly pct28: number | null;
    /** Adherence events of the 28 days. */
    readonly recordIds: readonly string[];
  }[];
  readonly sideEffectsModerateOrWorse: readonly {
    readonly recordId: string;
    readonly medicationId: string;
    readonly effect: string;
    readonly severity: string;
  }[];
  readonly doseChanges: readonly MedicationChange[];
  readonly flags: readonly 'review_medication_adherence'[];
}

export type CheckInDimension = 'mood' | 'anxiety' | 'stress' | 'cravings' | 'sleep' | 'coping';

/** Check-ins panel: 7-day mean vs the previous 7 days; flags when mood falls or cravings rise by ≥ 2 points (WD). */
export interface CheckInEvidence {
  readonly dimensions: readonly { readonly dimension: CheckInDimension; readonly mean7: number | null; readonly previousMean7: number | null }[];
  readonly completionPct: number | null;
  /** Check-in responses of the 14 days. */
  readonly recordIds: readonly string[];
  readonly flags: readonly ('mood_fell' | 'cravings_rose')[];
}

/** Target behaviours panel (§3). */
export interface TargetBehaviourEvidence {
  readonly behaviourId: string;
  readonly name: string;
  readonly thisWeek: number | null;
  readonly lastWeek: number | null;
  readonly target: number | null;
  readonly unknownDays: number;
  /** Target-behaviour responses of the two weeks. */
  readonly recordIds: readonly string[];
}

/** Homework panel (§2). */
export interface HomeworkEvidence {
  readonly assigned: number;
  readonly completionPct: number | null;
  readonly meanQuality: number | null;
  /** Homework assignments (careplans) and completion responses of the window. */
  readonly assignmentIds: readonly string[];
  readonly completionIds: readonly string[];
}

export type ObjectiveStatus = 'met' | 'in_progress' | 'not_met' | 'due_soon' | 'target_passed';

/** Objectives panel (§1.4). */
export interface ObjectivesEvidence {
  /** The active plan version the objectives come from; null when the client has none. */
  readonly planVersionId: string | null;
  readonly counts: Readonly<Record<ObjectiveStatus, number>>;
  readonly list: readonly ObjectiveEvidence[];
}

/** One objective of the panel: its status as shown (and counted), and the clinician's judgement when that decides it. */
export interface ObjectiveEvidence {
  readonly objectiveId: string;
  readonly text: string;
  readonly status: ObjectiveStatus;
  /** The status from the data alone (absent in evidence frozen before judgements were shown). */
  readonly computedStatus?: ObjectiveStatus;
  /** The clinician's judgement (plan objective status, reason, day) when one is set as of the review's date. */
  readonly judgement?: { readonly status: string; readonly reason: string; readonly on: string };
}

/** Safety panel (§5.3 severity classes). */
export interface SafetyEvidence {
  readonly events: readonly { readonly recordId: string; readonly date: string; readonly type: string; readonly severity: SafetySeverity }[];
  readonly openAlert: boolean;
  /** The alerting responses no acknowledgement answers yet. */
  readonly openAlertResponseIds: readonly string[];
  readonly latestCssrs: { readonly responseId: string; readonly date: string; readonly band: string } | null;
  readonly safetyPlanLastReviewed: string | null;
  readonly safetyPlanId: string | null;
}

/** Substance-use days (§5.3 `substanceUse`) from the plan's `substance_use_day:*` target behaviours. */
export interface SubstanceUseEvidence {
  readonly last14: number;
  readonly prior14: number;
  readonly unknown14: number;
  readonly behaviourIds: readonly string[];
  readonly recordIds: readonly string[];
}

/** The level-of-care episode the snapshot is anchored on (§0.2); `episodeId` null before episodes are recorded. */
export interface EpisodeEvidence {
  readonly episodeId: string | null;
  readonly admittedOn: string;
  /** Level-of-care code (PHP, IOP, OP, 2.1 …) when known. */
  readonly levelOfCare: string | null;
  readonly daysInProgram: number;
}

/** Family feedback panel: per respondent, never merged with the client's own ratings (display only). */
export interface FamilyFeedbackEvidence {
  readonly respondentId: string;
  readonly relationship: string;
  readonly latest: { readonly date: string; readonly ratings: Readonly<Record<string, number>> } | null;
  readonly trend: 'better' | 'same' | 'worse' | null;
  /** This respondent's family-feedback responses up to asOf, oldest first. */
  readonly responseIds: readonly string[];
}

/** ASAM / LOCUS panel (§5.6): the clinician's own ratings; Waypoint computes no level from them. */
export interface StructuredRatingsEvidence {
  readonly asam: {
    readonly scheme: 'asam3' | 'asam4';
    readonly ratings: readonly { readonly dimension: number; readonly subdimension?: string; readonly rating: string; readonly note: string }[];
    readonly clinicianLevel: string | null;
  } | null;
  readonly locus: { readonly composite: number; readonly level: number; readonly note: string } | null;
}

/** Recommendation panel: value, fired rule in plain words with its source, all matched rules, data warnings. */
export interface RecommendationEvidence {
  readonly result: RecommendationResult;
  readonly explanations: readonly RuleExplanation[];
}

/** Everything a review shows, frozen with the review when it is signed (§0.4). */
export interface EvidenceSnapshot {
  readonly asOf: string;
  /** Review window: since the previous review, or admission. */
  readonly reviewWindowStart: string;
  readonly episode: EpisodeEvidence;
  readonly measures: readonly MeasureEvidence[];
  readonly medicationMarkers: readonly MedicationChange[];
  readonly attendance: AttendanceEvidence;
  readonly engagement: EngagementEvidence;
  readonly medication: MedicationEvidence;
  readonly checkIns: CheckInEvidence;
  readonly targetBehaviours: readonly TargetBehaviourEvidence[];
  readonly homework: HomeworkEvidence;
  readonly objectives: ObjectivesEvidence;
  readonly safety: SafetyEvidence;
  /** null when substance use is not tracked. */
  readonly substanceUse: SubstanceUseEvidence | null;
  readonly familyFeedback: readonly FamilyFeedbackEvidence[];
  readonly structuredRatings: StructuredRatingsEvidence;
  /** The engine's input exactly as evaluated. */
  readonly engineInput: ReviewSnapshot;
  readonly recommendation: RecommendationEvidence;
}
