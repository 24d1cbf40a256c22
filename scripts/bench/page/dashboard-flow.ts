import { firstValueFrom } from 'rxjs';
import { watchClients, type WaypointDatabase } from '../../../renderer/db';
import { loadReviewEvidence } from '../../../renderer/progress';
import { dashboardFromRecords, dashboardFromSummaries, type CaseloadDashboard } from '../../../renderer/features/dashboard/caseload-dashboard';
import { watchCaseload } from '../../../renderer/features/dashboard/caseload-loader';
import { watchCaseloadSummaries } from '../../../renderer/features/dashboard/caseload-summaries';
import { clinicDayOf } from '../../../shared/progress/alerts';
import { median, timed } from './timing';

/**
 * The caseload dashboard as a supervisor opens it on "All clinicians" (the largest view), as the app computes it:
 * every active client's summary read (rebuilt from its records when missing or stale), the alerts computed and
 * arranged, the table's figures computed, at `now`. `rebuilt`: how many summaries were made from records.
 */
export async function caseloadDashboard(
  db: WaypointDatabase,
  now: Date = new Date(),
): Promise<{ readonly ms: number; readonly clients: number; readonly alerts: number; readonly rebuilt: number }> {
  const clock = { now, timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone };
  const { ms, value } = await timed(async () => {
    const today = clinicDayOf(clock.now.toISOString(), clock.timeZone);
    const data = await firstValueFrom(watchCaseloadSummaries(db, { kind: 'all' }, today, () => now));
    const dashboard = dashboardFromSummaries(data, clock, today);
    return { clients: dashboard.rows.length, alerts: alertCount(dashboard), rebuilt: data.rebuilt };
  });
  return { ms, ...value };
}

function alertCount(d: CaseloadDashboard): number {
  return d.alerts.safety.length + d.alerts.needsAction.length + d.alerts.other.length;
}

/** The same dashboard straight from every active client's records, as it was computed before the summaries. */
export async function caseloadDashboardFromRecords(db: WaypointDatabase): Promise<{ readonly ms: number; readonly clients: number; readonly alerts: number }> {
  const clock = { now: new Date(), timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone };
  const { ms, value } = await timed(async () => {
    const today = clinicDayOf(clock.now.toISOString(), clock.timeZone);
    const dashboard = dashboardFromRecords(await firstValueFrom(watchCaseload(db, { kind: 'all' }, today)), clock, today);
    return { clients: dashboard.rows.length, alerts: alertCount(dashboard) };
  });
  return { ms, ...value };
}

/**
 * A progress review's evidence snapshot as the review screen reads it (renderer/progress loadReviewEvidence): one active
 * client's records read and unsealed, the evidence and the engine's snapshot built. Cold: run before anything else
 * read these clients; median over `n` different clients.
 */
export async function reviewSnapshots(db: WaypointDatabase, n: number): Promise<{ readonly ms: number; readonly clients: number }> {
  const today = clinicDayOf(new Date().toISOString(), Intl.DateTimeFormat().resolvedOptions().timeZone);
  const active = (await firstValueFrom(watchClients(db))).filter((c) => c.status === 'active');
  const step = Math.max(1, Math.floor(active.length / n));
  const picked = active.filter((_, i) => i % step === 0).slice(0, n);
  const times: number[] = [];
  for (const client of picked) times.push((await timed(() => loadReviewEvidence(db, client.id, today))).ms);
  return { ms: times.length === 0 ? 0 : median(times), clients: times.length };
}
