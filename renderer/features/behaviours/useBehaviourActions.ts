import { useMemo } from 'react';
import type { TrackedBehaviour } from '../../../shared/progress/plans/behaviour-presets';
import type { TargetBehaviourEntry } from '../../../shared/progress/plans/types';
import { useActorContext } from '../../session';
import { recordBehaviourDays, saveClientBehaviours, saveClinicBehaviours } from './behaviour-actions';

export interface BehaviourActions {
  readonly saveClinicOwn: (own: readonly TrackedBehaviour[]) => Promise<void>;
  readonly saveTracked: (tracked: readonly TrackedBehaviour[]) => Promise<void>;
  readonly recordDays: (entries: readonly TargetBehaviourEntry[]) => Promise<readonly TargetBehaviourEntry[]>;
}

/** Target-behaviour writes for one client (behaviour-actions.ts), bound to the signed-in user. */
export function useBehaviourActions(clientId: string): BehaviourActions {
  const ctx = useActorContext();
  return useMemo(
    () => ({
      saveClinicOwn: (own) => saveClinicBehaviours(ctx, own),
      saveTracked: (tracked) => saveClientBehaviours(ctx, clientId, tracked),
      recordDays: (entries) => recordBehaviourDays(ctx, clientId, entries),
    }) satisfies BehaviourActions,
    [ctx, clientId],
  );
}
