import { Stack } from '@mantine/core';
import { PlanPanel } from './PlanPanel';

/** The chart's "Safety plans" tab: the safety plan and the relapse-prevention plan, each versioned and signed. */
export function SafetyPlansSection({ clientId, canEdit }: { readonly clientId: string; readonly canEdit: boolean }) {
  return (
    <Stack>
      <PlanPanel clientId={clientId} kind="safety_plan" canEdit={canEdit} />
      <PlanPanel clientId={clientId} kind="relapse_prevention_plan" canEdit={canEdit} />
    </Stack>
  );
}
