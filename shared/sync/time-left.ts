/**
 * "About how long is left" for a long copy (a new laptop's first pull of the clinic): from the rate so far, and only
 * once the rate means something — before 5 seconds or 2 % of the records nothing is promised.
 */
export interface TransferProgress {
  readonly done: number;
  readonly total: number;
  readonly elapsedMs: number;
}

const MIN_ELAPSED_MS = 5_000;
const MIN_FRACTION = 0.02;

/** Milliseconds left at the rate so far, or null while it cannot be said honestly (or nothing is left to say). */
export function estimateTimeLeftMs({ done, total, elapsedMs }: TransferProgress): number | null {
  if (total <= 0 || done <= 0 || done >= total) return null;
  if (elapsedMs < MIN_ELAPSED_MS || done / total < MIN_FRACTION) return null;
  return ((total - done) * elapsedMs) / done;
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
