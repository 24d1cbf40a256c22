import { Alert, Button, List, Text } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { formatIsoDate } from '../../../components/format-date';
import { SAFETY_PLANS_TAB } from '../tab';
import { useSafetyPlanReviewPrompt } from '../useSafetyPlans';

interface Props {
  readonly clientId: string;
  /** The open chart tab: the link to the plans is not shown on their own tab. */
  readonly tab: string;
}

/**
 * After a safety event (§4.3): the safety plan should be written or reviewed within 3 days, until a version is signed
 * or a review with no change is recorded.
 */
export function SafetyPlanReviewBanner({ clientId, tab }: Props) {
  const prompt = useSafetyPlanReviewPrompt(clientId);
  const [, setParams] = useSearchParams();
  if (!prompt) return null;
  const title = prompt.action === 'write' ? 'A safety plan should be written' : 'The safety plan should be reviewed';
  return (
    <Alert color="orange" variant="light" title={title}>
      <Text size="sm">
        {`${prompt.action === 'write' ? 'Write it' : 'Review it'} with the client by ${formatIsoDate(prompt.dueOn)}${prompt.overdue ? ' (overdue)' : ''}, after:`}
      </Text>
      <List size="sm">
        {prompt.events.map((e) => (
          <List.Item key={`${e.at} ${e.reason}`}>{`${e.reason} (${formatIsoDate(e.on)})`}</List.Item>
        ))}
      </List>
      {tab !== SAFETY_PLANS_TAB && (
        <Button
          mt="sm"
          variant="default"
          onClick={() => {
            setParams({ tab: SAFETY_PLANS_TAB }, { replace: true });
          }}
        >
          Open safety plans
        </Button>
      )}
    </Alert>
  );
}
