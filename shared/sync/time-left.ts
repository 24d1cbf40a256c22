/**
 * "About how long is left" for a long copy (a new laptop's first pull of the clinic): from the rate of the last minute,
 * and only once the rate means something — before 5 seconds or 2 % of the records nothing is promised.
 *
 * Why the last minute and not the whole run: a first pull does not move at one speed. Small collections finish early,
 * the large ones (notes, responses) carry bigger documents, and the laptop's load changes; the last minute says more
 * about the next one than the average since the start does. A minute nothing arrived in promises nothing.
 */

/** Records done at a moment of the copy (ms since it started). */
export interface ProgressSample {
  readonly done: number;
  readonly elapsedMs: number;
}

export interface TransferProgress extends ProgressSample {
  readonly total: number;
  /** Where the rate is measured from (rateWindow): by default the start of the copy. */
  readonly rateFrom?: ProgressSample;
}

const MIN_ELAPSED_MS = 5_000;
const MIN_FRACTION = 0.02;
/** The rate is taken over this much of the copy's most recent time. */
export const RATE_WINDOW_MS = 60_000;

/**
 * The samples still inside the rate window ending at `latest` (latest included); the first of them is the `rateFrom`
 * to report. Keep the start's sample ({0, 0}) in the list: until a minute has passed the rate is the whole run's.
 */
export function rateWindow(samples: readonly ProgressSample[], latest: ProgressSample): readonly ProgressSample[] {
  const kept = [...samples, latest].filter((s) => latest.elapsedMs - s.elapsedMs <= RATE_WINDOW_MS);
  return kept.length > 0 ? kept : [latest];
}

/** Milliseconds left at the recent rate, or null while it cannot be said honestly (or nothing is left to say). */
export function estimateTimeLeftMs({ done, total, elapsedMs, rateFrom = { done: 0, elapsedMs: 0 } }: TransferProgress): number | null {
  if (total <= 0 || done <= 0 || done >= total) return null;
  if (elapsedMs < MIN_ELAPSED_MS || done / total < MIN_FRACTION) return null;
  const moved = done - rateFrom.done;
  const spanMs = elapsedMs - rateFrom.elapsedMs;
  if (moved <= 0 || spanMs <= 0) return null;
  return ((total - done) * spanMs) / moved;
}

/** The estimate in words: "less than a minute left", "about 4 minutes left", "about 2 hours left"; null as above. */
export function timeLeftText(progress: TransferProgress): string | null {
  const ms = estimateTimeLeftMs(progress);
  if (ms === null) return null;
  const minutes = Math.round(ms / 60_000);
  if (minutes < 1) return 'less than a minute left';
  if (minutes < 90) return minutes === 1 ? 'about 1 minute left' : `about ${String(minutes)} minutes left`;
  const hours = Math.round(ms / 3_600_000);
  return `about ${String(hours)} hours left`;
}

const count = new Intl.NumberFormat('en-US');

/** "1,234 of 5,000": a large clinic's counts read at a glance. */
export function copyCountText({ done, total }: Pick<TransferProgress, 'done' | 'total'>): string {
  return `${count.format(done)} of ${count.format(total)}`;
}

/** A first pull's progress in words: "Copying the clinic’s records: 1,234 of 5,000 — about 3 minutes left". */
export function copyProgressText(progress: TransferProgress): string {
  if (progress.total <= 0) return 'Copying the clinic’s records…';
  const left = timeLeftText(progress);
  return `Copying the clinic’s records: ${copyCountText(progress)}${left ? ` — ${left}` : ''}`;
}
