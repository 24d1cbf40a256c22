/** Plan-version status transitions (progress.md §1.3) and the review cycle (§1.5). */
import { addDays, daysBetween } from './days';
import type { PlanVersionStatus, ReviewPresetId } from './types';

/** The statuses a version may move to from each status; the server guard uses the same table. */
export const PLAN_STATUS_NEXT: Readonly<Record<PlanVersionStatus, readonly PlanVersionStatus[]>> = {
  draft: ['awaiting_signatures', 'active', 'entered_in_error'],
  awaiting_signatures: ['active', 'entered_in_error'],
  active: ['superseded', 'closed', 'entered_in_error'],
  superseded: ['entered_in_error'],
  closed: ['entered_in_error'],
  entered_in_error: [],
};

/** True when a version may move from one status to the other (draft → active when no co-sign is needed). */
export function canTransition(from: PlanVersionStatus, to: PlanVersionStatus): boolean {
  return PLAN_STATUS_NEXT[from].includes(to);
}

/** Content is frozen (hashed and signed) from awaiting_signatures on; only a draft's content may change. */
export function isFrozen(status: PlanVersionStatus): boolean {
  return status !== 'draft';
}

/** A refusal message for a status change, or null when allowed; entered_in_error needs a reason. */
export function transitionRefusal(from: PlanVersionStatus, to: PlanVersionStatus, reason?: string): string | null {
  if (!canTransition(from, to)) return `A plan version that is ${from.replace('_', ' ')} cannot become ${to.replace(/_/g, ' ')}.`;
  if (to === 'entered_in_error' && !reason?.trim()) return 'Say why this version was entered in error.';
  return null;
}

/** Review interval in days per preset: the first interval and every later one (§1.5). */
export const REVIEW_INTERVALS: Readonly<Record<ReviewPresetId, { readonly first: number; readonly then: number }>> = {
  waypoint_default: { first: 30, then: 30 },
  cms_iop: { first: 60, then: 60 },
  cms_php: { first: 18, then: 30 },
  nd_iop: { first: 14, then: 14 },
  mt_asam_2_5: { first: 14, then: 14 },
  ks_outpatient: { first: 90, then: 90 },
};

/**
 * When the next review is due: from the version's effectiveFrom (first interval), or from the last signed review that
 * continued the plan (later interval). cms_php's "by day 18" counts from admission = effectiveFrom of version 1.
 */
export function reviewDueOn(preset: ReviewPresetId, effectiveFrom: string, lastContinuingReviewOn: string | null = null): string {
  const interval = REVIEW_INTERVALS[preset];
  return lastContinuingReviewOn ? addDays(lastContinuingReviewOn, interval.then) : addDays(effectiveFrom, interval.first);
}

export type ReviewState = 'not_due' | 'due_soon' | 'overdue';
/** Days before the due date a review shows as due soon (WD). */
export const REVIEW_DUE_SOON_DAYS = 7;

/** Due soon within 7 days of the due date, overdue the day after it. */
export function reviewState(dueOn: string, asOf: string): ReviewState {
  const left = daysBetween(asOf, dueOn);
  if (left < 0) return 'overdue';
  return left <= REVIEW_DUE_SOON_DAYS ? 'due_soon' : 'not_due';
}
