/**
 * The alerts' inputs that come from the progress-review evidence (renderer/progress, progress.md §5.2): track,
 * safety events and the last safety-plan review, substance use, the engine's current recommendation; and from the
 * progress reviews (§5.4, §5.5): the last signed review, the review date it set and the outreach documented in a
 * decision. What nothing records yet (recertification dates, a measure schedule, the last day of substance use)
 * stays as in NO_PROGRESS_FEEDS.
 */
import { recommendLevelOfCare, type ProgressRuleParams } from '../../../shared/progress';
import { latestSignedReview, outreachDates } from '../../../shared/progress/reviews/review-overview';
import { reviewOf } from '../../../shared/progress/reviews/review-record';
import type { ProgressReview } from '../../../shared/progress/reviews/review-types';
import type { CarePlan } from '../../../shared/domain/records';
import type { ReviewEvidenceResult } from '../../progress';
import { NO_PROGRESS_FEEDS, type ProgressFeeds } from './alert-inputs';

/** The latest signed progress review's signing time, or null (co-sign and addendum records are not reviews). */
export function lastSignedReviewAt(reviews: readonly CarePlan[]): string | null {
  return (
    reviews
      .map(reviewOf)
      .filter((r) => r?.status === 'signed')
      .map((r) => r?.signedAt || r?.updatedAt || '')
      .sort()
      .at(-1) ?? null
  );
}

/** What the client's reviews feed: the last signing, the review date the latest signed review set, outreach days. */
function reviewFeeds(records: readonly CarePlan[]): Pick<ProgressFeeds, 'lastReviewSignedAt' | 'reviewDueOn' | 'outreachAt'> {
  const reviews = records.flatMap((d): ProgressReview[] => {
    const r = reviewOf(d);
    return r ? [r] : [];
  });
  return {
    lastReviewSignedAt: lastSignedReviewAt(records),
    reviewDueOn: latestSignedReview(reviews)?.nextReviewDueOn || null,
    outreachAt: outreachDates(reviews),
  };
}

function currentRecommendation(
  result: ReviewEvidenceResult,
  evidenceAt: string | null,
  params: ProgressRuleParams | undefined,
): ProgressFeeds['recommendation'] {
  if (!evidenceAt) return null;
  try {
    const r = recommendLevelOfCare(result.snapshot, params);
    return { value: r.recommendation, rule: r.rule, evidenceAt };
  } catch {
    // A snapshot the engine refuses (e.g. an instrument outside its table) recommends nothing on the dashboard.
    return null;
  }
}

/**
 * Feeds for one client from its evidence; `evidenceAt` is the newest record instant behind it (so a review signed
 * after it answers the recommendation), `reviews` the client's progress-review records.
 */
export function feedsFromEvidence(
  result: ReviewEvidenceResult | null,
  reviews: readonly CarePlan[],
  evidenceAt: string | null,
  params?: ProgressRuleParams,
): ProgressFeeds {
  const fromReviews = reviewFeeds(reviews);
  if (!result) return { ...NO_PROGRESS_FEEDS, ...fromReviews };
  const { evidence, snapshot } = result;
  return {
    ...NO_PROGRESS_FEEDS,
    track: snapshot.track,
    safetyEvents: evidence.safety.events.map((e) => ({ at: e.date, severity: e.severity })),
    safetyPlanReviewedAt: evidence.safety.safetyPlanLastReviewed,
    substanceUse: snapshot.substanceUse ? { ...snapshot.substanceUse, lastUseOn: null } : null,
    recommendation: currentRecommendation(result, evidenceAt, params),
    ...fromReviews,
  };
}
