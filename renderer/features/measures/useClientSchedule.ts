import { map } from 'rxjs';
import { useLiveQuery, watchClinicRecordsFor } from '../../db';
import { scheduleFor, schedulesByClient, type ScheduleEntry } from './schedule-rules';

/** The measures schedule one client follows (their own newest, or the clinic default), kept live. */
export function useClientSchedule(clientId: string): readonly ScheduleEntry[] | undefined {
  const { data } = useLiveQuery(
    (db) => watchClinicRecordsFor(db, 'schedule', { collection: 'clients', id: clientId }).pipe(map((records) => scheduleFor(schedulesByClient(records), clientId))),
    [clientId],
  );
  return data;
}
