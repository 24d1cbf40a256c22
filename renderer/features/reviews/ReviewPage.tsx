import { Alert, Anchor, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { FieldErrors } from '../../../shared/domain/client';
import { canonicalJson } from '../../../shared/sync/canonical-json';
import { cycleDaysOf } from '../../../shared/progress/reviews/review-overview';
import type { ProgressReview, ReviewDecisionInput } from '../../../shared/progress/reviews/review-types';
import { DecisionForm } from './components/DecisionForm';
import { RatingsPanel } from './components/RatingsPanel';
import { RecommendationPanel } from './components/RecommendationPanel';
import { SignedReview } from './components/SignedReview';
import { ObjectivesEvidence } from './components/ObjectivesEvidence';
import { SnapshotFigures } from './components/SnapshotFigures';
import { ReviewValidationError } from './review-actions';
import { useLiveEvidence } from './review-evidence-source';
import {
  planCycleOf,
  useActivePlan,
  useClientProgram,
  useClientReviews,
  useClinicRuleParams,
  useRatingsSettings,
  useReview,
  useStaffNames,
} from './useReviews';
import { programRatingsOf, ratingsOffered, type ClinicRatingsSettings } from '../../../shared/progress/reviews/ratings-settings';
import { useDecisionDraft } from './useDecisionDraft';
import { useReviewActions } from './useReviewActions';
import { errorMessage } from '../../../shared/error-message';

const NO_SETTINGS: ClinicRatingsSettings = { programs: {}, recordId: '' };

/** Keeps a draft's stored evidence and recommendation in step with the live snapshot and the clinic's parameters. */
function useEvidenceRefresh(review: ProgressReview) {
  const live = useLiveEvidence(review.clientId, review.asOfDate);
  const rules = useClinicRuleParams();
  const actions = useReviewActions();
  const [error, setError] = useState<string | null>(null);
  const stored = canonicalJson([review.snapshot, review.evidence, review.recommendation?.params ?? null]);
  useEffect(() => {
    if (review.status !== 'draft' || live.snapshot === null || !rules) return;
    if (canonicalJson([live.snapshot, live.evidence, rules.params]) === stored) return;
    actions.refreshEvidence(review.id, { snapshot: live.snapshot, evidence: live.evidence }, rules.params).catch((e: unknown) => {
      setError(errorMessage(e));
    });
  }, [actions, live.snapshot, live.evidence, rules, review.id, review.status, stored]);
  return { live, error };
}

function DraftReview({ review }: { review: ProgressReview }) {
  const actions = useReviewActions();
  const plan = useActivePlan(review.clientId);
  const { live, error } = useEvidenceRefresh(review);
  const draft = useDecisionDraft(review);
  const ratingsSettings = useRatingsSettings();
  const program = useClientProgram(review.clientId);
  const { decision } = draft;
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const change = (next: ReviewDecisionInput) => {
    // A field's message goes once it is edited; signing checks everything again.
    const unchanged = (k: string) =>
      k.startsWith('ratings.')
        ? next.ratings === decision.ratings
        : !(k in next) || next[k as keyof ReviewDecisionInput] === decision[k as keyof ReviewDecisionInput];
    setErrors((prev) => Object.fromEntries(Object.entries(prev).filter(([k]) => unchanged(k))));
    draft.update(next);
  };
  const sign = async () => {
    try {
      await draft.flush(); // nothing saved after the signature: a save of the signed review would be refused
      await actions.sign(review.id, decision, cycleDaysOf(planCycleOf(plan)));
      setErrors({});
      setFailure(null);
    } catch (e) {
      if (e instanceof ReviewValidationError) setErrors(e.errors);
      else setFailure(errorMessage(e));
    }
  };
  return (
    <Stack>
      {draft.arrived === 'loaded' && (
        <Alert color="blue" title="Updated from another computer">
          The decision was edited on another computer; this is its latest version.
        </Alert>
      )}
      {draft.arrived === 'kept' && (
        <Alert color="yellow" title="Edited on another computer too">
          Your typing here is saved; the version from the other computer is kept under Conflicts.
        </Alert>
      )}
      {draft.status.state === 'error' && (
        <Alert color="red" title="Not saved">
          {draft.status.reason}
        </Alert>
      )}
      {review.snapshot === null && (
        <Alert color="yellow" title="Evidence not loaded">
          {live.status === 'loading' ? 'Computing the evidence…' : live.message}
        </Alert>
      )}
      {error && (
        <Alert color="red" title="The evidence could not be used">
          {error}
        </Alert>
      )}
      {review.snapshot && <SnapshotFigures snapshot={review.snapshot} />}
      <ObjectivesEvidence evidence={review.evidence} />
      {review.snapshot && review.recommendation && <RecommendationPanel snapshot={review.snapshot} result={review.recommendation} />}
      <RatingsPanel
        value={decision.ratings}
        offered={ratingsOffered(programRatingsOf(ratingsSettings ?? NO_SETTINGS, program ?? ''), decision.ratings)}
        onChange={(ratings) => {
          change({ ...decision, ratings });
        }}
      />
      <DecisionForm value={decision} onChange={change} recommendation={review.recommendation} errors={errors} />
      {failure && (
        <Alert color="red" title="Not signed">
          {failure}
        </Alert>
      )}
      {Object.keys(errors).length > 0 && (
        <Text c="red.8" role="alert">
          The review is not signed: see the fields marked above.
        </Text>
      )}
      <Group>
        <Button onClick={() => void sign()}>Sign review</Button>
      </Group>
    </Stack>
  );
}

function SignedReviewView({ review }: { review: ProgressReview }) {
  const actions = useReviewActions();
  const data = useClientReviews(review.clientId);
  const staffNames = useStaffNames();
  return (
    <Stack>
      {review.snapshot && <SnapshotFigures snapshot={review.snapshot} />}
      <ObjectivesEvidence evidence={review.evidence} />
      {review.snapshot && review.recommendation && <RecommendationPanel snapshot={review.snapshot} result={review.recommendation} />}
      <SignedReview
        review={review}
        attachments={data?.attachments ?? []}
        staffNames={staffNames}
        onCosign={async () => {
          await actions.cosign(review.id);
        }}
        onAddendum={async (text) => {
          await actions.addAddendum(review.id, text);
        }}
      />
    </Stack>
  );
}

/** /reviews/:reviewId — a progress review: the evidence, the recommendation, the decision and its signature. */
export function ReviewPage() {
  const { reviewId = '' } = useParams();
  const review = useReview(reviewId);
  if (review === undefined) return <Loader aria-label="Loading the review" />;
  if (review === null) return <Text>This review does not exist.</Text>;
  return (
    <Stack maw={900}>
      <Anchor component={Link} to={`/clients/${encodeURIComponent(review.clientId)}?tab=overview`}>
        Back to the chart
      </Anchor>
      <Title order={1}>Progress review of {review.asOfDate}</Title>
      <Text>
        {review.dueOn === '' ? 'Ad-hoc review.' : `Review due ${review.dueOn}.`} {review.status === 'signed' ? 'Signed: it cannot change.' : 'Draft.'}
      </Text>
      {review.status === 'draft' ? <DraftReview review={review} /> : <SignedReviewView review={review} />}
    </Stack>
  );
}
