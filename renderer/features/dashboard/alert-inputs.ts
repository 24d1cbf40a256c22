/**
 * Turns one client's stored records into the plain input of the caseload alerts (shared/progress/alerts). What other
 * features own (episodes, reviews, safety plans, outreach, substance use) arrives through `ProgressFeeds`
 * (progress-feeds.ts); what nothing records yet stays as in `NO_PROGRESS_FEEDS`.
 */
import { attended } from '../../../shared/domain/attendance';
import { clientDisplayName, type Client } from '../../../shared/domain/client';
import { readHistory, currentAdherence } from '../../../shared/domain/medication-events';
import { adherenceWindow } from '../../../shared/domain/medication-adherence';
import type { Attendance, CarePlan, InstrumentResponse, Medication, MedicationEvent, Note } from '../../../shared/domain/records';
import type { AlertClientInput, AttendanceMark, PendingSignature } from '../../../shared/progress/alerts';
import { acknowledgementRequestedAt } from '../../../shared/progress/plans/acknowledgement-reminder';
import { homeworkCompletion } from '../../../shared/progress/plans/homework-completion';
import type { HomeworkAssignment, HomeworkCompletion, TreatmentPlanVersion } from '../../../shared/progress/plans/types';
import type { ReviewEvidenceResult } from '../../progress';
import { currentMeasures } from '../measures';
import { activeSafetyAlerts, type SafetyAckRecord } from '../safety-alerts';

/** A client's records the dashboard reads today (all on main). */
export interface ClientRecords {
  readonly client: Client;
  /** Every response of the client: measures, check-ins, homework reports. */
  readonly responses: readonly InstrumentResponse[];
  readonly attendance: readonly Attendance[];
  readonly plans: readonly TreatmentPlanVersion[];
  readonly homework: readonly HomeworkAssignment[];
  readonly homeworkCompletions: readonly HomeworkCompletion[];
  readonly medications: readonly Medication[];
  readonly medicationEvents: readonly MedicationEvent[];
  readonly safetyAcks: readonly SafetyAckRecord[];
  /** The client's signed notes still waiting for a supervisor's co-sign. */
  readonly cosignsWaiting: readonly Note[];
  /** The progress-review evidence on the dashboard's day (null when the builder could not make it). */
  readonly evidence: ReviewEvidenceResult | null;
  /** The client's progress-review records (careplans kind 'progress_review'). */
  readonly reviews: readonly CarePlan[];
  /** The last instant the client's safety plan was signed or reviewed with no change (§4.3); null when never. */
  readonly safetyPlanAddressedAt: string | null;
}

/**
 * What other features compute for one client, typed so the merge fills it without touching the alerts: episodes
 * (track, substance use), reviews (last signed review, the engine's current recommendation, a review-advanced due date,
 * recertification, outreach) and safety plans (events, last safety-plan review). Absent = the feature is not there yet.
 */
export type ProgressFeeds = Pick<
  AlertClientInput,
  | 'track'
  | 'safetyEvents'
  | 'safetyPlanReviewedAt'
  | 'lastReviewSignedAt'
  | 'recertDueOn'
  | 'recommendation'
  | 'outreachAt'
  | 'substanceUse'
  | 'missedScheduledMeasures'
> & {
  /** The due date a signed review set, when later than the plan's. */
  readonly reviewDueOn: string | null;
};

export const NO_PROGRESS_FEEDS: ProgressFeeds = {
  track: 'mh',
  safetyEvents: [],
  safetyPlanReviewedAt: null,
  lastReviewSignedAt: null,
  recertDueOn: null,
  recommendation: null,
  outreachAt: [],
  substanceUse: null,
  missedScheduledMeasures: [],
  reviewDueOn: null,
};

/** Instruments tried in this order as the primary when no active plan names one. */
const PRIMARY_FALLBACK = ['PHQ-9', 'GAD-7', 'PCL-5', 'K10'];

function attendanceMarks(records: readonly Attendance[], nowIso: string): AttendanceMark[] {
  return records
    .filter((a) => a.sessionAt <= nowIso)
    .map((a) => ({ at: a.sessionAt, outcome: attended(a.status) ? 'attended' : a.status === 'absent-excused' ? 'excused' : 'missed' }));
}

