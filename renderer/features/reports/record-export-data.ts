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
  const { staff, reviews, discharge, ...records } = await allOf({
    staff: firstValueFrom(watchStaff(db)),
    episodes: findEpisodeEventsForClient(db, id),
    treatmentPlans: firstValueFrom(watchPlanVersionsForClient(db, id)),
    safetyPlans: safetyPlansOf(db, id),
    responses: findResponsesForClient(db, id),
    attendance: attendanceOf(db, id),
    notes: findNotesForClient(db, id),
    medications: findMedicationsForClient(db, id),
    medicationEvents: findMedicationEventsForClient(db, id),
    homework: firstValueFrom(watchHomeworkForClient(db, id)),
    homeworkCompletions: firstValueFrom(watchHomeworkCompletionsForClient(db, id)),
    behaviourEntries: firstValueFrom(watchTargetBehaviourEntriesForClient(db, id)),
    reviews: findReviewsForClient(db, id),
    discharge: findDischargeSummaries(db, id),
  });
  return {
    ...header,
    part2Notice: await loadPart2Notice(db),
    client,
    ...records,
    staffNames: new Map(staff.map((s) => [s.id, s.name])),
    reviews: reviews.reviews,
    dischargeSummaries: discharge.summaries,
    dischargeAddenda: discharge.addenda,
  };
}

/** Awaits every promise of an object at once: the same object of results. */
async function allOf<T extends Record<string, Promise<unknown>>>(promises: T): Promise<{ [K in keyof T]: Awaited<T[K]> }> {
  const settled = await Promise.all(Object.entries(promises).map(async ([key, p]) => [key, await p] as const));
  return Object.fromEntries(settled) as { [K in keyof T]: Awaited<T[K]> }; // the keys of `promises`, each awaited
}
