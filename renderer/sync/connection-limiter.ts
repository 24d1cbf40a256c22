import { z } from 'zod';
import {
  backoffDelay,
  boundedLongPollUrl,
  currentSeqUrl,
  DEFAULT_BACKOFF,
  emptyChangesAnswer,
  isLongPoll,
  sinceOf,
  withSince,
  type BackoffPolicy,
} from '../../shared/sync/backoff';
import type { FetchLike } from './encrypting-fetch';

/**
 * One per server. Chromium opens at most 6 HTTP/1.1 connections per host, and each live RxDB couchdb replication
 * holds a long-poll, so twelve collections would starve each other and every other request. This limiter is the
 * shared change listener's equivalent at the fetch level:
 * - long-polls share `longPollSlots` slots and are cut to `longPollTimeoutMs`, so the twelve listeners take turns
 *   (a change waits at most about ceil(12 / slots) × timeout before its collection listens again). CouchDB ends
 *   them itself (`timeout`); PouchDB Server ignores `timeout`, so the limiter also ends them and answers what CouchDB
 *   would: no results, resume from the same sequence. `since=now` is pinned to a real sequence first, so a
 *   long-poll that waited for its slot still sees every change made meanwhile;
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
  /**
   * Called when a listener's answer should be followed by the replication's own checkpoint pass: after `since=now`
   * was pinned (the pin can land after the catch-up pass finished) and after a long-poll brought changes. Seen
   * in a seeded two-laptop test: RxDB's live stream alone can leave a change unpulled while reporting "in sync";
   * the checkpoint pass never does.
   */
  readonly onCatchUpNeeded?: (url: string) => void;
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

const seqAnswer = z.looseObject({ last_seq: z.union([z.string(), z.number()]) });
// How long past its own timeout a long-poll may run before the limiter ends it. Ending one early is harmless
// (the empty answer resumes from the same sequence), so this only covers network jitter.
const LONG_POLL_GRACE_MS = 250;

const changesShape = z.looseObject({ results: z.array(z.unknown()) });
const hasResults = (text: string): boolean => {
  try {
    const parsed = changesShape.safeParse(JSON.parse(text));
    return parsed.success && parsed.data.results.length > 0;
  } catch {
    return false;
  }
};

const NULL_BODY_STATUSES: ReadonlySet<number> = new Set([101, 204, 205, 304]);


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
  // Requests sleeping out the back-off; resetBackoff wakes them (the network is back: no reason to wait a minute).
  const sleepers = new Set<() => void>();
  const sleepUntilRetry = async (): Promise<void> => {
    const wait = retryAt - Date.now();
    if (wait <= 0) return;
    await new Promise<void>((resolve) => {
      const wake = (): void => {
        clearTimeout(timer);
        sleepers.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, wait);
      sleepers.add(wake);
    });
  };
  let inFlight = 0;
  let peak = 0;

  const record = (outcome: RequestOutcome): void => {
    failures = outcome.ok || (outcome.status !== null && outcome.status < 500) ? 0 : failures + 1;
    retryAt = Date.now() + backoffDelay(policy, failures);
    options.onOutcome?.(outcome);
  };

  const send = async (url: string, init: RequestInit | undefined, signal: AbortSignal): Promise<Response> => {
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
      if (!signal.aborted || signal.reason instanceof DOMException) {
        record({ ok: false, status: null, message: error instanceof Error ? error.message : String(error) });
      }
      throw error;
    } finally {
      inFlight -= 1;
    }
  };

  const gated = async <T,>(gate: Semaphore, work: () => Promise<T>): Promise<T> => {
    await gate.acquire();
    try {
      await sleepUntilRetry();
      return await work();
    } finally {
      gate.release();
    }
  };

  const request = (url: string, init: RequestInit | undefined): Promise<Response> =>
    gated(others, () => send(url, init, AbortSignal.timeout(requestTimeout)));

  const pinnedSince = async (url: string, init: RequestInit | undefined): Promise<string> => {
    const since = sinceOf(url) ?? '0';
    if (since !== 'now') return since;
    const answer = seqAnswer.safeParse(await (await request(currentSeqUrl(url), { headers: init?.headers, ...(init?.credentials ? { credentials: init.credentials } : {}) })).json());
    if (!answer.success) throw new Error('The server did not say where its change feed ends.');
    options.onCatchUpNeeded?.(url);
    return String(answer.data.last_seq);
  };

  const longPoll = async (url: string, init: RequestInit | undefined): Promise<Response> => {
    const since = await pinnedSince(url, init);
    return gated(polls, async () => {
      // Reason 'bounded' (a string) tells send() this abort is ours, not a network failure.
      const controller = new AbortController();
      const timer = setTimeout(() => {
        controller.abort('bounded');
      }, pollTimeout + LONG_POLL_GRACE_MS);
      try {
        const answer = await send(boundedLongPollUrl(withSince(url, since), pollTimeout), init, controller.signal);
        if (answer.ok && options.onCatchUpNeeded && hasResults(await answer.clone().text())) options.onCatchUpNeeded(url);
        return answer;
      } catch (error) {
        if (controller.signal.aborted) return new Response(emptyChangesAnswer(since), { status: 200, headers: { 'content-type': 'application/json' } });
        throw error;
      } finally {
        clearTimeout(timer);
      }
    });
  };

  const limitedFetch: FetchLike = async (input, init) => {
    if (typeof input !== 'string') throw new Error('The connection limiter takes URL strings.');
    return isLongPoll(input) ? longPoll(input, init) : request(input, init);
  };

  return {
    fetch: limitedFetch,
    peakInFlight: () => peak,
    resetBackoff: () => {
      failures = 0;
      retryAt = 0;
      [...sleepers].forEach((wake) => {
        wake();
      });
    },
  };
}
