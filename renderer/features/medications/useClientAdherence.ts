import { combineLatest, map } from 'rxjs';
import { adherenceWindow, type AdherenceWindow } from '../../../shared/domain/medication-adherence';
import { readHistory } from '../../../shared/domain/medication-events';
import type { Medication } from '../../../shared/domain/records';
import { localToday } from '../../components/format-date';
import { useLiveQuery, watchMedicationEventsForClient, watchMedicationsForClient } from '../../db';

export interface ClientAdherence {
  readonly medications: readonly Medication[];
  readonly adherence: AdherenceWindow;
}

/** A client's adherence figure over the last 14 days (the chart header's alert), kept live. */
export function useClientAdherence(clientId: string): ClientAdherence | undefined {
  const { data } = useLiveQuery(
    (db) =>
      combineLatest([watchMedicationsForClient(db, clientId), watchMedicationEventsForClient(db, clientId)]).pipe(
        map(([medications, events]) => ({ medications, adherence: adherenceWindow(medications, readHistory(events).adherence, localToday()) })),
      ),
    [clientId],
  );
  return data;
}
