import { combineLatest, map } from 'rxjs';
import type { TreatmentPlanVersion } from '../../../shared/progress/plans/types';
import type { SafetyPlanVersion } from '../../../shared/progress/safety-plans';
import { useLiveQuery, watchPlanVersionsForClient, watchSafetyPlans } from '../../db';

export interface PlansInForce {
  readonly treatmentPlan: TreatmentPlanVersion | null;
  readonly safetyPlan: SafetyPlanVersion | null;
  readonly relapsePlan: SafetyPlanVersion | null;
}

function inForce<V extends { readonly status: string; readonly version: number }>(versions: readonly V[]): V | null {
  return versions.filter((v) => v.status === 'active').sort((a, b) => b.version - a.version)[0] ?? null;
}

/** The client's plan versions in force (active, signed), the ones a client copy is printed from; kept live. */
export function usePlansInForce(clientId: string) {
  return useLiveQuery(
    (db) =>
      combineLatest([
        watchPlanVersionsForClient(db, clientId),
        watchSafetyPlans(db, clientId, 'safety_plan'),
        watchSafetyPlans(db, clientId, 'relapse_prevention_plan'),
      ]).pipe(
        map(([plans, safety, relapse]): PlansInForce => ({
          treatmentPlan: inForce(plans),
          safetyPlan: inForce(safety.versions),
          relapsePlan: inForce(relapse.versions),
        })),
      ),
    [clientId],
  );
}
