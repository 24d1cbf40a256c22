import { Alert, Anchor, Loader, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { errorMessage } from '../../../shared/error-message';
import { nextReviewDue } from '../../../shared/progress/reviews/review-overview';
import { useLiveQuery, watchClient } from '../../db';
import { useClinicToday } from '../../session';
import { planCycleOf, useActivePlan, useClientReviews } from './useReviews';
import { useReviewActions } from './useReviewActions';

/** The client's progress review to open: its draft, or the review now due (started once the data is read). */
function useReviewEntry(clientId: string) {
  const client = useLiveQuery((db) => watchClient(db, clientId), [clientId]).data;
  const data = useClientReviews(clientId);
  const plan = useActivePlan(clientId);
  const actions = useReviewActions();
  const today = useClinicToday();
  const ready = client !== undefined && data !== undefined && plan !== undefined;
  const open = async () => {
    const reviews = data?.reviews ?? [];
    const draft = reviews.find((r) => r.status === 'draft');
    return draft ?? actions.start({ clientId, asOfDate: today, dueOn: nextReviewDue(planCycleOf(plan), reviews), planVersionId: plan?.versionId ?? '' });
  };
  return { ready, client, open };
}

/**
 * /reviews/for/:clientId — where the dashboard's review alerts lead (issue 15 item 4: a review is started from the
 * chart or the dashboard): continues the client's draft review or starts the one now due, then shows it.
 */
export function StartReviewPage() {
  const { clientId = '' } = useParams();
  const navigate = useNavigate();
  const { ready, client, open } = useReviewEntry(clientId);
  const [failure, setFailure] = useState<string | null>(null);
  const opened = useRef(false);
  const active = client?.status === 'active';
  useEffect(() => {
    if (!ready || !active || opened.current) return;
    opened.current = true;
    open().then(
      (review) => {
        void navigate(`/reviews/${encodeURIComponent(review.id)}`, { replace: true });
      },
      (e: unknown) => {
        setFailure(errorMessage(e));
      },
    );
  }, [ready, active, open, navigate]);
  const chart = (
    <Anchor component={Link} to={`/clients/${encodeURIComponent(clientId)}?tab=overview`}>
      Open the chart
    </Anchor>
  );
  if (ready && !client) return <Text>This client does not exist.</Text>;
  if (ready && !active)
    return (
      <Stack align="flex-start">
        <Text>This client is not active: a progress review cannot be started.</Text>
        {chart}
      </Stack>
    );
  if (failure)
    return (
      <Stack align="flex-start">
        <Alert color="red" role="alert" title="The review could not be started">
          {failure}
        </Alert>
        {chart}
      </Stack>
    );
  return <Loader aria-label="Opening the progress review" />;
}
