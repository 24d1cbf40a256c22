import { useCallback } from 'react';
import { map } from 'rxjs';
import { localToday } from '../../components/format-date';
import { useLiveQuery, watchResponsesOfKind } from '../../db';
import { currentResponses, toMeasureResponses } from './measure-records';
import { DEFAULT_SCHEDULE, dueItems, lastDaysByClient, type DueItem } from './schedule-rules';

/** The user's calendar day of an instant. */
export function localDayOf(instant: string): string {
  return localToday(new Date(instant));
}

/**
 * Due/overdue scheduled measures of every client on `today`, kept live: returns a lookup by client id and start day
 * (admission date). Until the responses have loaded it reports nothing due rather than everything.
 */
export function useMeasuresDue(today: string): (clientId: string, startDay: string) => readonly DueItem[] {
  const { data } = useLiveQuery(
    (db) => watchResponsesOfKind(db, 'measure').pipe(map((all) => lastDaysByClient(currentResponses(toMeasureResponses(all)), localDayOf))),
    [],
  );
  return useCallback(
    (clientId: string, startDay: string) => (data ? dueItems(DEFAULT_SCHEDULE, data.get(clientId) ?? {}, startDay, today) : []),
    [data, today],
  );
}
