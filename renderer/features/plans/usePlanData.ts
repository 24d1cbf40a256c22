import { useMemo } from 'react';
import { combineLatest, map } from 'rxjs';
import type { ObjectiveData } from '../../../shared/progress/plans/evaluate';
import type { MeasurePoint } from '../../../shared/progress/plans/types';
import {
  useLiveQuery,
  watchClientResponsesOfKind,
  watchHomeworkCompletionsForClient,
  watchHomeworkForClient,
  watchObjectiveStatuses,
  watchPlanVersionsForClient,
  watchStaff,
  watchTargetBehaviourEntriesForClient,
  type InstrumentResponse,
} from '../../db';

/** Every treatment-plan version of a client (all plans, oldest first per plan), live. */
export function usePlanVersions(clientId: string) {
  return useLiveQuery((db) => watchPlanVersionsForClient(db, clientId), [clientId]);
}

/** The clinician's latest judgement of each objective of a client's plans, live. */
export function useObjectiveStatuses(clientId: string) {
  return useLiveQuery((db) => watchObjectiveStatuses(db, clientId), [clientId]);
}

/** Scored measures as objective evaluation reads them; a corrected response counts only through its correction. */
export function measurePointsOf(responses: readonly InstrumentResponse[]): readonly MeasurePoint[] {
  const superseded = new Set(responses.map((r) => r.supersedesId ?? '').filter((id) => id !== ''));
  return responses.filter((r) => !superseded.has(r.id)).map((r) => ({ instrumentId: r.instrumentId, completedOn: r.completedAt, score: r.score }));
}

/** Everything a client's objectives are judged by (measures, target behaviours, homework), live. */
export function useObjectiveData(clientId: string) {
  return useLiveQuery(
    (db) =>
      combineLatest([
        watchClientResponsesOfKind(db, clientId, 'measure'),
        watchTargetBehaviourEntriesForClient(db, clientId),
        watchHomeworkForClient(db, clientId),
        watchHomeworkCompletionsForClient(db, clientId),
      ]).pipe(
        map(([responses, behaviourEntries, homework, completions]): ObjectiveData => ({
          measures: measurePointsOf(responses),
          behaviourEntries,
          homework,
          completions,
        })),
      ),
    [clientId],
  );
}

export interface StaffOption {
  readonly value: string;
  readonly label: string;
}

/** Active staff as choices for "responsible staff", and every staff name by id (for signatures and past versions). */
export function useStaffOptions() {
  const state = useLiveQuery((db) => watchStaff(db), []);
  return useMemo(() => {
    const staff = state.data ?? [];
    const options: readonly StaffOption[] = staff.filter((s) => s.active).map((s) => ({ value: s.id, label: s.name }));
    return { options, names: new Map(staff.map((s) => [s.id, s.name])) };
  }, [state.data]);
}
