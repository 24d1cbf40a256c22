/**
 * The caseload as the dashboard reads it: the clients in scope with their summaries (summary-store; the co-signs
 * waiting are in them: read clinic-wide they opened every signed note) and the snoozes, kept live. Any write to a collection a summary is made from (a pulled record too) sets off
 * a refresh, which rebuilds only the clients whose records changed.
 */
import { combineLatest, debounceTime, defer, distinctUntilChanged, from, map, merge, mergeMap, startWith, type Observable } from 'rxjs';
import { CLIENT_FEED_COLLECTIONS, watchClients, watchClinicRecords, type ClinicRecord, type WaypointDatabase } from '../../db';
import type { Client } from '../../../shared/domain/client';
import { watchClinicTimeZone } from '../../session';
import { clinicRuleParamsOf } from '../reviews';
import { inScope, type CaseloadScope } from './caseload-loader';
import { createSummaryRefresher, type ClientWithSummary, type SummaryRequest } from './summary-store';

export interface SummaryCaseload {
  readonly clients: readonly ClientWithSummary[];
  readonly snoozes: readonly ClinicRecord[];
  /** How many summaries the last refresh rebuilt from records. */
  readonly rebuilt: number;
  /** The clients in scope whose records could not be read: not in `clients`; the dashboard says so. */
  readonly unread: readonly Client[];
}

/**
 * A tick on every write to the collections summaries are made from, bursts taken together. Not the clients: the
 * clients watch of the request already emits on every client write, and a second tick 20 ms later started a second
 * refresh of the same change.
 */
function feedWrites(db: WaypointDatabase): Observable<null> {
  const collections = CLIENT_FEED_COLLECTIONS.filter((name) => name !== 'clients');
  return merge(...collections.map((name) => db[name].$)).pipe(
    debounceTime(20),
    map(() => null),
    startWith(null),
  );
}

function watchRequests(db: WaypointDatabase, scope: CaseloadScope, today: string): Observable<SummaryRequest> {
  const clients$ = watchClients(db).pipe(map((all) => all.filter((c) => inScope(c, scope))));
  const params$ = watchClinicRecords(db, 'settings').pipe(map((records) => clinicRuleParamsOf(records).params));
  return combineLatest([clients$, watchClinicTimeZone(db), params$, feedWrites(db)]).pipe(
    map(([clients, timeZone, params]) => ({ clients, params, stamp: { day: today, timeZone, paramsKey: JSON.stringify(params) } })),
  );
}

/** The clients in scope (active only) with their summaries on `today` and every snooze, kept live; `now`: the clock. */
export function watchCaseloadSummaries(db: WaypointDatabase, scope: CaseloadScope, today: string, now?: () => Date): Observable<SummaryCaseload> {
  return defer(() => {
    const refresher = createSummaryRefresher(db, now);
    const summaries$ = watchRequests(db, scope, today).pipe(
      mergeMap((request) => from(refresher.refresh(request))),
      distinctUntilChanged(),
    );
    return combineLatest([summaries$, watchClinicRecords(db, 'alert-snooze')]).pipe(
      map(([refreshed, snoozes]) => ({ clients: refreshed.clients, rebuilt: refreshed.rebuilt, unread: refreshed.unread, snoozes })),
    );
  });
}
