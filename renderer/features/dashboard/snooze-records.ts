/** Alert snoozes as stored: 'alert-snooze' clinic records about a client (append-only; merged as a union). */
import { ALERT_IDS, type AlertId, type AlertSnooze } from '../../../shared/progress/alerts';
import { addDays } from '../../../shared/progress/plans/days';
import type { ClinicRecord } from '../../db';

function isAlertId(value: unknown): value is AlertId {
  return ALERT_IDS.some((id) => id === value);
}

/** A stored record as a snooze; null when it is another kind or its data is not the expected shape. */
export function toSnooze(record: ClinicRecord): AlertSnooze | null {
  const { alertId, until, days, snoozedOn } = record.data;
  if (record.kind !== 'alert-snooze' || !isAlertId(alertId) || typeof until !== 'string') return null;
  // Records written before snoozedOn was stored: the day it was made is the end less its days.
  const madeOn = typeof snoozedOn === 'string' ? snoozedOn : typeof days === 'number' ? addDays(until, -days) : '';
  return {
    id: record.id,
    clientId: record.refId,
    alertId,
    until,
    snoozedOn: madeOn,
    reason: record.reason,
    authorId: record.authorId,
    createdAt: record.createdAt,
  };
}

export function toSnoozes(records: readonly ClinicRecord[]): readonly AlertSnooze[] {
  return records.flatMap((r) => toSnooze(r) ?? []);
}
