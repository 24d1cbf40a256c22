/**
 * What the chart's Overview shows (issue 15 item 5): is this client getting better, what was decided, what is next.
 * Pure: reviews, plan and markers in, plain values out.
 */
import type { ProgressRuleParams } from '../recommendation/params';
import type { PrimaryMeasureInput } from '../recommendation/snapshot';
import { REVIEW_INTERVALS } from '../plans/plan-status';
import type { ReviewPresetId } from '../plans/types';
import { DECISION_LABELS, type ProgressReview, type ReviewAttachment } from './review-types';

/** The latest signed review (by review date, then signing time), or null. */
export function latestSignedReview(reviews: readonly ProgressReview[]): ProgressReview | null {
  const signed = reviews.filter((r) => r.status === 'signed');
  return [...signed].sort((a, b) => a.asOfDate.localeCompare(b.asOfDate) || a.signedAt.localeCompare(b.signedAt)).at(-1) ?? null;
}

/** The plan fields the review cycle reads. */
export interface PlanCycle {
  readonly versionId: string;
  readonly reviewDueOn: string;
  readonly reviewPreset: ReviewPresetId;
}

/** Days until the review after one that continued the plan (§1.5 later interval). */
export function cycleDaysOf(plan: PlanCycle | null): number {
  return plan ? REVIEW_INTERVALS[plan.reviewPreset].then : REVIEW_INTERVALS.waypoint_default.then;
}

/**
 * The review date now due: the plan's, moved on by every later signed review (§1.5: "the signed review advances
 * reviewDueOn"); '' when there is neither a plan nor a signed review.
 */
export function nextReviewDue(plan: PlanCycle | null, reviews: readonly ProgressReview[]): string {
  const last = latestSignedReview(reviews);
  const fromPlan = plan?.reviewDueOn ?? '';
  const fromReview = last?.nextReviewDueOn ?? '';
  return fromReview > fromPlan ? fromReview : fromPlan;
}

/** Every day with outreach documented in a review's decision (§5.5), draft or signed, oldest first, each day once. */
export function outreachDates(reviews: readonly ProgressReview[]): readonly string[] {
  const days = reviews.flatMap((r) => r.decision.outreach.map((a) => a.date)).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d));
  return [...new Set(days)].sort();
}

export type ChangeState = 'reliable_improvement' | 'reliable_deterioration' | 'no_reliable_change' | 'no_follow_up' | 'no_data';

export interface PrimaryChange {
  readonly instrument: string;
  readonly baseline: number | null;
  readonly latest: number | null;
  readonly state: ChangeState;
  /** Plain words, e.g. "PHQ-9 18 → 8: reliable improvement (≥ 6 points)". */
  readonly sentence: string;
}

/** Reliable-change state of the primary measure against its baseline, with the rule parameters' threshold. */
export function primaryChange(primary: PrimaryMeasureInput | null, params: ProgressRuleParams): PrimaryChange | null {
  if (primary === null) return null;
  const id = primary.instrument;
  const rc = params.instruments[id as keyof ProgressRuleParams['instruments']]?.rc ?? null;
  const latest = primary.scores.at(-1) ?? null;
  if (primary.baseline === null) return { instrument: id, baseline: null, latest: null, state: 'no_data', sentence: `${id} has not been given yet.` };
  if (latest === null)
    return {
      instrument: id,
      baseline: primary.baseline,
      latest: null,
      state: 'no_follow_up',
      sentence: `${id} baseline ${String(primary.baseline)}; no score since.`,
    };
  const fell = primary.baseline - latest;
  const state: ChangeState = rc === null || Math.abs(fell) < rc ? 'no_reliable_change' : fell > 0 ? 'reliable_improvement' : 'reliable_deterioration';
  const words = { reliable_improvement: 'reliable improvement', reliable_deterioration: 'reliably worse', no_reliable_change: 'no reliable change' }[state];
  const threshold = rc === null ? '' : ` (reliable change ≥ ${String(rc)} points)`;
  return {
    instrument: id,
    baseline: primary.baseline,
    latest,
    state,
    sentence: `${id} ${String(primary.baseline)} → ${String(latest)}: ${words}${threshold}.`,
  };
}

export interface TimelineEntry {
  readonly date: string;
  readonly kind: 'level_of_care' | 'review' | 'medication';
  readonly label: string;
  /** The review's id, for a link; '' otherwise. */
  readonly reviewId: string;
}

/** A level-of-care change (admission, transfer, discharge) as the episodes feature reports it. */
export interface LevelOfCareChange {
  readonly date: string;
  readonly label: string;
}

function reviewLabel(r: ProgressReview): string {
  const decision = r.decision.decision === '' ? 'no decision' : DECISION_LABELS[r.decision.decision].toLowerCase();
  const rec = r.recommendation ? `; recommendation ${DECISION_LABELS[r.recommendation.recommendation].toLowerCase()}` : '';
  return `Progress review: decision ${decision}${rec}`;
}

/** Level-of-care changes, signed reviews and medication changes, newest first. */
export function buildTimeline(
  levels: readonly LevelOfCareChange[],
  reviews: readonly ProgressReview[],
  medications: readonly { readonly date: string; readonly label: string }[],
): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    ...levels.map((l) => ({ date: l.date, kind: 'level_of_care' as const, label: l.label, reviewId: '' })),
    ...reviews.filter((r) => r.status === 'signed').map((r) => ({ date: r.asOfDate, kind: 'review' as const, label: reviewLabel(r), reviewId: r.id })),
    ...medications.map((m) => ({ date: m.date, kind: 'medication' as const, label: m.label, reviewId: '' })),
  ];
  return entries.sort((a, b) => b.date.localeCompare(a.date));
}

/** Where a signed review stands with its supervisor co-sign (§5.4). */
export type CosignState =
  { readonly state: 'not_required' } | { readonly state: 'awaiting' } | { readonly state: 'cosigned'; readonly signerId: string; readonly signedAt: string };

/** The co-sign state of a review from its co-sign records; a draft or a review that needs none is 'not_required'. */
export function cosignStateOf(review: ProgressReview, attachments: readonly ReviewAttachment[]): CosignState {
  if (review.status !== 'signed' || !review.cosignRequired) return { state: 'not_required' };
  const cosign = attachments.find((a) => a.reviewId === review.id && a.entry === 'cosign');
  return cosign ? { state: 'cosigned', signerId: cosign.signerId, signedAt: cosign.signedAt } : { state: 'awaiting' };
}
