import { useMemo } from 'react';
import type { TrackedBehaviour } from '../../../shared/progress/plans/behaviour-presets';
import type { TargetBehaviourEntry } from '../../../shared/progress/plans/types';
import { useActorContext } from '../../session';
import {
  addClinicBehaviour,
  changeTrackedBehaviour,
  recordBehaviourDays,
  recordCheckInCounts,
  recordImportedCounts,
  stopTrackingBehaviour,
  trackBehaviour,
} from './behaviour-actions';

export interface BehaviourActions {
  /** Adds `behaviour` to the clinic's own list (`own`, the list as read). */
  readonly addToClinic: (own: readonly TrackedBehaviour[], behaviour: TrackedBehaviour) => Promise<void>;
  /** Starts tracking `behaviour` (added to `tracked`, the list as read). */
  readonly track: (tracked: readonly TrackedBehaviour[], behaviour: TrackedBehaviour) => Promise<void>;
  /** Changes one behaviour of `tracked` (its target, its counting). */
  readonly change: (tracked: readonly TrackedBehaviour[], changed: TrackedBehaviour) => Promise<void>;
  readonly stop: (tracked: readonly TrackedBehaviour[], behaviourId: string) => Promise<void>;
  readonly recordDays: (entries: readonly TargetBehaviourEntry[]) => Promise<readonly TargetBehaviourEntry[]>;
  /** Counts typed into the check-in `checkIn` (already saved). */
  readonly recordFromCheckIn: (
    checkIn: { readonly id: string; readonly day: string },
    entries: readonly TargetBehaviourEntry[],
  ) => Promise<readonly TargetBehaviourEntry[]>;
  /** The behaviour cells of an imported CSV row (`tracked`: the behaviours they were checked against), its check-in saved. */
  readonly recordImported: (
    tracked: readonly TrackedBehaviour[],
    checkIn: { readonly id: string; readonly day: string },
    cells: Readonly<Record<string, string>>,
  ) => Promise<readonly TargetBehaviourEntry[]>;
}

/** Target-behaviour writes for one client (behaviour-actions.ts), bound to the signed-in user. */
export function useBehaviourActions(clientId: string): BehaviourActions {
  const ctx = useActorContext();
  return useMemo(
    () =>
      ({
        addToClinic: (own, behaviour) => addClinicBehaviour(ctx, own, behaviour),
        track: (tracked, behaviour) => trackBehaviour(ctx, clientId, tracked, behaviour),
        change: (tracked, changed) => changeTrackedBehaviour(ctx, clientId, tracked, changed),
        stop: (tracked, behaviourId) => stopTrackingBehaviour(ctx, clientId, tracked, behaviourId),
        recordDays: (entries) => recordBehaviourDays(ctx, clientId, entries),
        recordFromCheckIn: (checkIn, entries) => recordCheckInCounts(ctx, clientId, checkIn, entries),
        recordImported: (tracked, checkIn, cells) => recordImportedCounts(ctx, clientId, tracked, checkIn, cells),
      }) satisfies BehaviourActions,
    [ctx, clientId],
  );
}
