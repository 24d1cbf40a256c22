import { useMemo } from 'react';
import { map } from 'rxjs';
import { useLiveQuery, watchResponsesForClient } from '../../db';
import { useActorContext } from '../../session';
import { startMedicationVisit } from './medication-actions';
import { latestScores, type LatestScore } from './visit-summary';

/** Starts a medication visit (medication-actions.ts) as the signed-in user; resolves to its id. */
export function useStartMedicationVisit(clientId: string): () => Promise<string> {
  const ctx = useActorContext();
  return useMemo(() => () => startMedicationVisit(ctx, clientId), [ctx, clientId]);
}

/** The client's latest score per standardized measure, kept live. */
export function useLatestScores(clientId: string): readonly LatestScore[] | undefined {
  return useLiveQuery((db) => watchResponsesForClient(db, clientId).pipe(map(latestScores)), [clientId]).data;
}
