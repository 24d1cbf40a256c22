import { Alert, Anchor, Button, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useId, useMemo, useState, type ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import { recommendLevelOfCare, explainRecommendation, type RecommendationResult, type ReviewSnapshot } from '../../../../shared/progress';
import type { TreatmentPlanVersion } from '../../../../shared/progress/plans/types';
import { outreachLine, reviewDueState } from '../../../../shared/progress/reviews/review-decision';
import { buildTimeline, cosignStateOf, latestSignedReview, nextReviewDue, primaryChange } from '../../../../shared/progress/reviews/review-overview';
import { ratingsSummary } from '../../../../shared/progress/reviews/structured-ratings';
import { DECISION_LABELS, type ProgressReview, type ReviewAttachment } from '../../../../shared/progress/reviews/review-types';
import { formatIsoDate } from '../../../components/format-date';
import { useClinicToday } from '../../../session';
import type { ChartTabProps } from '../../../modules';
import { useOpenSafetyAlerts } from '../../safety-alerts';
import { useEpisodeMarkers } from '../../episodes';
import { useMedicationMarkers } from '../../medications';
import { useLiveEvidence } from '../review-evidence-source';
import { planCycleOf, useActivePlan, useClientReviews, useClinicRuleParams, useStaffNames } from '../useReviews';
import { useReviewActions } from '../useReviewActions';
import { OverviewTimeline } from './OverviewTimeline';
import { errorMessage } from '../../../../shared/error-message';

const OPEN_OBJECTIVE = new Set(['not_started', 'in_progress', 'partially_met', 'not_met']);

function openObjectives(plan: TreatmentPlanVersion | null | undefined): string[] {
  return (plan?.problems ?? []).flatMap((p) => p.goals.flatMap((g) => g.objectives.filter((o) => OPEN_OBJECTIVE.has(o.status)).map((o) => o.statement)));
}

function Card({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Stack gap={6}>
        <Title order={2} size="h4" id={id}>
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

function RecommendationCard({ snapshot, result, fromReview }: { snapshot: ReviewSnapshot | null; result: RecommendationResult | null; fromReview: boolean }) {
  const first = snapshot && result ? explainRecommendation(snapshot, result)[0] : undefined;
  return (
    <Card title="Current recommendation">
      {result ? (
        <Text fw={600}>
          {DECISION_LABELS[result.recommendation]}
          {fromReview ? ' (at the last review)' : ''}
        </Text>
      ) : (
        <Text>No evidence yet.</Text>
      )}
      {first && <Text size="sm">{first.sentence}</Text>}
    </Card>
  );
}

function CosignLine({ review, attachments }: { review: ProgressReview; attachments: readonly ReviewAttachment[] }) {
  const names = useStaffNames();
  const cosign = cosignStateOf(review, attachments);
  if (cosign.state === 'awaiting')
    return (
      <Text size="sm" c="yellow.9">
        Awaiting a supervisor’s co-sign.
      </Text>
    );
  if (cosign.state === 'cosigned')
    return (
      <Text size="sm">
        Co-signed by {names.get(cosign.signerId) ?? 'an unknown staff member'} on {formatIsoDate(cosign.signedAt.slice(0, 10))}.
      </Text>
    );
  return null;
}

function LastDecisionCard({ review, attachments }: { review: ProgressReview | null; attachments: readonly ReviewAttachment[] }) {
  const outreach = review ? outreachLine(review.decision, formatIsoDate) : null;
  return (
    <Card title="Last decision">
      {review ? (
        <>
          <Text fw={600}>
            {review.decision.decision === '' ? '—' : DECISION_LABELS[review.decision.decision]} on {formatIsoDate(review.asOfDate)}
          </Text>
          <Text size="sm" lineClamp={3}>
            {review.decision.rationale}
          </Text>
          {outreach && <Text size="sm">{outreach}</Text>}
          {ratingsSummary(review.decision.ratings).map((line) => (
            <Text key={line} size="sm">
              {line}
            </Text>
          ))}
          <CosignLine review={review} attachments={attachments} />
          <Anchor component={Link} to={`/reviews/${encodeURIComponent(review.id)}`} size="sm">
            Open the review
          </Anchor>
        </>
      ) : (
        <Text>No signed review yet.</Text>
      )}
    </Card>
  );
}

function useOverview(clientId: string) {
  const data = useClientReviews(clientId);
  const plan = useActivePlan(clientId);
  const rules = useClinicRuleParams();
  const live = useLiveEvidence(clientId, useClinicToday());
  const reviews = useMemo(() => data?.reviews ?? [], [data]);
  const last = latestSignedReview(reviews);
  const snapshot = live.snapshot ?? last?.snapshot ?? null;
  const result = useMemo(
    () => (live.snapshot && rules ? recommendLevelOfCare(live.snapshot, rules.params) : (last?.recommendation ?? null)),
    [live.snapshot, rules, last],
  );
  return { reviews, attachments: data?.attachments ?? [], plan, last, snapshot, result, fromReview: live.snapshot === null, params: rules?.params ?? null };
}

/** The chart's first tab: is this client getting better, what was decided, what is next (issue 15 item 5). */
export function OverviewTab({ client, canEdit }: ChartTabProps) {
  const { reviews, attachments, plan, last, snapshot, result, fromReview, params } = useOverview(client.id);
  const alerts = useOpenSafetyAlerts(client.id) ?? [];
  const markers = useMedicationMarkers(client.id);
  const levels = useEpisodeMarkers(client.id);
  const actions = useReviewActions();
  const navigate = useNavigate();
  const [failure, setFailure] = useState<string | null>(null);
  const today = useClinicToday();
  const dueOn = nextReviewDue(planCycleOf(plan), reviews);
  const state = reviewDueState(dueOn, today);
  const change = snapshot && params ? primaryChange(snapshot.primary, params) : null;
  const objectives = openObjectives(plan);
  const draft = reviews.find((r) => r.status === 'draft');
  const start = async () => {
    try {
      const review = draft ?? (await actions.start({ clientId: client.id, asOfDate: today, dueOn, planVersionId: plan?.versionId ?? '' }));
      void navigate(`/reviews/${encodeURIComponent(review.id)}`);
    } catch (e) {
      setFailure(errorMessage(e));
    }
  };
  return (
    <Stack>
      <Group justify="space-between">
        <Text>
          {dueOn === ''
            ? 'No review date set (no active plan or signed review).'
            : `Next review ${formatIsoDate(dueOn)}${state === 'overdue' ? ' — overdue' : state === 'due_soon' ? ' — due soon' : ''}.`}
        </Text>
        {canEdit && <Button onClick={() => void start()}>{draft ? 'Continue progress review' : 'Start progress review'}</Button>}
      </Group>
      {failure && (
        <Alert color="red" title="The review could not be started">
          {failure}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card title="Primary measure">{change ? <Text>{change.sentence}</Text> : <Text>No primary measure yet.</Text>}</Card>
        <RecommendationCard snapshot={snapshot} result={result} fromReview={fromReview} />
        <LastDecisionCard review={last} attachments={attachments} />
        <Card title="Open alerts">
          {alerts.length === 0 ? (
            <Text>None open.</Text>
          ) : (
            <List>
              {alerts.map((a) => (
                <List.Item key={a}>{a}</List.Item>
              ))}
            </List>
          )}
        </Card>
        <Card title="Open objectives">
          {objectives.length === 0 ? (
            <Text>{plan ? 'None open.' : 'No active treatment plan.'}</Text>
          ) : (
            <List>
              {objectives.map((o) => (
                <List.Item key={o}>{o}</List.Item>
              ))}
            </List>
          )}
        </Card>
      </SimpleGrid>
      <OverviewTimeline entries={buildTimeline(levels, reviews, markers)} />
    </Stack>
  );
}
