import { combineLatest, map } from 'rxjs';
import { useLiveQuery, watchClinicRecordsFor, watchResponsesForClient, watchStaff } from '../../db';
import { toMeasureResponses, type MeasureResponse } from './measure-records';
import { toSafetyAcks, type SafetyAck } from '../../../shared/instruments';

export interface ClientMeasures {
  /** Every standardized-measure response of the client, oldest first, superseded ones included. */
  readonly responses: readonly MeasureResponse[];
  readonly acks: readonly SafetyAck[];
  /** Staff id → name, for authors. */
  readonly staffNames: ReadonlyMap<string, string>;
}

/** A client's measure responses, safety acknowledgements and staff names, kept live. */
export function useClientMeasures(clientId: string) {
  return useLiveQuery(
    (db) =>
      combineLatest([
        watchResponsesForClient(db, clientId),
        watchClinicRecordsFor(db, 'safety-ack', { collection: 'clients', id: clientId }),
        watchStaff(db),
      ]).pipe(
        map(([responses, acks, staff]): ClientMeasures => ({
          responses: toMeasureResponses(responses),
          acks: toSafetyAcks(acks),
          staffNames: new Map(staff.map((s) => [s.id, s.name])),
        })),
      ),
    [clientId],
  );
}
