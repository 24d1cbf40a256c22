import { firstValueFrom } from 'rxjs';
import { watchClients, type WaypointDatabase } from '../../../renderer/db';
import { loadReviewEvidence } from '../../../renderer/progress';
import { alertInputOf, newestEvidenceAt } from '../../../renderer/features/dashboard/alert-inputs';
import { watchCaseload } from '../../../renderer/features/dashboard/caseload-loader';
import { feedsFromEvidence } from '../../../renderer/features/dashboard/progress-feeds';
import { toSnoozes } from '../../../renderer/features/dashboard/snooze-records';
import { arrangeCaseloadAlerts, caseloadFigures, clinicDayOf } from '../../../shared/progress/alerts';
import { median, timed } from './timing';

/**
 * The caseload dashboard as a supervisor opens it on "All clinicians" (the largest view): every active client's
 * records read and unsealed, its review evidence built, the alerts computed and arranged, the table's figures computed. Cold: first read since unlock.
 */
export async function caseloadDashboard(db: WaypointDatabase): Promise<{ readonly ms: number; readonly clients: number; readonly alerts: number }> {
  const clock = { now: new Date(), timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone };
  const { ms, value } = await timed(async () => {
    const today = clinicDayOf(clock.now.toISOString(), clock.timeZone);
    const data = await firstValueFrom(watchCaseload(db, { kind: 'all' }, today));
    const inputs = data.clients.map((r) => alertInputOf(r, feedsFromEvidence(r.evidence, r.reviews, newestEvidenceAt(r, clock.now)), clock.now, today));
    inputs.forEach((input) => caseloadFigures(input, clock));
    const alerts = arrangeCaseloadAlerts(inputs, toSnoozes(data.snoozes), clock);
    return { clients: inputs.length, alerts: alerts.safety.length + alerts.needsAction.length + alerts.other.length };
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
