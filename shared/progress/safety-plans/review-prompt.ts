/**
 * When a safety plan should be written or reviewed after a safety event (progress.md §4.3): a positive suicide screen
 * or any safety event asks for a review within 3 days, until a safety-plan version is signed or a review is recorded
 * after the event.
 */
import { addDays, daysBetween } from '../plans/days';
import type { SafetyPlanVersion } from './types';

/** Days after a safety event within which the safety plan is reviewed (WD). */
export const SAFETY_PLAN_REVIEW_DAYS = 3;

export interface SafetyEvent {
  /** Instant the event was recorded (compared with signings and reviews). */
  readonly at: string;
  /** Its calendar day in the clinic's time zone. */
  readonly on: string;
  /** Why it counts, in words. */
  readonly reason: string;
}

export interface SafetyPlanReviewPrompt {
  /** 'write' when the client has no signed safety plan yet, otherwise 'review'. */
  readonly action: 'write' | 'review';
  /** The events not yet answered by a signing or a review, oldest first. */
  readonly events: readonly SafetyEvent[];
  readonly dueOn: string;
  readonly overdue: boolean;
}

/**
 * The prompt to show, or null: `addressedAt` are the instants a safety-plan version was signed or a review recorded;
 * `hasSignedPlan` says whether one is in force. Compared as ISO instants (same format, so string order is time order).
 */
export function safetyPlanReviewPrompt(
  events: readonly SafetyEvent[],
  addressedAt: readonly string[],
  hasSignedPlan: boolean,
  asOf: string,
): SafetyPlanReviewPrompt | null {
  const last = addressedAt.reduce((a, b) => (b > a ? b : a), '');
  const open = events.filter((e) => e.at > last).sort((a, b) => a.at.localeCompare(b.at));
  const first = open[0];
  if (!first) return null;
  // Due from the earliest day an open event happened (a recorded event may be entered days after it happened).
  const earliest = open.reduce((a, e) => (e.on < a ? e.on : a), first.on);
  const dueOn = addDays(earliest, SAFETY_PLAN_REVIEW_DAYS);
  return { action: hasSignedPlan ? 'review' : 'write', events: open, dueOn, overdue: daysBetween(asOf, dueOn) < 0 };
}

/**
 * When the safety plan was last addressed (§4.3): the latest instant a version was signed by its author or a review
 * with no change was recorded; null when neither happened.
 */
export function lastAddressedAt(versions: readonly Pick<SafetyPlanVersion, 'signatures'>[], reviewedAt: readonly string[]): string | null {
  const signed = versions.flatMap((v) => v.signatures.flatMap((s) => (s.role === 'author' && s.signedAt ? [s.signedAt] : [])));
  return [...signed, ...reviewedAt].sort().at(-1) ?? null;
}
