import { useState } from 'react';
import { combineLatest, map } from 'rxjs';
import { readHistory, type MedicationHistory } from '../../../shared/domain/medication-events';
import type { MedicationEvent } from '../../../shared/domain/records';
import { localToday } from '../../components/format-date';
import { useLiveQuery, watchClients, watchMedicationEventsSince, watchMedicationsByStatus } from '../../db';
import { caseloadRows } from './caseload';

function historiesByClient(events: readonly MedicationEvent[]): ReadonlyMap<string, MedicationHistory> {
  const byClient = new Map<string, MedicationEvent[]>();
  for (const e of events) byClient.set(e.clientId, [...(byClient.get(e.clientId) ?? []), e]);
  return new Map([...byClient].map(([id, es]) => [id, readHistory(es)]));
}

/** The medication caseload: every client on an active medication with adherence, side effects and visits, kept live. */
export function useCaseload() {
  const [today] = useState(localToday);
  return useLiveQuery(
    (db) =>
      combineLatest([
        watchClients(db),
        watchMedicationsByStatus(db, 'active'),
        watchMedicationsByStatus(db, 'stopped'),
        // Every kind the caseload reads; all dates, because the last visit may be long ago.
        watchMedicationEventsSince(db, ['adherence', 'side-effect', 'side-effect-resolved', 'visit'], ''),
      ]).pipe(map(([clients, active, stopped, events]) => caseloadRows(clients, [...active, ...stopped], historiesByClient(events), today))),
    [today],
  );
}
