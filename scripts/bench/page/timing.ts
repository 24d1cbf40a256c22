/** Milliseconds since page start, sub-millisecond where the browser allows it. */
export const now = (): number => performance.now();

/** Runs fn and returns its result with how long it took. */
export async function timed<T>(fn: () => Promise<T>): Promise<{ readonly value: T; readonly ms: number }> {
  const start = now();
  const value = await fn();
  return { value, ms: now() - start };
}

/** Nearest-rank percentile (p in 0–100) of a non-empty sample. */
export function percentile(sample: readonly number[], p: number): number {
  const sorted = [...sample].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  const value = sorted[rank];
  if (value === undefined) throw new Error('percentile of an empty sample');
  return value;
}

export const median = (sample: readonly number[]): number => percentile(sample, 50);

/** Two decimals: the figures are milliseconds on a shared machine; more digits would be noise. */
export const round2 = (x: number): number => Math.round(x * 100) / 100;

/** Progress lines go to the console; the driver forwards them to stderr. */
export function log(message: string): void {
  console.info(`[bench] ${message}`);
}
