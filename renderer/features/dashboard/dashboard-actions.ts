/** Dashboard writes: snoozing a caseload alert (progress.md §6.2), each followed by its audit event. */
import { snoozeProblems, snoozeUntil, type AlertSnooze, type SnoozeRequest } from '../../../shared/progress/alerts';
import { auditFor } from '../../audit';
import { insertClinicRecord } from '../../db';
import { writeStamp, type ActorContext } from '../../session';
import { ALERT_LABELS } from './alert-labels';
import { toSnooze } from './snooze-records';

export class SnoozeRefusedError extends Error {
  constructor(readonly problems: Readonly<Record<string, string>>) {
    super(Object.values(problems).join(' '));
    this.name = 'SnoozeRefusedError';
  }
}

/**
 * Puts one client's alert off until `today + days` (the clinic day `today` is the caller's). Refused for safety
 * alerts, outside 1–7 days, or without a reason. The reason stays in the sealed record, not in the audit line.
 */
export async function snoozeAlert(ctx: ActorContext, clientId: string, today: string, request: SnoozeRequest): Promise<AlertSnooze> {
  const problems = snoozeProblems(request);
  if (Object.keys(problems).length > 0) throw new SnoozeRefusedError(problems);
  const stamp = writeStamp(ctx);
  const until = snoozeUntil(today, request.days);
  const data = { alertId: request.alertId, until, days: request.days, snoozedOn: today };
  const record = { kind: 'alert-snooze', status: 'open', refCollection: 'clients', refId: clientId, data, reason: request.reason.trim() } as const;
  const saved = await insertClinicRecord(ctx.db, record, stamp);
  const detail = `Snoozed “${ALERT_LABELS[request.alertId]}” for ${String(request.days)} day(s), until ${until} (snooze ${saved.id}, reason recorded)`;
  await auditFor(ctx, 'client')('edit', clientId, detail, stamp.now);
  const snooze = toSnooze(saved);
  if (!snooze) throw new Error('A saved snooze did not read back as a snooze.');
  return snooze;
}
