/** Calendar days in the clinic's time zone (progress.md §0.2), from instants, without the machine's zone. */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The clinic's calendar date ("YYYY-MM-DD") of an ISO instant; a plain date is returned as it is. */
export function clinicDayOf(instant: string, timeZone: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(instant)) return instant;
  const parts = formatterFor(timeZone).formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
