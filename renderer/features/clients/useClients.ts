import { combineLatest, map } from 'rxjs';
import { useLiveQuery, watchClients, watchStaff } from '../../db';
import { toClientRows } from './client-list';

/** Every client as a list row (clinician name and age on `today` resolved), kept live. */
export function useClientRows(today: string) {
  return useLiveQuery((db) => combineLatest([watchClients(db), watchStaff(db)]).pipe(map(([clients, staff]) => toClientRows(clients, staff, today))), [today]);
}
