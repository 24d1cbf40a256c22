/** Calendar-day arithmetic on ISO dates ("YYYY-MM-DD"), in UTC so a date never shifts with the machine's zone. */

const DAY_MS = 86_400_000;

function utcMs(date: string): number {
  return Date.parse(`${date.slice(0, 10)}T00:00:00Z`);
}

/** The ISO date n days after `date` (n may be negative). */
export function addDays(date: string, n: number): string {
  return new Date(utcMs(date) + n * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcMs(to) - utcMs(from)) / DAY_MS);
}

/** The date part of an ISO date or instant. */
export function dayOf(dateOrInstant: string): string {
  return dateOrInstant.slice(0, 10);
}
