/**
 * The platform's own promises of every request a limiter sent (its fetch, then its body read), kept until they settle:
 * after a close, `settled()` resolves only when nothing can answer any more, so a sign-out sent then cannot be
 * overtaken by an older answer that sets a fresh session cookie (issue 18 item 7).
 */
export interface SettleTracker {
  /** Tracks `work` and hands it back unchanged. */
  readonly track: <T>(work: Promise<T>) => Promise<T>;
  /** Resolves once every tracked promise (including ones tracked while waiting) has settled. */
  readonly settled: () => Promise<void>;
}

export function createSettleTracker(): SettleTracker {
  const pending = new Set<Promise<unknown>>();
  return {
    track: (work) => {
      const settles = work.then(
        () => undefined,
        () => undefined,
      );
      pending.add(settles);
      void settles.then(() => pending.delete(settles));
      return work;
    },
    settled: async () => {
      while (pending.size > 0) await Promise.all([...pending]);
    },
  };
}
