import { map } from 'rxjs';
import { useLiveQuery, watchClinicRecordsFor } from '../../db';
import { newestScheduleRecord, scheduleFor, schedulesByClient, type ScheduleVersion } from './schedule-rules';

/** The measures schedule one client follows (their own newest, or the clinic default) and its record, kept live. */
export function useClientSchedule(clientId: string): ScheduleVersion | undefined {
  const { data } = useLiveQuery(
    (db) =>
      watchClinicRecordsFor(db, 'schedule', { collection: 'clients', id: clientId }).pipe(
        map((records) => ({ record: newestScheduleRecord(records, clientId), entries: scheduleFor(schedulesByClient(records), clientId) })),
      ),
    [clientId],
  );
  return data;
}
