import { combineLatest, map } from 'rxjs';
import { useLiveQuery, watchClinicRecords, watchResponsesOfInstruments } from '../../db';
import { toMeasureResponses } from '../measures';
import { ALERTING_INSTRUMENTS, clientsWithAlerts, toSafetyAcks } from './safety-alerts';

const EMPTY: ReadonlySet<string> = new Set();

/**
 * Ids of clients with a safety alert no clinician has answered yet, kept live (for the client list's badge). Only
 * the instruments that can raise an alert are read (each read decrypts a document), never check-ins or other measures.
 */
export function useSafetyAlertClientIds(): ReadonlySet<string> {
  const { data } = useLiveQuery(
    (db) =>
      combineLatest([watchResponsesOfInstruments(db, 'measure', ALERTING_INSTRUMENTS), watchClinicRecords(db, 'safety-ack')]).pipe(
        map(([responses, acks]) => clientsWithAlerts(toMeasureResponses(responses), toSafetyAcks(acks))),
      ),
    [],
  );
  return data ?? EMPTY;
}
