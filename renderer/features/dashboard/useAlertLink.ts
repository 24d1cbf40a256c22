import { useCallback } from 'react';
import type { AlertId } from '../../../shared/progress/alerts';
import { useChartRegistry } from '../../modules';
import { alertLink } from './alert-labels';

/** Links an alert to the chart tab that resolves it, among the tabs the app composes. */
export function useAlertLink(): (alertId: AlertId, clientId: string) => string {
  const { chartTabs } = useChartRegistry();
  return useCallback(
    (alertId, clientId) =>
      alertLink(
        alertId,
        clientId,
        chartTabs.map((t) => t.value),
      ),
    [chartTabs],
  );
}
