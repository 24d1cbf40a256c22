import { combineLatest, map } from 'rxjs';
import { useLiveQuery, watchClinicRecords, watchResponsesOfKind } from '../../db';
import { toMeasureResponses } from './measure-records';
import { clientsWithAlerts, toSafetyAcks } from './safety-alerts';

const EMPTY: ReadonlySet<string> = new Set();

/** Ids of clients with a safety alert no clinician has answered yet, kept live (for the client list's badge). */
export function useSafetyAlertClientIds(): ReadonlySet<string> {
  const { data } = useLiveQuery(
    (db) =>
      combineLatest([watchResponsesOfKind(db, 'measure'), watchClinicRecords(db, 'safety-ack')]).pipe(
        map(([responses, acks]) => clientsWithAlerts(toMeasureResponses(responses), toSafetyAcks(acks))),
      ),
    [],
  );
  return data ?? EMPTY;
}
