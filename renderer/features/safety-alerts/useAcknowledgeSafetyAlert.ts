import { useCallback } from 'react';
import { useActorContext } from '../../session';
import { acknowledgeSafetyAlert, type AckInput } from './safety-ack-actions';

/** Signs a response to the client's open safety alerts (safety-ack-actions.ts), bound to the signed-in user. */
export function useAcknowledgeSafetyAlert(clientId: string): (input: AckInput) => Promise<void> {
  const ctx = useActorContext();
  return useCallback((input: AckInput) => acknowledgeSafetyAlert(ctx, clientId, input), [ctx, clientId]);
}
