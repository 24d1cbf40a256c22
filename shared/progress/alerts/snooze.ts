/**
 * Snoozing an alert (§6.2): alerts 3–14 only, 1 to 7 days, always with a reason. Snoozes are append-only records that
 * merge on sync as a union: an alert is hidden while any snooze of its client and id runs.
 */
import { addDays } from '../plans/days';
import { isSafetyAlert, type AlertId, type CaseloadAlert } from './types';

export interface AlertSnooze {
  readonly id: string;
  readonly clientId: string;
  readonly alertId: AlertId;
  /** Clinic day the alert shows again (exclusive end of the snooze). */
  readonly until: string;
  readonly reason: string;
  readonly authorId: string;
  readonly createdAt: string;
}

export interface SnoozeRequest {
  readonly alertId: AlertId;
  readonly days: number;
  readonly reason: string;
}

export const SNOOZE_REASON_MAX = 500;

/** Problems with a snooze request by field ('' key for the alert itself); empty when it may be saved. */
export function snoozeProblems(r: SnoozeRequest, maxDays = 7): Readonly<Record<string, string>> {
  const problems: Record<string, string> = {};
  if (isSafetyAlert(r.alertId)) problems.alertId = 'Safety alerts cannot be snoozed.';
  if (!Number.isInteger(r.days) || r.days < 1 || r.days > maxDays) problems.days = `Snooze for 1 to ${String(maxDays)} days.`;
  if (r.reason.trim() === '') problems.reason = 'Say why the alert can wait.';
  else if (r.reason.trim().length > SNOOZE_REASON_MAX) problems.reason = `Keep the reason under ${String(SNOOZE_REASON_MAX)} characters.`;
  return problems;
}

/** The clinic day a snooze made today for `days` days ends (the alert shows again that day). */
export function snoozeUntil(today: string, days: number): string {
  return addDays(today, days);
}

/** The longest-running snooze that hides this alert today, or null. */
export function activeSnooze(alert: CaseloadAlert, snoozes: readonly AlertSnooze[], today: string): AlertSnooze | null {
  let best: AlertSnooze | null = null;
  for (const s of snoozes) {
    if (s.clientId !== alert.clientId || s.alertId !== alert.id || today >= s.until) continue;
    if (!best || s.until > best.until) best = s;
  }
  return best;
}
