import { combineLatest, map } from 'rxjs';
import { useLiveQuery, watchClinicRecordsFor, watchStaff } from '../../db';
import { toSafetyAcks, type SafetyAck } from './safety-alerts';

export interface ClientSafetyAcks {
  readonly acks: readonly SafetyAck[];
  /** Staff id → name, for authors. */
  readonly staffNames: ReadonlyMap<string, string>;
}

/** A client's signed safety responses and the staff names of their authors, kept live; undefined while reading. */
export function useSafetyAcks(clientId: string): ClientSafetyAcks | undefined {
  return useLiveQuery(
    (db) =>
      combineLatest([watchClinicRecordsFor(db, 'safety-ack', { collection: 'clients', id: clientId }), watchStaff(db)]).pipe(
        map(([acks, staff]): ClientSafetyAcks => ({ acks: toSafetyAcks(acks), staffNames: new Map(staff.map((s) => [s.id, s.name])) })),
      ),
    [clientId],
  ).data;
}
