import { combineLatest, map } from 'rxjs';
import { readHistory, type MedicationHistory } from '../../../shared/domain/medication-events';
import { useLiveQuery, watchMedicationEventsForClient, watchMedicationsForClient, watchStaff, type Medication } from '../../db';

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
