import { useMemo } from 'react';
import { map } from 'rxjs';
import { useLiveQuery, watchClientResponsesOfKind } from '../../db';
import { useActorContext } from '../../session';
import { saveFamilyFeedback } from './family-actions';
import { toFamilyFeedback, type FamilyFeedback, type FamilyFeedbackInput } from './family-records';
import { localDayOf } from '../../components/format-date';

/**
 * A client's family feedback forms, oldest first, kept live. A family session uses this to list the forms it can
 * attach (each has an id, day, relation and total; `familyFeedbackSummary` words one).
 */
export function useFamilyFeedback(clientId: string) {
  return useLiveQuery((db) => watchClientResponsesOfKind(db, clientId, 'family-feedback').pipe(map((all) => toFamilyFeedback(all, localDayOf))), [clientId]);
}

/** Saves a family feedback form (family-actions.ts) as the signed-in user. */
export function useFamilyFeedbackActions(): { readonly save: (input: FamilyFeedbackInput) => Promise<FamilyFeedback> } {
  const ctx = useActorContext();
  return useMemo(() => ({ save: (input: FamilyFeedbackInput) => saveFamilyFeedback(ctx, input) }), [ctx]);
}
