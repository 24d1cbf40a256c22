import { Alert, Button, Group, List, Text } from '@mantine/core';
import { formatInstantDate } from '../../../components/format-date';
import type { MeasureResponse } from '../../measures';
import { alertReason } from '../safety-alerts';

interface Props {
  readonly alerts: readonly MeasureResponse[];
  /** Null when the screener cannot be given here (a discharged client). */
  readonly onAdministerCssrs: (() => void) | null;
  readonly onRespond: () => void;
  /** Opens the client's safety plan: signing it (or recording a review) answers the alert. Null on its own tab. */
  readonly onReviewSafetyPlan: (() => void) | null;
}

/** The safety alert on the chart: why, since when, and what to do next. Stays until a clinician responds. */
export function SafetyBanner({ alerts, onAdministerCssrs, onRespond, onReviewSafetyPlan }: Props) {
  return (
    <Alert role="alert" color="red" variant="outline" title="Safety alert">
      <Text>This alert stays until a clinician records a response to it.</Text>
      <List mt="xs">
        {alerts.map((r) => (
          <List.Item key={r.id}>
            {alertReason(r)} ({formatInstantDate(r.completedAt)})
          </List.Item>
        ))}
      </List>
      <Group mt="sm">
        <Button color="red.9" onClick={onRespond}>
          Record clinician response
        </Button>
        {onReviewSafetyPlan && (
          <Button variant="default" onClick={onReviewSafetyPlan}>
            Review the safety plan
          </Button>
        )}
        {onAdministerCssrs && (
          <Button variant="default" onClick={onAdministerCssrs}>
            Administer C-SSRS screener
          </Button>
        )}
      </Group>
    </Alert>
  );
}
