import { useMemo } from 'react';
import { map } from 'rxjs';
import { useSignedIn } from '../../session';
import { appendAudit, insertResponse, useDatabase, useLiveQuery, watchClientResponsesOfKind } from '../../db';
import { familyFeedbackResponse, toFamilyFeedback, type FamilyFeedback, type FamilyFeedbackInput } from './family-records';
import { localDayOf } from './useMeasuresDue';

/**
 * A client's family feedback forms, oldest first, kept live. A family session uses this to list the forms it can
 * attach (each has an id, day, relation and total; `familyFeedbackSummary` words one).
 */
export function useFamilyFeedback(clientId: string) {
  return useLiveQuery((db) => watchClientResponsesOfKind(db, clientId, 'family-feedback').pipe(map((all) => toFamilyFeedback(all, localDayOf))), [clientId]);
}

/** Saves a family feedback form with its audit event. */
export function useFamilyFeedbackActions(): { readonly save: (input: FamilyFeedbackInput) => Promise<FamilyFeedback> } {
  const db = useDatabase();
  const { user } = useSignedIn();
  return useMemo(() => ({
    save: async (input: FamilyFeedbackInput) => {
      const now = new Date();
      const r = await insertResponse(db, familyFeedbackResponse(input, now), { authorId: user.id, now });
      const detail = `Family feedback for ${input.day} from a ${input.answers.relation.toLowerCase()} for client ${input.clientId}${input.sessionId ? ` in session ${input.sessionId}` : ''}`;
      await appendAudit(db, { action: 'create', entity: 'response', entityId: r.id, actorId: user.id, detail }, { now });
      const [saved] = toFamilyFeedback([r], localDayOf);
      if (!saved) throw new Error('A saved family feedback form did not read back.');
      return saved;
    },
  }), [db, user.id]);
}
