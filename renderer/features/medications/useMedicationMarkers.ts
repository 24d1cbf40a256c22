import { combineLatest, map } from 'rxjs';
import { readHistory } from '../../../shared/domain/medication-events';
import { useLiveQuery, watchMedicationEventsForClient, watchMedicationsForClient } from '../../db';
import { medicationChanges } from './medication-chart-data';

export interface MedicationMarker {
  /** ISO calendar day. */
  readonly date: string;
  /** "Started Sertraline 50 mg", "Sertraline 50 → 100 mg", "Stopped Sertraline". */
  readonly label: string;
}

const NONE: readonly MedicationMarker[] = [];

/** A client's medication starts, dose changes and stops as dated markers for symptom charts, kept live. */
export function useMedicationMarkers(clientId: string): readonly MedicationMarker[] {
  const { data } = useLiveQuery(
    (db) =>
      combineLatest([watchMedicationsForClient(db, clientId), watchMedicationEventsForClient(db, clientId)]).pipe(
        map(([medications, events]) => medicationChanges(medications, readHistory(events)).map(({ date, label }) => ({ date, label }))),
      ),
    [clientId],
  );
  return data ?? NONE;
}
