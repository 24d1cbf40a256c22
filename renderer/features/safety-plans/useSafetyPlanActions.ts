import { useMemo } from 'react';
import type { SafetyEventAlertLink, SafetyEventDraft, SafetyPlanKind, SafetyPlanVersion } from '../../../shared/progress/safety-plans';
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
import type { SafetyEventCorrectionDraft } from './components/RecordSafetyEventModal';
import { correctSafetyEvent, recordSafetyEvent } from './safety-event-actions';

export interface SafetyPlanActions {
  readonly start: (kind: SafetyPlanKind) => Promise<SafetyPlanVersion>;
  readonly revise: (activeVersionId: string) => Promise<SafetyPlanVersion>;
  readonly save: (draft: SafetyPlanVersion, first: boolean) => Promise<SafetyPlanVersion>;
  /** Keeps a version that arrived while typing here was saved over it, as a conflict copy. */
  readonly keepArrived: (arrived: SafetyPlanVersion) => Promise<void>;
  readonly sign: (versionId: string) => Promise<SignedSafetyPlan>;
  readonly markReviewed: (versionId: string, note: string) => Promise<SignedSafetyPlan>;
  readonly acknowledge: (versionId: string, input: AcknowledgementInput) => Promise<SafetyPlanVersion>;
  /** Records a safety event the client reported in session (§4.3): typed in, or from the open alert being answered. */
  readonly recordEvent: (draft: SafetyEventDraft, alert?: SafetyEventAlertLink) => Promise<StoredSafetyEvent>;
  /** Corrects a recorded safety event with a superseding entry (or marks it entered in error), with a reason. */
  readonly correctEvent: (correctsId: string, draft: SafetyEventDraft, correction: SafetyEventCorrectionDraft) => Promise<StoredSafetyEvent>;
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
      recordEvent: (draft, alert) => recordSafetyEvent(ctx, { ...draft, clientId, source: alert ? 'alert' : 'manual', alert: alert ?? null }),
      correctEvent: (correctsId, draft, { reason, enteredInError }) =>
        correctSafetyEvent(ctx, enteredInError ? { clientId, correctsId, reason, enteredInError } : { clientId, correctsId, reason, enteredInError, draft }),
    }),
    [ctx, clientId, user.name],
  );
}
