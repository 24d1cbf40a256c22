import { useMemo } from 'react';
import type { ProgressRuleParams } from '../../../shared/progress';
import type { ProgressReview, ReviewAttachment, ReviewDecisionInput } from '../../../shared/progress/reviews/review-types';
import { useActorContext } from '../../session';
import {
  addReviewAddendum,
  cosignReview,
  keepArrivedReview,
  refreshReviewEvidence,
  saveProgressRuleParams,
  saveReviewDecision,
  signReview,
  startReview,
  type ReviewEvidenceInput,
  type StartReviewInput,
} from './review-actions';

export interface ReviewActions {
  readonly start: (input: StartReviewInput) => Promise<ProgressReview>;
  readonly refreshEvidence: (reviewId: string, input: ReviewEvidenceInput, params: ProgressRuleParams) => Promise<ProgressReview>;
  readonly saveDecision: (reviewId: string, decision: ReviewDecisionInput) => Promise<ProgressReview>;
  readonly sign: (reviewId: string, decision: ReviewDecisionInput, cycleDays: number) => Promise<ProgressReview>;
  readonly cosign: (reviewId: string) => Promise<ReviewAttachment>;
  readonly addAddendum: (reviewId: string, text: string) => Promise<ReviewAttachment>;
  readonly saveRuleParams: (params: ProgressRuleParams, changed: readonly string[]) => Promise<void>;
  readonly keepArrived: (arrived: ProgressReview) => Promise<void>;
}

/** Review writes (review-actions.ts) bound to the signed-in user. */
export function useReviewActions(): ReviewActions {
  const ctx = useActorContext();
  return useMemo(
    () => ({
      start: (input) => startReview(ctx, input),
      refreshEvidence: (id, input, params) => refreshReviewEvidence(ctx, id, input, params),
      saveDecision: (id, decision) => saveReviewDecision(ctx, id, decision),
      sign: (id, decision, cycleDays) => signReview(ctx, id, decision, cycleDays),
      cosign: (id) => cosignReview(ctx, id),
      addAddendum: (id, text) => addReviewAddendum(ctx, id, text),
      saveRuleParams: (params, changed) => saveProgressRuleParams(ctx, params, changed),
      keepArrived: (arrived) => keepArrivedReview(ctx, arrived),
    }),
    [ctx],
  );
}
