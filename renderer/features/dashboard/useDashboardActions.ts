import { useMemo } from 'react';
import type { AlertSnooze, SnoozeRequest } from '../../../shared/progress/alerts';
import { useActorContext } from '../../session';
import { snoozeAlert } from './dashboard-actions';

export interface DashboardActions {
  readonly snooze: (clientId: string, today: string, request: SnoozeRequest) => Promise<AlertSnooze>;
}

/** Dashboard writes (dashboard-actions.ts), bound to the signed-in user. */
export function useDashboardActions(): DashboardActions {
  const ctx = useActorContext();
  return useMemo(() => ({ snooze: (clientId, today, request) => snoozeAlert(ctx, clientId, today, request) }), [ctx]);
}
