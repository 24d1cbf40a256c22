/**
 * Caseload alerts (progress.md §6.2): ids, precedence, parameters and the plain per-client input they are computed
 * from. Instants are ISO timestamps; days are calendar days in the clinic's time zone (§0.2), so the time zone is a
 * parameter of the computation, never the machine's.
 */
import type { Recommendation, RuleId } from '../recommendation/rules';
import type { SafetySeverity, SubstanceUseInput, Track } from '../recommendation/snapshot';

/** Every alert id of §6.2 with its row number, in precedence order: lower comes first (`review.overdue` and `recert.overdue` share rank 7). */
export const ALERT_RANK = {
  'safety.open_alert': 1,
  'safety.recent_event': 2,
  'review.recommend_intensify': 3,
  'engagement.missed_sessions': 4,
  'measure.reliable_deterioration': 5,
  'substance.use_increase': 6,
  'review.overdue': 7,
  'recert.overdue': 7,
  'review.recommend_change': 8,
  'measure.overdue': 9,
  'medication.low_adherence': 10,
  'signature.pending': 11,
  'homework.low_completion': 12,
  'checkin.gap': 13,
  'review.due_soon': 14,
} as const satisfies Readonly<Record<string, number>>;
export type AlertId = keyof typeof ALERT_RANK;

const isAlertId = (id: string): id is AlertId => id in ALERT_RANK;
/** Every alert id, in precedence order. */
export const ALERT_IDS: readonly AlertId[] = Object.keys(ALERT_RANK).filter(isAlertId);

/** Alerts 1–2 go to the safety strip and can never be snoozed (§6.1, §6.2). */
export function isSafetyAlert(id: AlertId): boolean {
  return ALERT_RANK[id] <= 2;
}

/** Dashboard thresholds (§6.2, §11.6); each is a clinic setting with the default shown in DEFAULT_ALERT_PARAMS. */
export interface AlertParams {
  readonly highSafetyDays: number;
  readonly lowerSafetyDays: number;
  readonly missedInARow: number;
  readonly daysSinceAttended: number;
  readonly measureStaleDays: number;
  readonly adherencePct: number;
  readonly homeworkPct: number;
  readonly checkInGapDays: number;
  readonly reviewDueSoonDays: number;
  readonly clientAcknowledgementDays: number;
  readonly cosignDays: number;
  readonly maxSnoozeDays: number;
}

export const DEFAULT_ALERT_PARAMS: AlertParams = {
  highSafetyDays: 30,
  lowerSafetyDays: 14,
  missedInARow: 2,
  daysSinceAttended: 7,
  measureStaleDays: 14,
  adherencePct: 80,
  homeworkPct: 50,
  checkInGapDays: 3,
  reviewDueSoonDays: 7,
  clientAcknowledgementDays: 7,
  cosignDays: 3,
  maxSnoozeDays: 7,
};

/** One scheduled session whose start ≤ now: program-cancelled sessions are left out by the caller. */
export interface AttendanceMark {
  readonly at: string;
  readonly outcome: 'attended' | 'missed' | 'excused';
}

/** One scored administration of any active instrument. */
export interface MeasureScore {
  readonly instrumentId: string;
  readonly at: string;
  readonly score: number;
  readonly band: string | null;
}

/** A signature someone still owes: a client's acknowledgement of a plan, or a supervisor's co-sign. */
export interface PendingSignature {
  readonly kind: 'client_acknowledgement' | 'cosign';
  readonly requestedAt: string;
  /** What is waiting (plan version or note id), for the link. */
  readonly refId: string;
}

/** The engine's current recommendation and the instant of the newest evidence it was computed from. */
export interface CurrentRecommendation {
  readonly value: Recommendation;
  readonly rule: RuleId;
  readonly evidenceAt: string;
}

/** Everything the alerts of one active client are computed from; absent features feed empty lists and nulls. */
export interface AlertClientInput {
  readonly clientId: string;
  readonly clientName: string;
  /** Admission date of the current episode ("YYYY-MM-DD"). */
  readonly admissionDate: string;
  readonly track: Track;
  /** Oldest alerting response not yet answered by an assessment (instruments.md §15.4); null when none is open. */
  readonly openSafetyAlertSince: string | null;
  readonly safetyEvents: readonly { readonly at: string; readonly severity: SafetySeverity }[];
  /** When a safety-plan review was last signed; null when never. */
  readonly safetyPlanReviewedAt: string | null;
  /** When the last progress review was signed; null when never. */
  readonly lastReviewSignedAt: string | null;
  /** Next review due date ("YYYY-MM-DD"; a signed review advances it); null when no plan sets one. */
  readonly reviewDueOn: string | null;
  /** Next recertification date under a CMS preset; null otherwise. */
  readonly recertDueOn: string | null;
  readonly recommendation: CurrentRecommendation | null;
  readonly attendance: readonly AttendanceMark[];
  /** Outreach attempts documented (§5.5): instants, or clinic days ("YYYY-MM-DD") as a review's decision records them. */
  readonly outreachAt: readonly string[];
  readonly measures: readonly MeasureScore[];
  /** The plan's primary outcome instrument, or the one the caller picked when no plan names one. */
  readonly primaryInstrument: string | null;
  /** Scheduled administrations whose due day passed without one. */
  readonly missedScheduledMeasures: readonly { readonly instrumentId: string; readonly dueOn: string }[];
  /** Substance use days (§5.3) and the last day with use; null when not tracked. */
  readonly substanceUse: (SubstanceUseInput & { readonly lastUseOn: string | null }) | null;
  /** Doses taken and scheduled over the last 14 days; null when nothing was due. */
  readonly medication14: { readonly taken: number; readonly scheduled: number } | null;
  readonly pendingSignatures: readonly PendingSignature[];
  /** Homework units done and expected over the last 14 days; null when nothing was assigned. */
  readonly homework14: { readonly done: number; readonly expected: number } | null;
  /** The client takes part in daily check-ins (has ever sent one). */
  readonly checkInsExpected: boolean;
  readonly lastCheckInAt: string | null;
}

/** One alert raised for one client. */
export interface CaseloadAlert {
  readonly id: AlertId;
  readonly rank: number;
  readonly clientId: string;
  readonly clientName: string;
  /** The clinic day the condition started (for "oldest first"). */
  readonly since: string;
  /** What fired, in plain words. */
  readonly detail: string;
}
