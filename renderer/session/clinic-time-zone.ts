/**
 * The clinic's time zone, used wherever a clinic calendar day is needed (review evidence, dashboard alerts): the
 * laptop's own until a clinic setting holds one (progress.md §0.2). One place, so the two cannot drift apart.
 */
export function clinicTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
