/**
 * The evidence snapshot of a client's progress review (progress.md §5.2) read from the local database: every record
 * the pure builder (shared/progress/snapshot) needs, kept live, in the clinic's time zone. `loadReviewEvidence` is the
 * one-shot read a review stores frozen; `watchReviewEvidence` recomputes whenever a record behind it changes.
 */
import { combineLatest, distinctUntilChanged, firstValueFrom, map, of, switchMap, type Observable } from 'rxjs';
import { isIsoDate } from '../../shared/domain/dates';
import type { CarePlan, JsonObject } from '../../shared/domain/records';
import { objectiveStatusesOf } from '../../shared/progress/plans/objective-status';
import type { EvidenceSnapshot, ReviewSnapshot } from '../../shared/progress';
import { episodesOf, type EpisodeEvent } from '../../shared/progress/episodes';
import { reviewOf } from '../../shared/progress/reviews/review-record';
import { buildReviewEvidence, type EpisodeAnchor, type SnapshotRecords } from '../../shared/progress/snapshot';
import {
  RecordNotFoundError,
  watchAttendanceForClient,
  watchCarePlanRecordsOfKinds,
  watchClient,
  watchClinicRecordsFor,
  watchEpisodeEventsForClient,
  watchHomeworkForClient,
  watchMedicationEventsForClient,
  watchMedicationsForClient,
  watchPlansWithHistory,
  watchResponsesForClient,
  watchClientSessions,
  type WaypointDatabase,
} from '../db';
import { toSafetyAcks } from '../../shared/instruments';
import { watchClinicTimeZone } from '../session';

export interface ReviewEvidenceResult {
  readonly evidence: EvidenceSnapshot;
  readonly snapshot: ReviewSnapshot;
}

/** The date of a finished review: the day it took effect, else the day it was last written. */
function reviewDay(r: CarePlan): string {
  return r.effectiveFrom || r.updatedAt.slice(0, 10);
}

function previousReviewOn(records: readonly CarePlan[], asOf: string): string | null {
  // Only the reviews themselves: a co-sign or an addendum is a signed progress_review record written later.
  const days = records
    .filter((r) => reviewOf(r)?.status === 'signed')
    .map(reviewDay)
    .filter((d) => d < asOf);
  return days.sort().at(-1) ?? null;
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

/** Episodes as the builder's anchors; none before an admission is recorded (then the client's admission date). */
function anchorsOf(events: readonly EpisodeEvent[], dischargeDate: string | null): readonly EpisodeAnchor[] {
  return episodesOf(events, dischargeDate).map((e) => ({ id: e.id, startedOn: e.startedOn, endedOn: e.endedOn, levelOfCareCode: e.levelOfCareCode }));
}

/**
 * Every record the builder reads of one client, read once, before the two parts that depend on the day it is built
 * for (the previous signed review, the objectives' judgements made by then): `snapshotRecordsOn` settles those.
 */
export interface SnapshotSources {
  readonly records: Omit<SnapshotRecords, 'previousReviewOn' | 'objectiveJudgements'>;
  /** The client's safety-plan and progress-review records (careplans), by effective date. */
  readonly careplans: readonly CarePlan[];
  /** The status histories of the client's treatment-plan versions. */
  readonly planLifecycles: readonly (readonly JsonObject[])[];
}

/** Every record the builder reads, kept live, for any day. */
export function watchSnapshotSources(db: WaypointDatabase, clientId: string): Observable<SnapshotSources> {
  const attendance = watchAttendanceForClient(db, clientId);
  const sessions = attendance.pipe(
    map((rows) => [...new Set(rows.map((r) => r.sessionId))].sort()),
    distinctUntilChanged(sameIds),
    // The client's own sessions too: one left unmarked still counts as scheduled (progress.md §5.3).
    switchMap((ids) => watchClientSessions(db, clientId, ids)),
  );
  return combineLatest([
    watchClient(db, clientId),
    watchEpisodeEventsForClient(db, clientId),
    watchResponsesForClient(db, clientId),
    attendance,
    sessions,
    watchMedicationsForClient(db, clientId),
    watchMedicationEventsForClient(db, clientId),
    watchPlansWithHistory(db, clientId),
    watchHomeworkForClient(db, clientId),
    watchCarePlanRecordsOfKinds(db, clientId, ['safety_plan', 'progress_review']),
    watchClinicRecordsFor(db, 'safety-ack', { collection: 'clients', id: clientId }),
  ]).pipe(
    map(([client, episodes, responses, marks, held, medications, medicationEvents, plans, homework, careplans, acks]): SnapshotSources => {
      if (!client) throw new RecordNotFoundError('clients', clientId);
      return {
        records: {
          client: { id: client.id, admissionDate: client.admissionDate, levelOfCare: client.levelOfCare, program: client.program },
          episodes: anchorsOf(episodes, client.dischargeDate),
          responses,
          attendance: marks,
          sessions: held,
          medications,
          medicationEvents,
          planVersions: plans.versions,
          homework,
          safetyPlans: careplans.filter((c) => c.kind === 'safety_plan'),
          safetyAcks: toSafetyAcks(acks),
        },
        careplans,
        planLifecycles: plans.lifecycles,
      };
    }),
  );
}

/** The builder's records on the clinic day `asOf`. */
export function snapshotRecordsOn(sources: SnapshotSources, asOf: string): SnapshotRecords {
  return {
    ...sources.records,
    previousReviewOn: previousReviewOn(sources.careplans, asOf),
    objectiveJudgements: objectiveStatusesOf(sources.planLifecycles, asOf),
  };
}

/** Every record the builder reads on `asOf`, kept live. */
export function watchSnapshotRecords(db: WaypointDatabase, clientId: string, asOf: string): Observable<SnapshotRecords> {
  return watchSnapshotSources(db, clientId).pipe(map((sources) => snapshotRecordsOn(sources, asOf)));
}

function assertDate(asOfDate: string): void {
  if (!isIsoDate(asOfDate)) throw new RangeError(`asOfDate must be an ISO date (YYYY-MM-DD), got ${asOfDate}`);
}

/**
 * The evidence and the engine's snapshot of one client on `asOfDate`, recomputed when a record behind it or the
 * clinic's time zone changes; `timeZone` overrides the clinic's setting.
 */
export function watchReviewEvidence(db: WaypointDatabase, clientId: string, asOfDate: string, timeZone?: string): Observable<ReviewEvidenceResult> {
  assertDate(asOfDate);
  const zone$ = timeZone === undefined ? watchClinicTimeZone(db) : of(timeZone);
  return combineLatest([watchSnapshotRecords(db, clientId, asOfDate), zone$]).pipe(
    map(([records, zone]) => buildReviewEvidence(records, { asOf: asOfDate, timeZone: zone })),
  );
}

/**
 * The evidence and the engine's snapshot of one client on `asOfDate` (the clinic's calendar day), read once: what a
 * review freezes. Rejects with RecordNotFoundError for an unknown client, RangeError for a malformed date.
 */
export async function loadReviewEvidence(
  db: WaypointDatabase,
  clientId: string,
  asOfDate: string,
): Promise<{ evidence: EvidenceSnapshot; snapshot: ReviewSnapshot }> {
  return await firstValueFrom(watchReviewEvidence(db, clientId, asOfDate));
}
