import { useMemo } from 'react';
import { map } from 'rxjs';
import { latestSignedReview } from '../../../shared/progress/reviews/review-overview';
import type { PlanCycle } from '../../../shared/progress/reviews/review-overview';
import type { ProgressReview } from '../../../shared/progress/reviews/review-types';
import type { TreatmentPlanVersion } from '../../../shared/progress/plans/types';
import {
  useLiveQuery,
  watchAllReviews,
  watchClient,
  watchClinicRecords,
  watchPlanVersionsForClient,
  watchReview,
  watchReviewsForClient,
  watchStaff,
  type ClientReviews,
} from '../../db';
import { clinicRuleParamsOf, type ClinicRuleParams } from './rule-params-records';
import { clinicRatingsSettingsOf, type ClinicRatingsSettings } from '../../../shared/progress/reviews/ratings-settings';

const EMPTY: ClientReviews = { reviews: [], attachments: [] };

/** A client's reviews with their co-signs and addenda, kept live; undefined while loading. */
export function useClientReviews(clientId: string): ClientReviews | undefined {
  return useLiveQuery((db) => watchReviewsForClient(db, clientId), [clientId]).data;
}

/** The client's latest signed review (its recommendation and decision), kept live; null when none, undefined while loading. */
export function useLatestReview(clientId: string): ProgressReview | null | undefined {
  const data = useClientReviews(clientId);
  return useMemo(() => (data ? latestSignedReview(data.reviews) : undefined), [data]);
}

/** Every client's latest signed review by client id, kept live (for the caseload dashboard). */
export function useLatestReviewsByClient(): ReadonlyMap<string, ProgressReview> | undefined {
  return useLiveQuery(
    (db) =>
      watchAllReviews(db).pipe(
        map((reviews) => {
          const latest = new Map<string, ProgressReview>();
          for (const r of reviews.filter((x) => x.status === 'signed')) latest.set(r.clientId, r);
          return latest;
        }),
      ),
    [],
  ).data;
}

/** One review, kept live; null when absent. */
export function useReview(reviewId: string): ProgressReview | null | undefined {
  return useLiveQuery((db) => watchReview(db, reviewId), [reviewId]).data;
}

/** The clinic's recommendation rule parameters in force (defaults until a clinic saves its own), kept live. */
export function useClinicRuleParams(): ClinicRuleParams | undefined {
  return useLiveQuery((db) => watchClinicRecords(db, 'settings').pipe(map(clinicRuleParamsOf)), []).data;
}

/** The client's active treatment-plan version, null when none (kept live). */
export function useActivePlan(clientId: string): TreatmentPlanVersion | null | undefined {
  return useLiveQuery((db) => watchPlanVersionsForClient(db, clientId).pipe(map((vs) => vs.filter((v) => v.status === 'active').at(-1) ?? null)), [clientId])
    .data;
}

/** The plan fields the review cycle reads. */
export function planCycleOf(plan: TreatmentPlanVersion | null | undefined): PlanCycle | null {
  return plan ? { versionId: plan.versionId, reviewDueOn: plan.reviewDueOn, reviewPreset: plan.reviewPreset } : null;
}

/** Every staff member's name by id (for signatures), kept live. */
export function useStaffNames(): ReadonlyMap<string, string> {
  const staff = useLiveQuery((db) => watchStaff(db), []).data;
  return useMemo(() => new Map((staff ?? []).map((s) => [s.id, s.name])), [staff]);
}

export { EMPTY as NO_REVIEWS };

/** The clinic's per-program ASAM/LOCUS ratings setting (§5.6), kept live; undefined while loading. */
export function useRatingsSettings(): ClinicRatingsSettings | undefined {
  return useLiveQuery((db) => watchClinicRecords(db, 'settings').pipe(map(clinicRatingsSettingsOf)), []).data;
}

/** The client's program track ('' while loading or when the client is gone), kept live. */
export function useClientProgram(clientId: string): string | undefined {
  return useLiveQuery((db) => watchClient(db, clientId).pipe(map((c) => c?.program ?? '')), [clientId]).data;
}
