/**
 * Calendar days in the clinic's time zone (progress.md §0.2): an instant is counted on the clinic's date, so a 23:30
 * check-in in New York stays on its own day on a laptop set to any zone.
 */
import { daysBetween } from '../plans/days';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The clinic's calendar date of an ISO instant; a bare ISO date is returned as it is. */
export function clinicDay(dateOrInstant: string, timeZone: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(dateOrInstant)) return dateOrInstant;
  const ms = Date.parse(dateOrInstant);
  if (Number.isNaN(ms)) return dateOrInstant.slice(0, 10);
  const parts = formatterFor(timeZone).formatToParts(new Date(ms));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** asOfDate − eventDate in calendar days (0 = today, negative = after asOf). */
export function daysAgo(asOf: string, day: string): number {
  return daysBetween(day, asOf);
}

/** "Within the last n days": 0 ≤ daysAgo ≤ n, inclusive (§0.2). */
export function withinLast(asOf: string, day: string, n: number): boolean {
  const ago = daysAgo(asOf, day);
  return ago >= 0 && ago <= n;
}

/** A whole percentage for display (floor), or null when the denominator is 0. */
export function pct(part: number, whole: number): number | null {
  return whole > 0 ? Math.floor((100 * part) / whole) : null;
}

/** The mean rounded to one decimal, or null for no values. */
export function mean1(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return Math.round((10 * values.reduce((a, b) => a + b, 0)) / values.length) / 10;
}
