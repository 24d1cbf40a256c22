import { Button, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { notify } from '../../../components/notify';
import { useClinicToday } from '../../../session';
import { useSafetyPlanActions } from '../useSafetyPlanActions';
import { useRecordedSafetyEvents } from '../useSafetyPlans';
import { PlanPanel } from './PlanPanel';
import { RecordedSafetyEvents } from './RecordedSafetyEvents';
import { RecordSafetyEventModal } from './RecordSafetyEventModal';

interface Props {
  readonly clientId: string;
  readonly clientName: string;
  readonly admissionDate: string;
  readonly canEdit: boolean;
}

/**
 * The chart's "Safety plans" tab: the safety plan and the relapse-prevention plan, each versioned and signed, and a
 * safety event reported in session recorded here (it asks for a safety-plan review, §4.3).
 */
export function SafetyPlansSection({ clientId, clientName, admissionDate, canEdit }: Props) {
  const actions = useSafetyPlanActions(clientId);
  const today = useClinicToday();
  const [recording, setRecording] = useState(false);
  const events = useRecordedSafetyEvents(clientId) ?? [];
  return (
    <Stack>
      {canEdit && (
        <Group justify="flex-end">
          <Button
            variant="default"
            onClick={() => {
              setRecording(true);
            }}
          >
            Record a safety event
          </Button>
        </Group>
      )}
      {recording && (
        <RecordSafetyEventModal
          today={today}
          admissionDate={admissionDate}
          onClose={() => {
            setRecording(false);
          }}
          onSave={async (draft) => {
            await actions.recordEvent(draft);
            setRecording(false);
            notify('Safety event recorded.');
          }}
        />
      )}
      <RecordedSafetyEvents events={events} today={today} admissionDate={admissionDate} canEdit={canEdit} actions={actions} />
      <PlanPanel clientId={clientId} kind="safety_plan" clientName={clientName} canEdit={canEdit} />
      <PlanPanel clientId={clientId} kind="relapse_prevention_plan" clientName={clientName} canEdit={canEdit} />
    </Stack>
  );
}
