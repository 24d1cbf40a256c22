/** Calendar dates are ISO "YYYY-MM-DD" strings; instants are ISO timestamps. Pure helpers, `today` is a parameter. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when text is a real calendar date in ISO form (rejects 2026-02-30). */
export function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** The ISO calendar date of an instant, in UTC. */
export function isoDateOf(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

/** Whole years between a birth date and a day (both ISO dates). */
export function ageOn(dateOfBirth: string, day: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number);
  const [y, m, d] = day.split('-').map(Number);
  if (by === undefined || bm === undefined || bd === undefined || y === undefined || m === undefined || d === undefined) {
    return Number.NaN;
  }
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/**
 * Why the day something about a client was recorded (a measure, a check-in) is not plausible, or null: a real date,
 * not after `today`, not before the client's date of birth (an empty birth date skips that check).
 */
export function recordedDayProblem(day: string, today: string, dateOfBirth: string): string | null {
  if (!isIsoDate(day)) return 'Enter the day, for example today.';
  if (day > today) return 'This day is in the future: choose today or an earlier day.';
  if (isIsoDate(dateOfBirth) && day < dateOfBirth) return 'This day is before the client’s date of birth: check the year.';
  return null;
}
