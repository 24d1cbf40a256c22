import { combineLatest, map } from 'rxjs';
import { clientBehaviours, clinicBehaviourList, planBehaviourDefinitions, type TrackedBehaviour } from '../../../shared/progress/plans/behaviour-presets';
import type { TargetBehaviourEntry, TreatmentPlanVersion } from '../../../shared/progress/plans/types';
import { useLiveQuery, watchClinicRecords, watchPlanVersionsForClient, watchTargetBehaviourEntriesForClient } from '../../db';
import { CLIENT_BEHAVIOURS_COLLECTION, CLINIC_BEHAVIOURS_REF, behavioursOf } from './behaviour-records';

export interface ClientBehaviourData {
  /** Presets and the clinic's own. */
  readonly clinicList: readonly TrackedBehaviour[];
  /** The clinic's own only (what saving the clinic list writes). */
  readonly clinicOwn: readonly TrackedBehaviour[];
  /** Tracked on the chart (as saved, without the plan's definitions). */
  readonly tracked: readonly TrackedBehaviour[];
  /** What the chart shows: tracked ones with the active plan's definitions winning, then the plan's others. */
  readonly shown: readonly TrackedBehaviour[];
  readonly entries: readonly TargetBehaviourEntry[];
  /** Behaviours of the active (signed) plan: their target is the plan's, changed only by revising the plan. */
  readonly planIds: ReadonlySet<string>;
}

const activePlanBehaviours = (versions: readonly TreatmentPlanVersion[]) => {
  const active = versions.find((v) => v.status === 'active');
  return active ? planBehaviourDefinitions(active) : [];
};

/** A client's target behaviours, the clinic's list and the client's entries, kept live. */
export function useClientBehaviours(clientId: string) {
  return useLiveQuery(
    (db) =>
      combineLatest([watchClinicRecords(db, 'settings'), watchPlanVersionsForClient(db, clientId), watchTargetBehaviourEntriesForClient(db, clientId)]).pipe(
        map(([records, versions, entries]): ClientBehaviourData => {
          const clinicOwn = behavioursOf(records, CLINIC_BEHAVIOURS_REF);
          const tracked = behavioursOf(records, { collection: CLIENT_BEHAVIOURS_COLLECTION, id: clientId });
          const plan = activePlanBehaviours(versions);
          return {
            clinicList: clinicBehaviourList(clinicOwn),
            clinicOwn,
            tracked,
            shown: clientBehaviours(tracked, plan),
            entries,
            planIds: new Set(plan.map((b) => b.behaviourId)),
          };
        }),
      ),
    [clientId],
  );
}

/** Whether the client has behaviours to count (false while loading): the check-in round shows their fields only then. */
export function useHasBehaviours(clientId: string): boolean {
  return (useClientBehaviours(clientId).data?.shown.length ?? 0) > 0;
}