function activePlan(plans: readonly TreatmentPlanVersion[]): TreatmentPlanVersion | null {
  return plans.filter((p) => p.status === 'active').sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0] ?? null;
}

function pendingSignatures(plans: readonly TreatmentPlanVersion[], notes: readonly Note[]): PendingSignature[] {
  // An active plan owes it too: a plan is in force without the client's acknowledgement (§1.6).
  const planAcks = plans.flatMap((p) => {
    const requestedAt = acknowledgementRequestedAt(p);
    return requestedAt === null ? [] : [{ kind: 'client_acknowledgement' as const, requestedAt, refId: p.versionId }];
  });
  return [...planAcks, ...cosignSignatures(notes)];
}

/** Signed notes waiting for a co-sign, as the signatures the alerts count. */
function cosignSignatures(notes: readonly Note[]): PendingSignature[] {
  return notes.map((n) => ({ kind: 'cosign' as const, requestedAt: n.signedAt ?? n.updatedAt, refId: n.id }));
}

function medication14(r: ClientRecords, today: string): AlertClientInput['medication14'] {
  const window = adherenceWindow(r.medications, currentAdherence(readHistory(r.medicationEvents).adherence), today);
  if (window.status === 'nothing-due' || window.status === 'not-recorded') return null;
  return { taken: window.total.taken, scheduled: window.total.taken + window.total.missed };
}

function homework14(r: ClientRecords, today: string): AlertClientInput['homework14'] {
  const live = r.homework.filter((h) => h.status !== 'cancelled' && h.status !== 'excused');
  const { done, expected } = homeworkCompletion(live, r.homeworkCompletions, today, 14);
  return expected === 0 ? null : { done, expected };
}

/** The newest instant behind the client's evidence (a response or a session up to now); null when there is none. */
export function newestEvidenceAt(r: ClientRecords, now: Date): string | null {
  const nowIso = now.toISOString();
  const instants = [...r.responses.map((x) => x.completedAt), ...r.attendance.map((a) => a.sessionAt)].filter((at) => at <= nowIso);
  return instants.sort().at(-1) ?? null;
}

/** The alerts' input for one client; `today` is the clinic day of `now`. */
export function alertInputOf(r: ClientRecords, feeds: ProgressFeeds, now: Date, today: string): AlertClientInput {
  const measures = currentMeasures(r.responses).flatMap((m) =>
    m.total === null ? [] : [{ instrumentId: m.instrumentId, at: m.completedAt, score: m.total, band: m.band }],
  );
  const plan = activePlan(r.plans);
  const given = new Set<string>(measures.map((m) => m.instrumentId));
  const checkIns = r.responses
    .filter((x) => x.kind === 'check-in')
    .map((x) => x.completedAt)
    .sort();
  const planDue = plan?.reviewDueOn || null;
  const open = activeSafetyAlerts(r.responses, r.safetyAcks);
  return {
    ...feeds,
    clientId: r.client.id,
    clientName: clientDisplayName(r.client),
    admissionDate: r.client.admissionDate,
    openSafetyAlertSince: open[0]?.completedAt ?? null,
    safetyPlanReviewedAt:
      [feeds.safetyPlanReviewedAt, r.safetyPlanAddressedAt]
        .flatMap((at) => at ?? [])
        .sort()
        .at(-1) ?? null,
    reviewDueOn: feeds.reviewDueOn && (!planDue || feeds.reviewDueOn > planDue) ? feeds.reviewDueOn : planDue,
    attendance: attendanceMarks(r.attendance, now.toISOString()),
    measures,
    primaryInstrument: plan?.primaryOutcomeInstrumentId ?? PRIMARY_FALLBACK.find((id) => given.has(id)) ?? null,
    medication14: medication14(r, today),
    pendingSignatures: pendingSignatures(r.plans, r.cosignsWaiting),
    homework14: homework14(r, today),
    checkInsExpected: checkIns.length > 0,
    lastCheckInAt: checkIns[checkIns.length - 1] ?? null,
  };
}
