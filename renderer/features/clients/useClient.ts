import { combineLatest, map } from 'rxjs';
import type { Client } from '../../../shared/domain/client';
import type { Staff } from '../../../shared/domain/staff';
import { useLiveQuery, watchClient, watchStaff } from '../../db';

export interface ClientWithStaff {
  /** null when no client has this id. */
  readonly client: Client | null;
  readonly staff: readonly Staff[];
}

/** One client, live, with the staff list for names (clinician, author). */
export function useClient(clientId: string) {
  return useLiveQuery(
    (db) => combineLatest([watchClient(db, clientId), watchStaff(db)]).pipe(map(([client, staff]): ClientWithStaff => ({ client, staff }))),
    [clientId],
  );
}

/** Every staff member, live (for the clinician picker). */
export function useStaffList() {
  return useLiveQuery((db) => watchStaff(db), []);
}
