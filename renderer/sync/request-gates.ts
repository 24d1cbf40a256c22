/**
 * The waits the connection limiter is built from: a slot among a fixed number, a back-off shared by every request,
 * and a deadline that holds.
 */
import { backoffDelay, type BackoffPolicy } from '../../shared/sync/backoff';

/** A wait for one of `slots` slots: first come, first served, except that an `urgent` waiter goes before the rest. */
export class Semaphore {
  private readonly urgent: (() => void)[] = [];
  private readonly waiting: (() => void)[] = [];
  private free: number;
  constructor(slots: number) {
    this.free = slots;
  }
  async acquire(urgent = false): Promise<void> {
    if (this.free > 0) {
      this.free -= 1;
      return;
    }
    await new Promise<void>((resolve) => (urgent ? this.urgent : this.waiting).push(resolve));
  }
  release(): void {
    const next = this.urgent.shift() ?? this.waiting.shift();
    if (next) next();
    else this.free += 1;
  }
}

/**
 * `work`, or a rejection with the signal's reason as soon as it aborts, even when `work` never settles. Node 20's
 * fetch (undici 6) leaves `response.text()` pending forever when the abort lands while the body is being read
 * (nodejs/node#56917, nodejs/undici#4089): the deadline must not depend on the platform honouring the abort.
 */
export function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  // The abandoned work may still reject later: that is expected, not an unhandled error.
  work.catch(() => undefined);
  const reason = (): Error => (signal.reason instanceof Error ? signal.reason : new Error(`Request ended: ${String(signal.reason)}`));
  if (signal.aborted) return Promise.reject(reason());
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => {
      reject(reason());
    };
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => {
      signal.removeEventListener('abort', onAbort);
    });
  });
}

/**
 * A doubling wait after each failure (network or 5xx), shared by every request to one server; an answer resets it.
 * A throttled answer (429) also sets a floor, its Retry-After, that every collection waits out before its next
 * request (issue 18): `reset` (network back) forgets the doubling but not what the server asked for.
 * `reset` also wakes the requests sleeping out the doubling (the network is back: no reason to wait a minute).
 */
export class SharedBackoff {
  private failures = 0;
  private retryAt = 0;
  private throttledUntil = 0;
  private readonly sleepers = new Set<() => void>();

  constructor(private readonly policy: BackoffPolicy) {}

  /** One answer: `failed` counts towards the doubling; `atLeastMs` (a Retry-After) is the least wait from now. */
  record(failed: boolean, atLeastMs = 0): void {
    const now = Date.now();
    this.failures = failed ? this.failures + 1 : 0;
    this.retryAt = now + backoffDelay(this.policy, this.failures);
    if (atLeastMs > 0) this.throttledUntil = Math.max(this.throttledUntil, now + atLeastMs);
  }

  /** Sleeps out the back-off; returns at once when `signal` has aborted or aborts meanwhile. */
  async wait(signal?: AbortSignal): Promise<void> {
    // A loop: a reset or a new Retry-After while asleep moves the deadline, which is checked again on waking.
    for (let wait = this.deadline() - Date.now(); wait > 0 && !signal?.aborted; wait = this.deadline() - Date.now()) {
      await this.sleep(wait, signal);
    }
  }

  /** When requests go out again after a 429 (its Retry-After or the doubling, whichever is later), as epoch ms. */
  resumesAt(): number {
    return this.deadline();
  }

  reset(): void {
    this.failures = 0;
    this.retryAt = 0;
    [...this.sleepers].forEach((wake) => {
      wake();
    });
  }

  private deadline(): number {
    return Math.max(this.retryAt, this.throttledUntil);
  }

  private sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
    return new Promise<void>((resolve) => {
      const wake = (): void => {
        clearTimeout(timer);
        this.sleepers.delete(wake);
        signal?.removeEventListener('abort', wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      this.sleepers.add(wake);
      signal?.addEventListener('abort', wake, { once: true });
    });
  }
}
