/**
 * What the evidence snapshot is built from (progress.md §5.2): plain records as stored, read by the caller. Nothing
 * here reads a database or a clock: `asOf` and the clinic's time zone are parameters of `buildReviewEvidence`.
 */
import type { ObjectiveStatusEntry } from '../plans/objective-status';
import type { Attendance, CarePlan, InstrumentResponse, Medication, MedicationEvent, Session } from '../../domain/records';
import type { HomeworkAssignment, TreatmentPlanVersion } from '../plans/types';
import type { ProgressRuleParams } from '../recommendation/params';
import type { Track } from '../recommendation/snapshot';

/** One level-of-care episode (progress.md §0.2) as the snapshot needs it. */
export interface EpisodeAnchor {
  readonly id: string;
  /** ISO date the client entered this level of care (admission or transfer). */
  readonly startedOn: string;
  /** ISO date the episode ended (transfer or discharge); null while current. */
  readonly endedOn: string | null;
  readonly levelOfCareCode: string;
}

/** A clinician's acknowledgement of safety alerts (renderer/features/measures/safety-alerts.ts `SafetyAck`). */
export interface SafetyAckInput {
  readonly id: string;
  readonly responseIds: readonly string[];
}

/** Every record of one client the snapshot reads. */
export interface SnapshotRecords {
  readonly client: { readonly id: string; readonly admissionDate: string; readonly levelOfCare: string; readonly program: string };
  /** The client's level-of-care episodes in any order; empty before episodes are recorded (then the client's admission). */
  readonly episodes: readonly EpisodeAnchor[];
  /** Every response of the client: measures, check-ins, homework completions, target-behaviour entries. */
  readonly responses: readonly InstrumentResponse[];
  readonly attendance: readonly Attendance[];
  /** The sessions the attendance records belong to (durations, program cancellations). */
  readonly sessions: readonly Session[];
  readonly medications: readonly Medication[];
  readonly medicationEvents: readonly MedicationEvent[];
  readonly planVersions: readonly TreatmentPlanVersion[];
  readonly homework: readonly HomeworkAssignment[];
  /** Safety-plan records (careplans of kind `safety_plan`). */
  readonly safetyPlans: readonly Pick<CarePlan, 'id' | 'kind' | 'status' | 'effectiveFrom' | 'updatedAt'>[];
  readonly safetyAcks: readonly SafetyAckInput[];
  /** ISO date of the previous signed review, or null: the review window starts there (else at admission). */
  readonly previousReviewOn: string | null;
  /** The clinician's latest judgement of each objective as of the review's date (objective-status.ts); none when absent. */
  readonly objectiveJudgements?: ReadonlyMap<string, ObjectiveStatusEntry>;
}

export interface SnapshotOptions {
  /** ISO date (YYYY-MM-DD) in the clinic's time zone the snapshot is taken on. */
  readonly asOf: string;
  /** IANA time zone of the clinic: instants are counted on its calendar days. */
  readonly timeZone: string;
  /** Program track; derived from the client's program when absent (`trackOfProgram`). */
  readonly track?: Track;
  readonly params?: Partial<ProgressRuleParams>;
}
