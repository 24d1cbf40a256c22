import { useMemo } from 'react';
import type { SafetyEventDraft, SafetyPlanKind, SafetyPlanVersion } from '../../../shared/progress/safety-plans';
import type { StoredSafetyEvent } from '../../db';
import { localToday } from '../../components/format-date';
import { useActorContext, useSignedIn } from '../../session';
import {
  acknowledgeSafetyPlan,
  keepArrivedSafetyPlan,
  markSafetyPlanReviewed,
  reviseSafetyPlan,
  saveSafetyPlan,
  signSafetyPlan,
  startSafetyPlan,
  type AcknowledgementInput,
  type SignedSafetyPlan,
} from './safety-plan-actions';
import { recordSafetyEvent } from './safety-event-actions';

export interface SafetyPlanActions {
  readonly start: (kind: SafetyPlanKind) => Promise<SafetyPlanVersion>;
  readonly revise: (activeVersionId: string) => Promise<SafetyPlanVersion>;
  readonly save: (draft: SafetyPlanVersion, first: boolean) => Promise<SafetyPlanVersion>;
  /** Keeps a version that arrived while typing here was saved over it, as a conflict copy. */
  readonly keepArrived: (arrived: SafetyPlanVersion) => Promise<void>;
  readonly sign: (versionId: string) => Promise<SignedSafetyPlan>;
  readonly markReviewed: (versionId: string, note: string) => Promise<SignedSafetyPlan>;
  readonly acknowledge: (versionId: string, input: AcknowledgementInput) => Promise<SafetyPlanVersion>;
  /** Records a safety event the client reported in session (§4.3), typed in by the clinician. */
  readonly recordEvent: (draft: SafetyEventDraft) => Promise<StoredSafetyEvent>;
}

/** The plans' writes (safety-plan-actions.ts) for one client, bound to the signed-in user, who signs by name. */
export function useSafetyPlanActions(clientId: string): SafetyPlanActions {
  const ctx = useActorContext();
  const { user } = useSignedIn();
  return useMemo(
    () => ({
      start: (kind) => startSafetyPlan(ctx, clientId, kind, localToday(ctx.now())),
      revise: (id) => reviseSafetyPlan(ctx, id, localToday(ctx.now())),
      save: (draft, first) => saveSafetyPlan(ctx, draft, first),
      keepArrived: (arrived) => keepArrivedSafetyPlan(ctx, arrived),
      sign: (id) => signSafetyPlan(ctx, id, user.name),
      markReviewed: (id, note) => markSafetyPlanReviewed(ctx, id, note),
      acknowledge: (id, input) => acknowledgeSafetyPlan(ctx, id, input),
      recordEvent: (draft) => recordSafetyEvent(ctx, { ...draft, clientId, source: 'manual' }),
    }),
    [ctx, clientId, user.name],
  );
}
