/**
 * The client's acknowledgement of a signed plan is requested within 7 days (progress.md §1.6); after that the plan
 * shows a reminder and the caseload's `signature.pending` alert fires. One rule for both: the Plan tab and the alert.
 */
import { DEFAULT_ALERT_PARAMS } from '../alerts/types';
import { daysBetween } from './days';
import { awaitingClientAcknowledgement } from './signatures';
import type { TreatmentPlanVersion } from './types';

type Version = Pick<TreatmentPlanVersion, 'status' | 'signatures' | 'effectiveFrom' | 'contentHash'>;

/** When the client's acknowledgement was requested (the first signature), or null when none is owed. */
export function acknowledgementRequestedAt(v: Version): string | null {
  if (v.status !== 'active' && v.status !== 'awaiting_signatures') return null;
  if (!awaitingClientAcknowledgement(v)) return null;
  return v.signatures.flatMap((s) => s.signedAt ?? []).sort()[0] ?? v.effectiveFrom;
}

export interface AcknowledgementReminder {
  /** The day the acknowledgement was requested. */
  readonly since: string;
  readonly days: number;
}

/** The reminder when the acknowledgement is owed for more than `limitDays` days (the alert's rule); null otherwise. */
export function acknowledgementReminder(
  v: Version,
  today: string,
  dayOf: (instant: string) => string,
  limitDays = DEFAULT_ALERT_PARAMS.clientAcknowledgementDays,
): AcknowledgementReminder | null {
  const at = acknowledgementRequestedAt(v);
  if (at === null) return null;
  const since = at.length > 10 ? dayOf(at) : at;
  const days = daysBetween(since, today);
  return days > limitDays ? { since, days } : null;
}
