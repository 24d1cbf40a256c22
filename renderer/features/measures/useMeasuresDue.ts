import { useCallback } from 'react';
import { combineLatest, map, of, switchMap } from 'rxjs';
import { localDayOf } from '../../components/format-date';
import { useLiveQuery, watchClinicRecords, watchLatestResponse, type WaypointDatabase } from '../../db';
import { dueItems, scheduleFor, schedulesByClient, type DueItem, type ScheduleEntry } from './schedule-rules';

interface DueData {
  readonly schedules: ReadonlyMap<string, readonly ScheduleEntry[]>;
  /** "clientId instrumentId" → last administration day. */
  readonly lastDays: ReadonlyMap<string, string>;
}

const pairKey = (clientId: string, instrumentId: string) => `${clientId} ${instrumentId}`;

/**
 * Each client's schedule, and for each scheduled instrument only its latest response: one decrypted document per
 * client and instrument instead of every response in the clinic. A corrected response still counts as administered.
 */
function watchDueData(db: WaypointDatabase, clientIds: readonly string[]) {
  return watchClinicRecords(db, 'schedule').pipe(
    map(schedulesByClient),
    switchMap((schedules) => {
      const pairs = clientIds.flatMap((clientId) => scheduleFor(schedules, clientId).map((e) => [clientId, e.instrumentId] as const));
      if (pairs.length === 0) return of<DueData>({ schedules, lastDays: new Map() });
      const latest = pairs.map(([clientId, instrumentId]) =>
        watchLatestResponse(db, clientId, instrumentId).pipe(map((r) => [pairKey(clientId, instrumentId), r ? localDayOf(r.completedAt) : null] as const)),
      );
      return combineLatest(latest).pipe(
        map((days): DueData => ({ schedules, lastDays: new Map(days.flatMap(([key, day]) => (day ? [[key, day] as const] : []))) })),
      );
    }),
  );
}

/**
 * Due/overdue scheduled measures of the given clients on `today`, kept live: returns a lookup by client id and start
 * day (admission date). Until the data has loaded it reports nothing due rather than everything.
 */
export function useMeasuresDue(today: string, clientIds: readonly string[]): (clientId: string, startDay: string) => readonly DueItem[] {
  const ids = clientIds.join('\n');
  const { data } = useLiveQuery((db) => watchDueData(db, ids ? ids.split('\n') : []), [ids]);
  return useCallback(
    (clientId: string, startDay: string) => {
      if (!data) return [];
      const schedule = scheduleFor(data.schedules, clientId);
      const last = Object.fromEntries(
        schedule.flatMap((e) => {
          const day = data.lastDays.get(pairKey(clientId, e.instrumentId));
          return day ? [[e.instrumentId, day]] : [];
        }),
      );
      return dueItems(schedule, last, startDay, today);
    },
    [data, today],
  );
}
