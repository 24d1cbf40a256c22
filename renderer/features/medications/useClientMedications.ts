import { useEffect, useRef } from 'react';
import { combineLatest, map } from 'rxjs';
import { readHistory, type MedicationHistory } from '../../../shared/domain/medication-events';
import { useSession } from '../../app/session-context';
import { appendAudit, useDatabase, useLiveQuery, watchMedicationEventsForClient, watchMedicationsForClient, watchStaff, type Medication } from '../../db';

export interface ClientMedications {
  /** Oldest first. */
  readonly medications: readonly Medication[];
  readonly history: MedicationHistory;
  /** Staff id → name (prescribers, authors). */
  readonly staffNames: ReadonlyMap<string, string>;
}

/** A client's medications and their event history, kept live. */
export function useClientMedications(clientId: string) {
  return useLiveQuery(
    (db) =>
      combineLatest([watchMedicationsForClient(db, clientId), watchMedicationEventsForClient(db, clientId), watchStaff(db)]).pipe(
        map(([medications, events, staff]): ClientMedications => ({
          medications,
          history: readHistory(events),
          staffNames: new Map(staff.map((s) => [s.id, s.name])),
        })),
      ),
    [clientId],
  );
}

/** One 'view' audit event each time a client's medications (or, with entityId 'caseload', the caseload) are opened. */
export function useRecordMedicationsView(clientId: string, ready: boolean, detail = 'Opened the client’s medications'): void {
  const db = useDatabase();
  const { user } = useSession();
  const recorded = useRef<string | null>(null);
  useEffect(() => {
    if (!ready || recorded.current === clientId) return;
    recorded.current = clientId;
    const event = { action: 'view', entity: 'medication', entityId: clientId, actorId: user.id, detail } as const;
    appendAudit(db, event, { now: new Date() }).catch((e: unknown) => {
      // A failed audit write must not hide the medications; it is retried on the next open.
      recorded.current = null;
      console.error('Could not record the medications view', e);
    });
  }, [db, user.id, clientId, ready, detail]);
}
