import { backoffDelay, boundedLongPollUrl, DEFAULT_BACKOFF, isLongPoll, type BackoffPolicy } from '../../shared/sync/backoff';
import type { FetchLike } from './encrypting-fetch';

/**
 * One per server. Chromium opens at most 6 HTTP/1.1 connections per host, and each live RxDB couchdb replication
 * holds a long-poll, so twelve collections would starve each other and every other request. This limiter is the
 * shared change listener's equivalent at the fetch level:
 * - long-polls share `longPollSlots` slots and are cut to `longPollTimeoutMs`, so the twelve listeners take turns
 *   (a change waits at most about ceil(12 / slots) × timeout before its collection listens again);
 * - pushes and pulls get the remaining slots of `maxConnections`, so a write never waits behind a long-poll;
 * - after a network failure or a 5xx every request waits a doubling back-off, shared by all collections;
 * - every request has a deadline, so a socket left dead by sleep/wake is dropped instead of hanging forever.
 */
export interface ConnectionLimiterOptions {
  readonly fetch: FetchLike;
  readonly maxConnections?: number;
  readonly longPollSlots?: number;
  readonly longPollTimeoutMs?: number;
  readonly requestTimeoutMs?: number;
  readonly backoff?: BackoffPolicy;
  /** Reports each answer or failure, for the sync status (offline vs. reachable). */
  readonly onOutcome?: (outcome: RequestOutcome) => void;
}

export type RequestOutcome = { readonly ok: true } | { readonly ok: false; readonly status: number | null; readonly message: string };

export interface ConnectionLimiter {
  readonly fetch: FetchLike;
  /** Most requests in flight at once so far (for tests and diagnostics). */
  readonly peakInFlight: () => number;
  /** Forget the back-off, e.g. when the OS reports the network back or the laptop wakes. */
  readonly resetBackoff: () => void;
}

class Semaphore {
  private readonly waiting: (() => void)[] = [];
  private free: number;
  constructor(slots: number) {
    this.free = slots;
  }
  async acquire(): Promise<void> {
    if (this.free > 0) {
      this.free -= 1;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }
  release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.free += 1;
  }
}

const NULL_BODY_STATUSES: ReadonlySet<number> = new Set([101, 204, 205, 304]);

const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export function createConnectionLimiter(options: ConnectionLimiterOptions): ConnectionLimiter {
  const max = Math.min(options.maxConnections ?? 6, 6);
  const pollSlots = Math.max(1, Math.min(options.longPollSlots ?? 4, max - 1));
  const pollTimeout = options.longPollTimeoutMs ?? 1_000;
  const requestTimeout = options.requestTimeoutMs ?? 30_000;
  const policy = options.backoff ?? DEFAULT_BACKOFF;
  const polls = new Semaphore(pollSlots);
  const others = new Semaphore(max - pollSlots);
  let failures = 0;
  let retryAt = 0;
  let inFlight = 0;
  let peak = 0;

  const record = (outcome: RequestOutcome): void => {
    failures = outcome.ok || (outcome.status !== null && outcome.status < 500) ? 0 : failures + 1;
    retryAt = Date.now() + backoffDelay(policy, failures);
    options.onOutcome?.(outcome);
  };

  const send = async (url: string, init: RequestInit | undefined, deadlineMs: number): Promise<Response> => {
    const signal = AbortSignal.timeout(deadlineMs);
    inFlight += 1;
    peak = Math.max(peak, inFlight);
    try {
      const answer = await options.fetch(url, { ...init, signal });
      // Read the body inside the slot: the connection stays busy until the body has arrived.
      const body = NULL_BODY_STATUSES.has(answer.status) ? null : await answer.text();
      const response = new Response(body, { status: answer.status, statusText: answer.statusText, headers: answer.headers });
      record(response.status >= 500 ? { ok: false, status: response.status, message: response.statusText } : { ok: true });
      return response;
    } catch (error) {
      record({ ok: false, status: null, message: error instanceof Error ? error.message : String(error) });
      throw error;
    } finally {
      inFlight -= 1;
    }
  };

  const limitedFetch: FetchLike = async (input, init) => {
    if (typeof input !== 'string') throw new Error('The connection limiter takes URL strings.');
    const poll = isLongPoll(input);
    const gate = poll ? polls : others;
    await gate.acquire();
    try {
      const wait = retryAt - Date.now();
      if (wait > 0) await delay(wait);
      return poll ? await send(boundedLongPollUrl(input, pollTimeout), init, pollTimeout + requestTimeout) : await send(input, init, requestTimeout);
    } finally {
      gate.release();
    }
  };

  return {
    fetch: limitedFetch,
    peakInFlight: () => peak,
    resetBackoff: () => {
      failures = 0;
      retryAt = 0;
    },
  };
}
