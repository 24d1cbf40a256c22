import { Button, Card, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { currentSafetyEvents, type SafetyEventAlertLink } from '../../../../shared/progress/safety-plans';
import { formatIsoDate } from '../../../components/format-date';
import { notify } from '../../../components/notify';
import { useClinicToday } from '../../../session';
import { useSafetyPlanActions } from '../useSafetyPlanActions';
import { useRecordedSafetyEvents } from '../useSafetyPlans';
import { RecordSafetyEventModal } from './RecordSafetyEventModal';
import { safetyEventLine } from './RecordedSafetyEvents';

interface Props {
  readonly clientId: string;
  readonly admissionDate: string;
  /** The alert being answered: the event is dated its day and linked to it. */
  readonly alert: SafetyEventAlertLink;
  /** Once an event from this alert is recorded: say so (while answering), or show nothing (after the answer is signed). */
  readonly whenRecorded: 'confirm' | 'hide';
  /** Withdraws the offer (shown as "No safety event" when given). */
  readonly onDismiss?: () => void;
}

/**
 * Offered while a clinician answers a safety alert: "Record a safety event" (a self-harm act, an emergency visit …),
 * dated the alert's day and linked to it, written like the Safety plans tab's (it asks for a safety-plan review, §4.3).
 */
export function RecordSafetyEventFromAlert({ clientId, admissionDate, alert, whenRecorded, onDismiss }: Props) {
  const actions = useSafetyPlanActions(clientId);
  const today = useClinicToday();
  const [open, setOpen] = useState(false);
  const events = useRecordedSafetyEvents(clientId);
  if (!events) return null;
  const linked = currentSafetyEvents(events).filter((e) => e.alert?.responseId === alert.responseId);
  if (linked.length > 0)
    return whenRecorded === 'hide' ? null : <Text size="sm">{`Recorded with this alert: ${linked.map(safetyEventLine).join('; ')}.`}</Text>;
  return (
    <Card withBorder>
      <Group justify="space-between">
        <Text size="sm">{`Did the client report a safety event (a self-harm act, an emergency visit …) with the alert of ${formatIsoDate(alert.on)}?`}</Text>
        <Group gap="xs">
          <Button
            variant="default"
            onClick={() => {
              setOpen(true);
            }}
          >
            Record a safety event
          </Button>
          {onDismiss && (
            <Button variant="subtle" onClick={onDismiss}>
              No safety event
            </Button>
          )}
        </Group>
      </Group>
      {open && (
        <RecordSafetyEventModal
          today={today}
          admissionDate={admissionDate}
          initial={{ on: alert.on }}
          onClose={() => {
            setOpen(false);
          }}
          onSave={async (draft) => {
            await actions.recordEvent(draft, alert);
            setOpen(false);
            notify('Safety event recorded.');
          }}
        />
      )}
    </Card>
  );
}
