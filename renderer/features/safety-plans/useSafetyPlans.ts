import { combineLatest, map } from 'rxjs';
import type { InstrumentResponse } from '../../../shared/domain/records';
import {
  activeVersion,
  currentSafetyEvents,
  mergeSafetyEvents,
  safetyPlanReviewPrompt,
  type SafetyPlanKind,
  type SafetyPlanReviewPrompt,
} from '../../../shared/progress/safety-plans';
import { localToday } from '../../components/format-date';
import {
  recordedSafetyEventOf,
  useLiveQuery,
  watchResponsesForClient,
  watchSafetyEventsForClient,
  watchSafetyPlans,
  type SafetyPlanHistory,
  type StoredSafetyEvent,
} from '../../db';
import { toMeasureResponses, type MeasureResponse } from '../measures';
import { alertReason, raisesSafetyAlert } from '../../../shared/instruments';

/** Every version of the client's plan of one kind and its recorded reviews, kept live; undefined while reading. */
export function useSafetyPlans(clientId: string, kind: SafetyPlanKind): SafetyPlanHistory | undefined {
  return useLiveQuery((db) => watchSafetyPlans(db, clientId, kind), [clientId, kind]).data;
}

/** Every recorded safety event of the client and every correction of one, in the order recorded, kept live. */
export function useRecordedSafetyEvents(clientId: string): readonly StoredSafetyEvent[] | undefined {
  return useLiveQuery((db) => watchSafetyEventsForClient(db, clientId), [clientId]).data;
}

/**
 * The safety events a safety plan answers: responses that raised the safety alert (PHQ-9 item 9, C-SSRS) and the
 * safety events a clinician recorded (a self-harm act, an emergency visit …), as last corrected.
 */
function safetyEventsOf(responses: readonly InstrumentResponse[]) {
  const derived = toMeasureResponses(responses)
    .filter(raisesSafetyAlert)
    .map((r: MeasureResponse) => ({ at: r.completedAt, on: localToday(new Date(r.completedAt)), reason: alertReason(r) }));
  return mergeSafetyEvents(derived, currentSafetyEvents(responses.flatMap((r) => recordedSafetyEventOf(r) ?? [])));
}

/** When signing the versions of a history happened, and when a review with no change was recorded. */
function addressedAt(history: SafetyPlanHistory): readonly string[] {
  const signed = history.versions.flatMap((v) => v.signatures.flatMap((s) => (s.role === 'author' && s.signedAt ? [s.signedAt] : [])));
  return [...signed, ...history.reviewedAt];
}

/** Whether the safety plan should be written or reviewed after a safety event (§4.3), kept live; null when not. */
export function useSafetyPlanReviewPrompt(clientId: string): SafetyPlanReviewPrompt | null {
  const { data } = useLiveQuery(
    (db) =>
      combineLatest([watchResponsesForClient(db, clientId), watchSafetyPlans(db, clientId, 'safety_plan')]).pipe(
        map(([responses, plans]) =>
          safetyPlanReviewPrompt(safetyEventsOf(responses), addressedAt(plans), activeVersion(plans.versions) !== null, localToday()),
        ),
      ),
    [clientId],
  );
  return data ?? null;
}
