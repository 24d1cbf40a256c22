/**
 * Builds one client's caseload summary (shared/progress/alerts/client-summary) from its records: the same
 * computation as the dashboard from records (caseload-loader, alert-inputs, progress-feeds), on the build day and on
 * each of the following `SUMMARY_HORIZON_DAYS` days from the same records, read once (the review evidence's records
 * are the dashboard's), with what changes during the day left open.
 */
import { firstValueFrom } from 'rxjs';
import type { Client } from '../../../shared/domain/client';
import type { ProgressRuleParams } from '../../../shared/progress';
import {
  CLIENT_SUMMARY_VERSION,
  compactEvidenceInstants,
  dayChangesOf,
  summaryDays,
  SUMMARY_HORIZON_DAYS,
  type ClientSummary,
  type SummaryStamp,
} from '../../../shared/progress/alerts/client-summary';
import { homeworkCompletionsOf } from '../../../shared/progress/snapshot/plan-entries';
import { lastAddressedAt } from '../../../shared/progress/safety-plans';
import { buildReviewEvidence } from '../../../shared/progress/snapshot';
import { awaitingCosign, findNotesForClient, safetyPlanHistoryOf, type ClinicRecord, type WaypointDatabase } from '../../db';
import { snapshotRecordsOn, watchSnapshotSources, type ReviewEvidenceResult, type SnapshotSources } from '../../progress';
import { alertInputOf, type ClientRecords } from './alert-inputs';
import { feedsFromEvidence } from './progress-feeds';

/** Past every session: the summary keeps every attendance mark and drops future ones when read. */
const END_OF_TIME = new Date('9999-12-31T23:59:59.999Z');
/** Any instant: the recommendation is computed once and its evidence instant settled when read. */
const SOME_INSTANT = '0000-01-01T00:00:00.000Z';

/** One client's records as the dashboard reads them, read once: the review evidence's and the client's notes. */
export interface ClientSources {
  readonly records: ClientRecords;
  readonly snapshot: SnapshotSources;
}

/** One client's records, read once; `acks`: the clinic's safety acknowledgements. */
export async function loadClientRecords(db: WaypointDatabase, client: Client, acks: readonly ClinicRecord[]): Promise<ClientSources> {
  const id = client.id;
  const [snapshot, notes] = await Promise.all([firstValueFrom(watchSnapshotSources(db, id)), findNotesForClient(db, id)]);
  const r = snapshot.records;
  const safetyPlans = safetyPlanHistoryOf(snapshot.careplans, 'safety_plan');
  const records: ClientRecords = {
    client,
    responses: r.responses,
    attendance: r.attendance,
    plans: r.planVersions,
    homework: r.homework,
    homeworkCompletions: homeworkCompletionsOf(r.responses).map((c) => c.entry),
    medications: r.medications,
    medicationEvents: r.medicationEvents,
    evidence: null,
    reviews: snapshot.careplans.filter((c) => c.kind === 'progress_review'),
    safetyPlanAddressedAt: lastAddressedAt(safetyPlans.versions, safetyPlans.reviewedAt),
    safetyAcks: acks.filter((a) => a.refId === id),
    cosignsWaiting: awaitingCosign(notes),
  };
  return { records, snapshot };
}

/** The review evidence on `day`; null when the builder refuses the records (as on the dashboard from records). */
function evidenceOn(sources: SnapshotSources, day: string, timeZone: string): ReviewEvidenceResult | null {
  try {
    return buildReviewEvidence(snapshotRecordsOn(sources, day), { asOf: day, timeZone });
  } catch {
    return null;
  }
}

/** The summary of one client's records from `stamp.day` on, built at `builtAt`. */
export function summarize(s: ClientSources, stamp: SummaryStamp, params: ProgressRuleParams | undefined, builtAt: Date): ClientSummary {
  const r = s.records;
  const inputs = summaryDays(stamp.day, SUMMARY_HORIZON_DAYS + 1).map((day) => {
    const evidence = evidenceOn(s.snapshot, day, stamp.timeZone);
    const feeds = feedsFromEvidence(evidence, r.reviews, SOME_INSTANT, params);
    return alertInputOf({ ...r, evidence }, feeds, END_OF_TIME, day);
  });
  const { input, days } = dayChangesOf(inputs);
  const builtIso = builtAt.toISOString();
  const instants = [...r.responses.map((x) => x.completedAt), ...r.attendance.map((a) => a.sessionAt)];
  return {
    version: CLIENT_SUMMARY_VERSION,
    clientId: r.client.id,
    stamp,
    builtAt: builtIso,
    input,
    days,
    evidenceInstants: compactEvidenceInstants(instants, builtIso),
  };
}
