import { useMemo } from 'react';
import type { ObjectiveStatusInput } from '../../../shared/progress/plans/objective-status';
import type { PlanStartInput } from '../../../shared/progress/plans/plan-builders';
import type { TreatmentPlanVersion } from '../../../shared/progress/plans/types';
import { useActorContext } from '../../session';
import { setObjectiveStatus } from './objective-status-actions';
import {
  acknowledgeForClient,
  cosignAsSupervisor,
  discardOpenVersion,
  keepArrivedPlan,
  savePlan,
  signAsAuthor,
  startPlan,
  startRevision,
  type ClientAcknowledgement,
} from './plan-actions';

export interface PlanActions {
  readonly start: (start: PlanStartInput) => Promise<TreatmentPlanVersion>;
  readonly save: (draft: TreatmentPlanVersion, first: boolean) => Promise<TreatmentPlanVersion>;
  readonly keepArrived: (arrived: TreatmentPlanVersion) => Promise<void>;
  readonly revise: (
    versions: readonly TreatmentPlanVersion[],
    start: { readonly versionId: string; readonly effectiveFrom: string },
  ) => Promise<TreatmentPlanVersion>;
  readonly signAsAuthor: (versionId: string, shownContentHash: string) => Promise<TreatmentPlanVersion>;
  readonly acknowledge: (versionId: string, ack: ClientAcknowledgement) => Promise<TreatmentPlanVersion>;
  readonly cosign: (versionId: string, shownContentHash: string) => Promise<TreatmentPlanVersion>;
  readonly discard: (versionId: string, reason: string) => Promise<TreatmentPlanVersion>;
  readonly judgeObjective: (versionId: string, input: ObjectiveStatusInput, day: string) => Promise<void>;
}

/** Every treatment-plan write (plan-actions.ts), bound to the signed-in user. */
export function usePlanActions(): PlanActions {
  const ctx = useActorContext();
  return useMemo(
    () =>
      ({
        start: (start) => startPlan(ctx, start),
        save: (draft, first) => savePlan(ctx, draft, first),
        keepArrived: (arrived) => keepArrivedPlan(ctx, arrived),
        revise: (versions, start) => startRevision(ctx, versions, start),
        signAsAuthor: (versionId, hash) => signAsAuthor(ctx, versionId, hash),
        acknowledge: (versionId, ack) => acknowledgeForClient(ctx, versionId, ack),
        cosign: (versionId, hash) => cosignAsSupervisor(ctx, versionId, hash),
        discard: (versionId, reason) => discardOpenVersion(ctx, versionId, reason),
        judgeObjective: (versionId, input, day) => setObjectiveStatus(ctx, versionId, input, day),
      }) satisfies PlanActions,
    [ctx],
  );
}
