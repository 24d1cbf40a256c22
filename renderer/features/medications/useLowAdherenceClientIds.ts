import { useState } from 'react';
import { map } from 'rxjs';
import { addDays, adherenceAlert } from '../../../shared/domain/medication-adherence';
import { currentAdherence, readHistory } from '../../../shared/domain/medication-events';
import { localToday } from '../../components/format-date';
import { useLiveQuery, watchMedicationEventsSince } from '../../db';

const EMPTY: ReadonlySet<string> = new Set();

/** Ids of clients whose adherence over the last 7 days is below 80 %, kept live (the client list's badge). */
export function useLowAdherenceClientIds(): ReadonlySet<string> {
  const [today] = useState(localToday);
  const { data } = useLiveQuery(
    (db) =>
      watchMedicationEventsSince(db, ['adherence'], addDays(today, -6)).pipe(
        map((events) => {
          const byClient = new Map<string, typeof events[number][]>();
          for (const e of events) byClient.set(e.clientId, [...(byClient.get(e.clientId) ?? []), e]);
          const low = [...byClient].filter(([, es]) => adherenceAlert(currentAdherence(readHistory(es).adherence), today) !== null);
          return new Set(low.map(([id]) => id));
        }),
      ),
    [today],
  );
  return data ?? EMPTY;
}
