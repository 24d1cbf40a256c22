import { useMemo } from 'react';
import { map } from 'rxjs';
import { useSignedIn } from '../../session';
import { appendAudit, insertSession, useDatabase, useLiveQuery, watchResponsesForClient } from '../../db';
import { latestScores, type LatestScore } from './visit-summary';

/** Starts a medication visit: a held session of kind 'medication' for this client, audited; resolves to its id. */
export function useStartMedicationVisit(clientId: string): () => Promise<string> {
  const db = useDatabase();
  const { user } = useSignedIn();
  return useMemo(
    () => async () => {
      const now = new Date();
      const at = now.toISOString();
      const session = await insertSession(
        db,
        { kind: 'medication', status: 'held', clientId, groupId: '', clinicianId: user.id, clinicianIds: [user.id], startsAt: at, endsAt: at, modality: 'video', familyAttendees: [], feedbackResponseId: '', title: 'Medication visit', summary: '' },
        { authorId: user.id, now },
      );
      await appendAudit(db, { action: 'create', entity: 'session', entityId: session.id, actorId: user.id, detail: `Medication visit started for client ${clientId}` }, { now });
      return session.id;
    },
    [db, user.id, clientId],
  );
}

/** The client's latest score per standardized measure, kept live. */
export function useLatestScores(clientId: string): readonly LatestScore[] | undefined {
  return useLiveQuery((db) => watchResponsesForClient(db, clientId).pipe(map(latestScores)), [clientId]).data;
}
