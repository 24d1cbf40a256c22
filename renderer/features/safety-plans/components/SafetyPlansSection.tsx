import { Stack } from '@mantine/core';
import { PlanPanel } from './PlanPanel';

/** The chart's "Safety plans" tab: the safety plan and the relapse-prevention plan, each versioned and signed. */
export function SafetyPlansSection({ clientId, clientName, canEdit }: { readonly clientId: string; readonly clientName: string; readonly canEdit: boolean }) {
  return (
    <Stack>
      <PlanPanel clientId={clientId} kind="safety_plan" clientName={clientName} canEdit={canEdit} />
      <PlanPanel clientId={clientId} kind="relapse_prevention_plan" clientName={clientName} canEdit={canEdit} />
    </Stack>
  );
}
