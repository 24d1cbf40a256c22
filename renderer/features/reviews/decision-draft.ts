/**
 * The open review's decision as a draft (renderer/drafts): autosaved, and a version of it that arrives from another
 * laptop while the review is open is judged by the drafts' arrival rule — shown when nothing typed here is unsaved,
 * otherwise the typing here is saved over it and the arrived version is kept as a conflict copy (neither is lost).
 * Kept apart from React so it can be tested on real storage.
 */
import type { ProgressReview, ReviewDecisionInput } from '../../../shared/progress/reviews/review-types';
import { canonicalJson } from '../../../shared/sync/canonical-json';
import type { ArrivalLog, ArrivalVerdict } from '../../drafts/arrival-policy';
import { handleArrival } from '../../drafts/follow-arrival';
import type { DraftSaver } from '../../drafts/draft-saver';

/** The version key of a decision: its canonical JSON. */
export const decisionVersion = (d: ReviewDecisionInput): string => canonicalJson(d);

/** Saves the decision, remembering what was sent and what was stored as the editor's own versions. */
export function saveRemembered(log: ArrivalLog<ProgressReview>, save: (d: ReviewDecisionInput) => Promise<ProgressReview>) {
  return async (typed: ReviewDecisionInput): Promise<void> => {
    log.remember(decisionVersion(typed));
    const saved = await save(typed);
    log.remember(decisionVersion(saved.decision));
  };
}

export interface DecisionArrivalDeps {
  readonly saver: Pick<DraftSaver<ReviewDecisionInput>, 'isDirty' | 'isSaving' | 'load' | 'fail'>;
  readonly log: ArrivalLog<ProgressReview>;
  /** Keeps the arrived review as a conflict copy. */
  readonly keepArrived: (arrived: ProgressReview) => Promise<void>;
  /** Shows a loaded decision in the form. */
  readonly show: (decision: ReviewDecisionInput) => void;
}

/** Judges one emission of the stored review (a write of evidence only carries a known decision and is ignored). */
export function decisionArrivalHandler({ saver, log, keepArrived, show }: DecisionArrivalDeps): (review: ProgressReview) => ArrivalVerdict {
  return (review) => {
    if (review.status !== 'draft') return 'ignore';
    return handleArrival(
      {
        saver,
        log,
        contentOf: (r: ProgressReview) => r.decision,
        versionOf: decisionVersion,
        show,
        keepArrived,
        keepFailure: 'A decision edited on another computer could not be kept as a conflict copy',
      },
      review,
    );
  };
}
