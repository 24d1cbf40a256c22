/**
 * The clinic's time zone, used wherever a clinic calendar day is needed (review evidence, the Overview, dashboard
 * alerts): the clinic's setting (Settings, shared/progress/clinic-time-zone) or, while none is set, the laptop's own
 * zone (progress.md §0.2). One place, so the callers cannot drift apart.
 */
import { distinctUntilChanged, map, type Observable, type Subscription } from 'rxjs';
import { clinicTimeZoneOf, clinicToday, type ClinicTimeZone } from '../../shared/progress/clinic-time-zone';
import { setLocalTodayZone } from '../components/format-date';
import { useLiveQuery, watchClinicRecords, type WaypointDatabase } from '../db';

/** This laptop's own zone: the clinic's zone until the clinic sets one. */
export function laptopTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** The clinic's zone setting in force and where it came from, kept live. */
export function watchClinicTimeZoneSetting(db: WaypointDatabase): Observable<ClinicTimeZone> {
  return watchClinicRecords(db, 'settings').pipe(map((records) => clinicTimeZoneOf(records, laptopTimeZone())));
}

/** The zone clinic days are counted in, kept live (emits only when it changes). */
export function watchClinicTimeZone(db: WaypointDatabase): Observable<string> {
  return watchClinicTimeZoneSetting(db).pipe(
    map((s) => s.timeZone),
    distinctUntilChanged(),
  );
}

/** The zone clinic days are counted in; the laptop's while the setting loads. */
export function useClinicTimeZone(): string {
  return useLiveQuery((db) => watchClinicTimeZone(db), []).data ?? laptopTimeZone();
}

/** The clinic's zone setting (for the Settings screen); undefined while loading. */
export function useClinicTimeZoneSetting(): ClinicTimeZone | undefined {
  return useLiveQuery((db) => watchClinicTimeZoneSetting(db), []).data;
}

/** Today's date in the clinic's zone (read at render). */
export function useClinicToday(): string {
  return clinicToday(new Date(), useClinicTimeZone());
}

/**
 * Makes localToday() (every clinical "today") count in the clinic's zone while this database is open, following the
 * setting live; unsubscribing (lock) returns it to the laptop's zone.
 */
export function followClinicTimeZone(db: WaypointDatabase): Subscription {
  const sub = watchClinicTimeZone(db).subscribe((zone) => {
    setLocalTodayZone(zone);
  });
  sub.add(() => {
    setLocalTodayZone(null);
  });
  return sub;
}
