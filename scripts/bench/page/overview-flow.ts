import { combineLatest, firstValueFrom, type Observable } from 'rxjs';
import {
  appendAudit,
  watchAttendanceForClient,
  watchClient,
  watchClinicRecords,
  watchClinicRecordsFor,
  watchDischargeSummaries,
  watchEpisodeEventsForClient,
  watchMedicationEventsForClient,
  watchMedicationsForClient,
  watchPlanVersionsForClient,
  watchResponsesForClient,
  watchReviewsForClient,
  watchSafetyPlans,
  watchStaff,
  type WaypointDatabase,
} from '../../../renderer/db';
import { watchReviewEvidence } from '../../../renderer/progress';
import { now } from './timing';

type Reads = Readonly<Record<string, () => Observable<unknown>>>;

/** The chart page itself (useClient) and the Overview tab's hooks (renderer/features/reviews OverviewTab), by hook. */
function overviewReads(db: WaypointDatabase, clientId: string, today: string): Reads {
  const ref = { collection: 'clients', id: clientId };
  return {
    'chart: client+staff (useClient)': () => combineLatest([watchClient(db, clientId), watchStaff(db)]),
    'overview: reviews (useClientReviews)': () => watchReviewsForClient(db, clientId),
    'overview: active plan (useActivePlan)': () => watchPlanVersionsForClient(db, clientId),
    'overview: rule params (useClinicRuleParams)': () => watchClinicRecords(db, 'settings'),
    'overview: evidence (useLiveEvidence)': () => watchReviewEvidence(db, clientId, today),
    'overview: open alerts (useOpenSafetyAlerts)': () => combineLatest([watchResponsesForClient(db, clientId), watchClinicRecordsFor(db, 'safety-ack', ref)]),
    'overview: medication markers (useMedicationMarkers)': () =>
      combineLatest([watchMedicationsForClient(db, clientId), watchMedicationEventsForClient(db, clientId)]),
    'overview: level markers (useEpisodeMarkers)': () => combineLatest([watchEpisodeEventsForClient(db, clientId), watchClient(db, clientId)]),
    'overview: staff names (useStaffNames)': () => watchStaff(db),
  };
}

/** The banners every chart tab shows (the features' chartBanners), each as its hook reads it. */
function bannerReads(db: WaypointDatabase, clientId: string): Reads {
  const ref = { collection: 'clients', id: clientId };
  return {
    'banner: safety alert (useClientMeasures)': () =>
      combineLatest([watchResponsesForClient(db, clientId), watchClinicRecordsFor(db, 'safety-ack', ref), watchStaff(db)]),
    'banner: safety-plan review (useSafetyPlanReviewPrompt)': () =>
      combineLatest([watchResponsesForClient(db, clientId), watchSafetyPlans(db, clientId, 'safety_plan')]),
    'banner: absence (AbsenceAlertBanner)': () => watchAttendanceForClient(db, clientId),
    'banner: adherence (useClientAdherence)': () => combineLatest([watchMedicationsForClient(db, clientId), watchMedicationEventsForClient(db, clientId)]),
    'banner: open plan (usePlanVersions)': () => watchPlanVersionsForClient(db, clientId),
    'banner: level of care (useClientEpisodes)': () => watchEpisodeEventsForClient(db, clientId),
    'banner: discharge due (useDischargeSummary)': () => watchDischargeSummaries(db, clientId),
  };
}

/** One chart open on Overview: its total time and when each hook's first value arrived (ms from the start). */
export interface OverviewOpen {
  readonly ms: number;
  readonly parts: Readonly<Record<string, number>>;
}

/**
 * One chart open as the app opens it now: on Overview (the reviews feature's tab, order 0), with every chart banner,
 * and the "view" audit write (useAuditView). Each hook's first value is awaited through the same renderer/db and
 * renderer/progress functions the hooks bind, all subscribed at once as React mounts them.
 */
export async function openOverview(db: WaypointDatabase, clientId: string, userId: string, today: string): Promise<OverviewOpen> {
  const parts: Record<string, number> = {};
  const start = now();
  const reads = { ...overviewReads(db, clientId, today), ...bannerReads(db, clientId) };
  const first = Object.entries(reads).map(async ([name, read]) => {
    await firstValueFrom(read());
    parts[name] = now() - start;
  });
  const audit = appendAudit(db, { action: 'view', entity: 'client', entityId: clientId, actorId: userId, detail: 'Opened the chart' }, { now: new Date() });
  await Promise.all([...first, audit]);
  return { ms: now() - start, parts };
}
