/** Reads, once, everything in one client's chart for the record export (the pure builder applies §7.2). */
import { firstValueFrom } from 'rxjs';
import type { ClientRecordSource } from '../../../shared/reports';
import {
  findDischargeSummaries,
  findEpisodeEventsForClient,
  findMedicationEventsForClient,
  findMedicationsForClient,
  findNotesForClient,
  findResponsesForClient,
  findReviewsForClient,
  getSession,
  watchAttendanceForClient,
  watchHomeworkCompletionsForClient,
  watchHomeworkForClient,
  watchPlanVersionsForClient,
  watchSafetyPlans,
  watchStaff,
  watchTargetBehaviourEntriesForClient,
  type Client,
  type WaypointDatabase,
} from '../../db';
import { loadPart2Notice } from './report-data';

async function attendanceOf(db: WaypointDatabase, clientId: string): Promise<ClientRecordSource['attendance']> {
  const rows = await firstValueFrom(watchAttendanceForClient(db, clientId));
  return Promise.all(
    rows.map(async (a) => {
      const s = await getSession(db, a.sessionId);
      return { ...a, sessionLabel: s ? `${s.kind} session${s.title ? `: ${s.title}` : ''}` : 'session' };
    }),
  );
}

async function safetyPlansOf(db: WaypointDatabase, clientId: string): Promise<ClientRecordSource['safetyPlans']> {
  const [safety, relapse] = await Promise.all([
    firstValueFrom(watchSafetyPlans(db, clientId, 'safety_plan')),
    firstValueFrom(watchSafetyPlans(db, clientId, 'relapse_prevention_plan')),
  ]);
  return [...safety.versions, ...relapse.versions];
}

export interface RecordExportHeader {
  readonly clinicName: string;
  readonly exportedBy: string;
  readonly exportedAt: string;
}

/** Every record of one client's chart, read from the local database. */
export async function loadClientRecordSource(db: WaypointDatabase, client: Client, header: RecordExportHeader): Promise<ClientRecordSource> {
  const id = client.id;
  const [
    staff,
    episodes,
    treatmentPlans,
    safetyPlans,
    responses,
    attendance,
    notes,
    medications,
    medicationEvents,
    homework,
    homeworkCompletions,
    behaviourEntries,
    reviews,
    discharge,
  ] = await Promise.all([
    firstValueFrom(watchStaff(db)),
    findEpisodeEventsForClient(db, id),
    firstValueFrom(watchPlanVersionsForClient(db, id)),
    safetyPlansOf(db, id),
    findResponsesForClient(db, id),
    attendanceOf(db, id),
    findNotesForClient(db, id),
    findMedicationsForClient(db, id),
    findMedicationEventsForClient(db, id),
    firstValueFrom(watchHomeworkForClient(db, id)),
    firstValueFrom(watchHomeworkCompletionsForClient(db, id)),
    firstValueFrom(watchTargetBehaviourEntriesForClient(db, id)),
    findReviewsForClient(db, id),
    findDischargeSummaries(db, id),
  ]);
  return {
    ...header,
    part2Notice: await loadPart2Notice(db),
    client,
    staffNames: new Map(staff.map((s) => [s.id, s.name])),
    episodes,
    treatmentPlans,
    safetyPlans,
    responses,
    attendance,
    notes,
    medications,
    medicationEvents,
    homework,
    homeworkCompletions,
    behaviourEntries,
    reviews: reviews.reviews,
    dischargeSummaries: discharge.summaries,
    dischargeAddenda: discharge.addenda,
  };
}
