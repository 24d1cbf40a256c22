/** Alert snoozes as stored: 'alert-snooze' clinic records about a client (append-only; merged as a union). */
import { ALERT_IDS, type AlertId, type AlertSnooze } from '../../../shared/progress/alerts';
import type { ClinicRecord } from '../../db';

function isAlertId(value: unknown): value is AlertId {
  return ALERT_IDS.some((id) => id === value);
}

/** A stored record as a snooze; null when it is another kind or its data is not the expected shape. */
export function toSnooze(record: ClinicRecord): AlertSnooze | null {
  const { alertId, until } = record.data;
  if (record.kind !== 'alert-snooze' || !isAlertId(alertId) || typeof until !== 'string') return null;
  return { id: record.id, clientId: record.refId, alertId, until, reason: record.reason, authorId: record.authorId, createdAt: record.createdAt };
}

export function toSnoozes(records: readonly ClinicRecord[]): readonly AlertSnooze[] {
  return records.flatMap((r) => toSnooze(r) ?? []);
}
