import { Alert } from '@mantine/core';
import { useMemo } from 'react';
import { openVersions } from '../../../../shared/progress/plans/versioning';
import { formatIsoDate } from '../../../components/format-date';
import type { ChartBannerProps } from '../../../modules';
import { usePlanVersions } from '../usePlanData';
import { currentPlanVersions } from '../plan-versions';

/** On the chart's other tabs: a plan version left unsigned (a revision, or a first plan not yet in force). */
export function OpenPlanBanner({ client, tab }: ChartBannerProps) {
  const state = usePlanVersions(client.id);
  const versions = useMemo(() => currentPlanVersions(state.data ?? []), [state.data]);
  if (tab === 'plan') return null;
  const open = openVersions(versions, versions[0]?.planId ?? '')[0];
  if (!open) return null;
  const active = versions.some((v) => v.status === 'active');
  const what = open.status === 'awaiting_signatures' ? 'awaits the supervisor’s co-sign' : 'is not signed';
  return (
    <Alert color="orange" role="status" title={active ? `Unsigned plan revision: version ${String(open.version)}` : 'Treatment plan not in force yet'}>
      {`Version ${String(open.version)} of the treatment plan (from ${formatIsoDate(open.effectiveFrom)}) ${what}. Open the Plan tab to finish it${active ? ' or discard it' : ''}.`}
    </Alert>
  );
}
