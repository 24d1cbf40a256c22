import { firstValueFrom } from 'rxjs';
import type { WaypointDatabase } from '../../../renderer/db';
import { alertInputOf, newestEvidenceAt } from '../../../renderer/features/dashboard/alert-inputs';
import { watchCaseload } from '../../../renderer/features/dashboard/caseload-loader';
import { feedsFromEvidence } from '../../../renderer/features/dashboard/progress-feeds';
import { toSnoozes } from '../../../renderer/features/dashboard/snooze-records';
import { arrangeCaseloadAlerts, caseloadFigures, clinicDayOf } from '../../../shared/progress/alerts';
import { timed } from './timing';

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
