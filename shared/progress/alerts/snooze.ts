/**
 * Snoozing an alert (§6.2): alerts 3–14 only, 1 to 7 days, always with a reason. Snoozes are append-only records that
 * merge on sync as a union. A snooze puts off one occurrence: the alert as it stood on the day it was snoozed. An alert
 * that clears and fires again while the snooze runs starts on a later day than the snooze was made, so it shows again.
 */
import { addDays } from '../plans/days';
import { isSafetyAlert, type AlertId, type CaseloadAlert } from './types';

export interface AlertSnooze {
  readonly id: string;
  readonly clientId: string;
  readonly alertId: AlertId;
  /** Clinic day the alert shows again (exclusive end of the snooze). */
  readonly until: string;
  /**
   * Clinic day the snooze was made: it hides occurrences that started (`since`) on or before it. '' for a record that
   * does not say (it then hides any occurrence until its end, as before).
   */
  readonly snoozedOn: string;
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

/** Does this snooze put off this occurrence of the alert today? */
export function snoozeHides(s: AlertSnooze, alert: CaseloadAlert, today: string): boolean {
  return s.clientId === alert.clientId && s.alertId === alert.id && today < s.until && (s.snoozedOn === '' || alert.since <= s.snoozedOn);
}

/** The longest-running snooze that hides this occurrence of the alert today, or null. */
export function activeSnooze(alert: CaseloadAlert, snoozes: readonly AlertSnooze[], today: string): AlertSnooze | null {
  let best: AlertSnooze | null = null;
  for (const s of snoozes) {
    if (!snoozeHides(s, alert, today)) continue;
    if (!best || s.until > best.until) best = s;
  }
  return best;
}
