import { useState } from 'react';
import type { ProgressReview, ReviewDecisionInput } from '../../../shared/progress/reviews/review-types';
import { createArrivalLog } from '../../drafts/arrival-policy';
import type { DraftStatus } from '../../drafts/draft-status';
import { useDraftSaver } from '../../drafts/useDraftSaver';
import { useJudgeEachVersion } from '../../drafts/follow-arrival';
import { decisionArrivalHandler, decisionVersion, saveRemembered } from './decision-draft';
import { useReviewActions } from './useReviewActions';

export interface DecisionDraft {
  readonly decision: ReviewDecisionInput;
  readonly update: (next: ReviewDecisionInput) => void;
  /** Saves what is typed now; true when everything is stored. */
  readonly flush: () => Promise<boolean>;
  readonly status: DraftStatus;
  /** A decision from another computer was shown ('loaded') or kept as a conflict copy under the typing here ('kept'). */
  readonly arrived: 'loaded' | 'kept' | null;
}

/** The open review's decision: autosaved, following a version edited on another laptop (decision-draft.ts). */
export function useDecisionDraft(review: ProgressReview): DecisionDraft {
  const actions = useReviewActions();
  const [decision, setDecision] = useState(review.decision);
  const [arrived, setArrived] = useState<DecisionDraft['arrived']>(null);
  const [log] = useState(() => createArrivalLog<ProgressReview>(decisionVersion(review.decision)));
  const { status, saver } = useDraftSaver<ReviewDecisionInput>({
    initial: review.decision,
    initialStatus: { state: 'saved', at: new Date() },
    save: saveRemembered(log, (d) => actions.saveDecision(review.id, d)),
  });
  const judge = decisionArrivalHandler({
    saver,
    log,
    keepArrived: actions.keepArrived,
    show: (d) => {
      setDecision(d);
    },
  });
  useJudgeEachVersion(review, (r) => {
    const verdict = judge(r);
    if (verdict === 'load') setArrived('loaded');
    if (verdict === 'keep-as-conflict') setArrived('kept');
  });
  const update = (next: ReviewDecisionInput) => {
    saver.change(next);
    setDecision(next);
  };
  return { decision, update, flush: saver.flush, status, arrived };
}
