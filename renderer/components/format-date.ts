import { isIsoDate } from '../../shared/domain/dates';
import { clinicToday } from '../../shared/progress/clinic-time-zone';

const dateFormatter = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });

/** A calendar date ("YYYY-MM-DD") in the user's locale; read as UTC so it never shifts a day. */
export function formatIsoDate(iso: string, formatter: Intl.DateTimeFormat = dateFormatter): string {
  if (!isIsoDate(iso)) return iso;
  return formatter.format(new Date(`${iso}T00:00:00Z`));
}

/** The calendar day of an ISO timestamp, in the user's locale and time zone. */
export function formatInstantDate(instant: string): string {
  const date = new Date(instant);
  return Number.isNaN(date.getTime()) ? instant : new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(date);
}

/** The zone clinic days are counted in; null until the unlocked app follows the clinic's setting (then the laptop's). */
let clinicZone: string | null = null;

/** Set by the unlocked app from the clinic's time-zone setting (session/clinic-time-zone followClinicTimeZone); null on lock. */
export function setLocalTodayZone(timeZone: string | null): void {
  clinicZone = timeZone;
}

/**
 * Today's calendar date in the clinic's time zone (progress.md §0.2), as "YYYY-MM-DD": every clinical "today" (check-ins,
 * homework due, dashboard, schedule, alerts) comes from here. The laptop's zone until the clinic's setting is known.
 */
export function localToday(now: Date = new Date()): string {
  return clinicToday(now, clinicZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone);
}

/** The clinic-zone calendar day an instant falls on (see localToday): what a response, check-in or form is dated. */
export function localDayOf(instant: string): string {
  return localToday(new Date(instant));
}
