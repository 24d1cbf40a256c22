/**
 * Builds one client's caseload summary (shared/progress/alerts/client-summary) from its records: the same reads and
 * the same computation as the dashboard from records (caseload-loader, alert-inputs, progress-feeds), with what
 * changes during the day left open so the summary holds for the whole clinic day.
 */
import { firstValueFrom } from 'rxjs';
import type { Client } from '../../../shared/domain/client';
import type { ProgressRuleParams } from '../../../shared/progress';
import { CLIENT_SUMMARY_VERSION, compactEvidenceInstants, type ClientSummary, type SummaryStamp } from '../../../shared/progress/alerts/client-summary';
import { lastAddressedAt } from '../../../shared/progress/safety-plans';
import { buildReviewEvidence, type SnapshotRecords } from '../../../shared/progress/snapshot';
import {
  awaitingCosign,
  findNotesForClient,
  watchAttendanceForClient,
  watchCarePlanRecordsOfKinds,
  watchHomeworkCompletionsForClient,
  watchHomeworkForClient,
  watchMedicationEventsForClient,
  watchMedicationsForClient,
  watchPlanVersionsForClient,
  watchResponsesForClient,
  watchSafetyPlans,
  type ClinicRecord,
  type WaypointDatabase,
} from '../../db';
import { watchSnapshotRecords, type ReviewEvidenceResult } from '../../progress';
import { alertInputOf, type ClientRecords } from './alert-inputs';
import { feedsFromEvidence } from './progress-feeds';

/** Past every session: the summary keeps every attendance mark and drops future ones when read. */
const END_OF_TIME = new Date('9999-12-31T23:59:59.999Z');
/** Any instant: the recommendation is computed once and its evidence instant settled when read. */
const SOME_INSTANT = '0000-01-01T00:00:00.000Z';

interface Evidence {
  readonly result: ReviewEvidenceResult | null;
  /** False when its records could not be read (then it is null, as on the dashboard, but not worth keeping). */
  readonly complete: boolean;
}

async function evidenceOf(db: WaypointDatabase, clientId: string, stamp: SummaryStamp): Promise<Evidence> {
  let records: SnapshotRecords;
  try {
    records = await firstValueFrom(watchSnapshotRecords(db, clientId, stamp.day));
  } catch {
    return { result: null, complete: false };
  }
  try {
    return { result: buildReviewEvidence(records, { asOf: stamp.day, timeZone: stamp.timeZone }), complete: true };
  } catch {
    // Records the builder refuses give no evidence, as on the dashboard from records.
    return { result: null, complete: true };
  }
}

/** One client's records as the dashboard reads them, once; `acks`: the clinic's safety acknowledgements. */
export async function loadClientRecords(
  db: WaypointDatabase,
  client: Client,
  acks: readonly ClinicRecord[],
  stamp: SummaryStamp,
): Promise<{ readonly records: ClientRecords; readonly complete: boolean }> {
  const id = client.id;
  const [responses, attendance, plans, homework, homeworkCompletions, medications, medicationEvents, reviews, safetyPlans, notes, evidence] = await Promise.all(
    [
      firstValueFrom(watchResponsesForClient(db, id)),
      firstValueFrom(watchAttendanceForClient(db, id)),
      firstValueFrom(watchPlanVersionsForClient(db, id)),
      firstValueFrom(watchHomeworkForClient(db, id)),
      firstValueFrom(watchHomeworkCompletionsForClient(db, id)),
      firstValueFrom(watchMedicationsForClient(db, id)),
      firstValueFrom(watchMedicationEventsForClient(db, id)),
      firstValueFrom(watchCarePlanRecordsOfKinds(db, id, ['progress_review'])),
      firstValueFrom(watchSafetyPlans(db, id, 'safety_plan')),
      findNotesForClient(db, id),
      evidenceOf(db, id, stamp),
    ],
  );
  const records: ClientRecords = {
    client,
    responses,
    attendance,
    plans,
    homework,
    homeworkCompletions,
    medications,
    medicationEvents,
    evidence: evidence.result,
    reviews,
    safetyPlanAddressedAt: lastAddressedAt(safetyPlans.versions, safetyPlans.reviewedAt),
    safetyAcks: acks.filter((a) => a.refId === id),
    cosignsWaiting: awaitingCosign(notes),
  };
  return { records, complete: evidence.complete };
}

/** The summary of one client's records for `stamp`, built at `builtAt`. */
export function summarize(r: ClientRecords, stamp: SummaryStamp, params: ProgressRuleParams | undefined, builtAt: Date): ClientSummary {
  const feeds = feedsFromEvidence(r.evidence, r.reviews, SOME_INSTANT, params);
  const input = alertInputOf(r, feeds, END_OF_TIME, stamp.day);
  const builtIso = builtAt.toISOString();
  const instants = [...r.responses.map((x) => x.completedAt), ...r.attendance.map((a) => a.sessionAt)];
  return {
    version: CLIENT_SUMMARY_VERSION,
    clientId: r.client.id,
    stamp,
    builtAt: builtIso,
    input,
    evidenceInstants: compactEvidenceInstants(instants, builtIso),
  };
}
