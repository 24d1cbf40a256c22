/**
 * The recommendation engine's input (progress.md §5.3 "Inputs"): exactly the fields the acceptance checks build, plus
 * two optional markers the snapshot builder sets. Days are calendar days in the clinic's time zone (§0.2).
 */

/** `mh` mental health, `sud` substance use, `co` co-occurring; substance rules apply to `sud` and `co`. */
export type Track = 'mh' | 'sud' | 'co';

export const TRACKS = ['mh', 'sud', 'co'] as const satisfies readonly Track[];

/**
 * `high`: C-SSRS screener band `high`, suicide attempt, self-harm act, overdose, ED visit or admission for a
 * psychiatric crisis, clinician-recorded high-risk event. `lower`: PHQ-9 `self_harm_item9`, C-SSRS `low`/`moderate`,
 * suicidal ideation or self-harm urge reported, other clinician-recorded safety concern (§5.3).
 */
export type SafetySeverity = 'high' | 'lower';

export const SAFETY_SEVERITIES = ['high', 'lower'] as const satisfies readonly SafetySeverity[];

/** One safety event by occurrence date; `daysAgo` = asOfDate − eventDate (0 = today). */
export interface SafetyEventInput {
  readonly daysAgo: number;
  readonly severity: SafetySeverity;
}

/** The plan's primary outcome instrument and its administrations in the current level-of-care episode. */
export interface PrimaryMeasureInput {
  /** The plan's `primaryOutcomeInstrumentId`; must be in the parameter table (`params.instruments`). */
  readonly instrument: string;
  /**
   * First administration from 7 days before to 14 days after admission; if none, the first one (then `lateBaseline`).
   * `null` only when the instrument has never been given (then `scores` is empty): warning `no_primary_measure`.
   */
  readonly baseline: number | null;
  /** Later administrations, chronological (same day: the later kept); totals as scored, prorated allowed. */
  readonly scores: readonly number[];
  /** Days since the latest administration, baseline included; `null` only with `baseline: null`. */
  readonly lastAdministeredDaysAgo: number | null;
  /** Set by the snapshot builder when no administration fell in the baseline window: warning `late_baseline`. */
  readonly lateBaseline?: boolean;
}

/**
 * Sessions in the attendance window whose start ≤ asOf. Program-cancelled sessions are not scheduled; no-show and
 * late-cancel are not attended; `excused` = absences excused in advance. Denominator = scheduled − excused.
 */
export interface AttendanceInput {
  readonly scheduled: number;
  readonly attended: number;
  readonly excused: number;
}

/** Days with any use in the last 14 days, in the 14 before those, and days of the last 14 with no record. */
export interface SubstanceUseInput {
  readonly last14: number;
  readonly prior14: number;
  readonly unknown14: number;
}

/** Objectives of the active plan version (discontinued excluded). */
export interface ObjectiveCounts {
  readonly active: number;
  readonly met: number;
}

/** Everything `recommendLevelOfCare` reads (§5.3 "Inputs"). */
export interface ReviewSnapshot {
  readonly track: Track;
  /** asOf − admission date of the current level-of-care episode. */
  readonly daysInProgram: number;
  /** `null` when the plan names no primary outcome instrument: warning `no_primary_measure`. */
  readonly primary: PrimaryMeasureInput | null;
  readonly attendance: AttendanceInput;
  /** Most recent scheduled, non-excused sessions in a row not attended. */
  readonly consecutiveMissed: number;
  /** Days since the last attended session (since admission if none). */
  readonly daysSinceLastAttended: number;
  readonly safetyEvents: readonly SafetyEventInput[];
  /** An instruments.md §15.4 safety alert not yet resolved by an assessment or safety plan. */
  readonly openSafetyAlert: boolean;
  /** `null` when substance use is not tracked. */
  readonly substanceUse: SubstanceUseInput | null;
  readonly objectives: ObjectiveCounts;
}
