import { isIsoDate } from '../../shared/domain/dates';

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

/** Today's calendar date in the user's time zone, as "YYYY-MM-DD". */
export function localToday(now: Date = new Date()): string {
  const y = String(now.getFullYear()).padStart(4, '0');
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}
