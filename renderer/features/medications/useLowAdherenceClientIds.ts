import { useState } from 'react';
import { combineLatest, map } from 'rxjs';
import { ADHERENCE_WINDOW_DAYS, addDays } from '../../../shared/domain/medication-adherence';
import { localToday } from '../../components/format-date';
import { useLiveQuery, watchMedicationEventsSince, watchMedicationsByStatus } from '../../db';
import { lowAdherenceClientIds } from './caseload';

const EMPTY: ReadonlySet<string> = new Set();

/** Ids of clients whose adherence is low (the client list's badge), kept live. */
export function useLowAdherenceClientIds(): ReadonlySet<string> {
  const [today] = useState(localToday);
  const { data } = useLiveQuery(
    (db) =>
      combineLatest([
        watchMedicationsByStatus(db, 'active'),
        // A medication stopped within the window still counts for the days it was prescribed.
        watchMedicationsByStatus(db, 'stopped'),
        watchMedicationEventsSince(db, ['adherence'], addDays(today, -(ADHERENCE_WINDOW_DAYS - 1))),
      ]).pipe(map(([active, stopped, events]) => lowAdherenceClientIds([...active, ...stopped], events, today))),
    [today],
  );
  return data ?? EMPTY;
}
