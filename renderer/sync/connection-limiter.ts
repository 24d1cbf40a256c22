import { boundedLongPollUrl, currentSeqUrl, DEFAULT_BACKOFF, isLongPoll, sinceOf, withSince, type BackoffPolicy } from '../../shared/sync/backoff';
import type { FetchLike } from './encrypting-fetch';
import { Semaphore, SharedBackoff, untilAborted } from './request-gates';
import { errorMessage } from '../../shared/error-message';
import { createSettleTracker } from './settle-tracker';
import { seqAnswer, changesShape, NULL_BODY_STATUSES, parseJson, withoutDocuments, isWrite, isRefusal, changesAnswer, throttleWaitMs } from './limiter-answers';

/**
 * One per server. Chromium opens at most 6 HTTP/1.1 connections per host, and each live RxDB couchdb replication
 * holds a long-poll, so twelve collections would starve each other and every other request. This limiter is the
 * shared change listener's equivalent at the fetch level:
 * - long-polls share `longPollSlots` slots and are cut to `longPollTimeoutMs`, so the twelve listeners take turns
 *   (a change waits at most about ceil(12 / slots) × timeout before its collection listens again). CouchDB ends
 *   them itself (`timeout`); PouchDB Server ignores `timeout`, so the limiter also ends them. `since=now` is pinned
 *   to a real sequence first, so a long-poll that waited for its slot still sees every change made meanwhile;
 * - with `onRemoteChange` (the app), a long-poll is only a change signal: the limiter keeps polling on its own and
 *   never hands the changed documents to RxDB; it reports the change and the replication pulls through its
 *   checkpoint pass instead (docs/sync.md explains why RxDB's live documents can be stale when they land);
 * - pushes and pulls get the remaining slots of `maxConnections`, so a write never waits behind a long-poll;
 * - after a network failure or a 5xx every request waits a doubling back-off, shared by all collections;
 * - every request has a deadline that holds even when the platform's fetch ignores the abort (Node 20's fetch can
 *   leave a body read pending forever when aborted mid-body), so no request, and no listener, hangs forever.
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
   * Turns long-polls into change signals: called with the long-poll's URL once `since=now` is pinned (changes
   * made before the pin may have been missed by a pass that started earlier) and whenever the feed moved. The
   * caller runs the collection's checkpoint pass. The long-poll itself stays open towards RxDB until `close()`.
   */
  readonly onRemoteChange?: (url: string) => void;
  /** A 429 answered: requests are held until `until` (shown in the sync status). */
  readonly onThrottled?: (until: Date) => void;
  /** Records the change listener's polls for the request trace (sync-trace.ts). */
  readonly trace?: (url: string, what: string, detail: Readonly<Record<string, unknown>>) => void;
}

export type RequestOutcome = { readonly ok: true } | { readonly ok: false; readonly status: number | null; readonly message: string };

export interface ConnectionLimiter {
  readonly fetch: FetchLike;
  /** Most requests in flight at once so far (for tests and diagnostics). */
  readonly peakInFlight: () => number;
  /** Forget the back-off, e.g. when the OS reports the network back or the laptop wakes. */
  readonly resetBackoff: () => void;
  /**
   * Ends every listener (open long-polls answer "no change") and every other request: one in flight is aborted, one
   * still waiting is refused, never sent. Call after cancelling the replications.
   */
  readonly close: () => void;
  /**
   * Resolves once every request this limiter sent has settled on the platform's side too (its fetch and body read,
   * not only our deadline around them). After `close()`, nothing answers past this point: a sign-out sent then
   * cannot be overtaken by an older answer that sets a fresh session cookie (issue 18 item 7).
   */
  readonly settled: () => Promise<void>;
}

// How long past its own timeout a long-poll may run before the limiter ends it. Ending one early is harmless
// (the empty answer resumes from the same sequence), so this only covers network jitter.
const LONG_POLL_GRACE_MS = 250;

const STOPPED = 'Sync stopped: the request was not sent.';

export function createConnectionLimiter(options: ConnectionLimiterOptions): ConnectionLimiter {
  const max = Math.min(options.maxConnections ?? 6, 6);
  const pollSlots = Math.max(1, Math.min(options.longPollSlots ?? 4, max - 1));
  const pollTimeout = options.longPollTimeoutMs ?? 1_000;
  const requestTimeout = options.requestTimeoutMs ?? 30_000;
  const policy = options.backoff ?? DEFAULT_BACKOFF;
  const polls = new Semaphore(pollSlots);
  const others = new Semaphore(max - pollSlots);
  const backoff = new SharedBackoff(policy);
  // Ends the limiter (close): aborts every request in flight or waiting, and stops the listening loops.
  const closing = new AbortController();
  const closed = (): boolean => closing.signal.aborted;
  let inFlight = 0;
  let peak = 0;
  const sent = createSettleTracker();

  // A 429 counts as a failure for the shared back-off and holds every collection for at least its Retry-After.
  const record = (outcome: RequestOutcome, throttleMs: number | null = null): void => {
    backoff.record((!outcome.ok && (outcome.status === null || outcome.status >= 500)) || throttleMs !== null, throttleMs ?? 0);
    if (throttleMs !== null) options.onThrottled?.(new Date(backoff.resumesAt()));
    options.onOutcome?.(outcome);
  };

  // `progress.answering` turns true once the server has started answering (status and headers arrived).
  const send = async (url: string, init: RequestInit | undefined, signal: AbortSignal, progress?: { answering: boolean }): Promise<Response> => {
    inFlight += 1;
    peak = Math.max(peak, inFlight);
    try {
      const answer = await untilAborted(sent.track(options.fetch(url, { ...init, signal })), signal);
      if (progress) progress.answering = true;
      // Read the body inside the slot: the connection stays busy until the body has arrived.
      const body = NULL_BODY_STATUSES.has(answer.status) ? null : await untilAborted(sent.track(answer.text()), signal);
      const response = new Response(body, { status: answer.status, statusText: answer.statusText, headers: answer.headers });
      record(
        response.status >= 500 ? { ok: false, status: response.status, message: response.statusText } : { ok: true },
        throttleWaitMs(response, new Date()),
      );
      return response;
    } catch (error) {
      if (!signal.aborted || signal.reason instanceof DOMException) {
        record({ ok: false, status: null, message: errorMessage(error) });
      }
      throw error;
    } finally {
      inFlight -= 1;
    }
  };

  const gated = async <T>(gate: Semaphore, urgent: boolean, work: () => Promise<T>): Promise<T> => {
    await gate.acquire(urgent);
    try {
      // Closed, a request sleeping out the back-off wakes at once to find it so and give up (see request).
      await backoff.wait(closing.signal);
      return await work();
    } finally {
      gate.release();
    }
  };

  // A plain timer, not AbortSignal.timeout: that timer is unref'd in Node, and an idle test worker never fires it.
  // Closed (sync stopped), a request still waiting (for a slot, the back-off or the network) never goes out: the
  // stopped replication would push a version it took before the stop (docs/sync.md "A stopped session's push").
  const request = (url: string, init: RequestInit | undefined): Promise<Response> =>
    gated(others, isWrite(init), async () => {
      if (closed()) throw new Error(STOPPED);
      const controller = new AbortController();
      const timer = setTimeout(() => {
        controller.abort(new DOMException('The server did not answer in time.', 'TimeoutError'));
      }, requestTimeout);
      const stop = (): void => {
        controller.abort('closed');
      };
      closing.signal.addEventListener('abort', stop, { once: true });
      try {
        return await send(url, init, controller.signal);
      } finally {
        clearTimeout(timer);
        closing.signal.removeEventListener('abort', stop);
      }
    });

  /**
   * Where the database's change feed ends now (one short request, no documents). A refusal (isRefusal) comes back as
   * the server's answer, so the encrypting fetch above words it ("Ask the clinic admin…") instead of this
   * limiter hiding it behind "did not say where its change feed ends".
   */
  const feedEnd = async (url: string, init: RequestInit | undefined): Promise<string | Response> => {
    const response = await request(currentSeqUrl(url), { headers: init?.headers, ...(init?.credentials ? { credentials: init.credentials } : {}) });
    if (isRefusal(response.status)) return response;
    const answer = seqAnswer.safeParse(await response.json());
    if (!answer.success) throw new Error('The server did not say where its change feed ends.');
    return String(answer.data.last_seq);
  };

  const pinnedSince = async (url: string, init: RequestInit | undefined): Promise<string | Response> => {
    const since = sinceOf(url) ?? '0';
    return since === 'now' ? feedEnd(url, init) : since;
  };

  /**
   * One bounded long-poll. Cut while the server holds it, it answers what CouchDB would: no results, resume from the
   * same sequence. Cut before the server even started answering, it answers null: a loaded server can take longer
   * than the grace to build an answer that has changes (PouchDB Server checks for changes before it holds a poll),
   * so that cut does not mean "no change" (docs/sync.md).
   */
  const pollBounded = (url: string, init: RequestInit | undefined, since: string): Promise<Response | null> =>
    gated(polls, false, async () => {
      if (closing.signal.aborted) return changesAnswer(since);
      // Reason 'bounded' (a string) tells send() this abort is ours, not a network failure.
      const controller = new AbortController();
      const cut = (): void => {
        controller.abort('bounded');
      };
      const timer = setTimeout(cut, pollTimeout + LONG_POLL_GRACE_MS);
      closing.signal.addEventListener('abort', cut, { once: true });
      const progress: { answering: boolean } = { answering: false };
      try {
        return await send(boundedLongPollUrl(withSince(url, since), pollTimeout), init, controller.signal, progress);
      } catch (error) {
        if (controller.signal.aborted) return progress.answering || closed() ? changesAnswer(since) : null;
        throw error;
      } finally {
        clearTimeout(timer);
        closing.signal.removeEventListener('abort', cut);
      }
    });

  const pollOnce = async (url: string, init: RequestInit | undefined, since: string): Promise<Response> =>
    (await pollBounded(url, init, since)) ?? changesAnswer(since);

  const pause = (ms: number): Promise<void> =>
    new Promise<void>((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        closing.signal.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, Math.max(0, ms));
      closing.signal.addEventListener('abort', done, { once: true });
    });

  /**
   * A change listener: polls until the limiter closes and reports each move of the feed, never answering RxDB
   * with documents. Errors and refusals go back to RxDB (error$, retry; a retry asks `since=now` again).
   */
  const listen = async (url: string, init: RequestInit | undefined, onChange: (url: string) => void): Promise<Response> => {
    const trace = (what: string, detail: Readonly<Record<string, unknown>>): void => options.trace?.(url, what, detail);
    const pinned = await pinnedSince(url, init);
    if (pinned instanceof Response) return pinned;
    let since = pinned;
    trace('listener-pinned', { since });
    if (sinceOf(url) === 'now') onChange(url);
    // A signal needs no documents: without them the server answers sooner and the answer stays small.
    const signalUrl = withoutDocuments(url);
    while (!closing.signal.aborted) {
      const started = Date.now();
      const answer = await pollBounded(signalUrl, init, since);
      if (answer === null) {
        // The server had not started answering: ask where the feed ends instead of assuming nothing changed.
        // Seen under load (random test): every poll was cut while a change waited, and the laptops never converged.
        const end = await feedEnd(url, init);
        if (end instanceof Response) return end;
        trace('listener-cut', { since, end });
        if (end !== since) {
          since = end;
          onChange(url);
        }
        continue;
      }
      if (!answer.ok) {
        // RxDB's long-poll loop cannot read an error answer (rxdb 17.6: it stops listening for good); a thrown
        // error is reported and retried (the retry pins since=now again and runs a pass). A refused sign-in goes
        // back as it is: the encrypting fetch renews the session or reports the account.
        if (isRefusal(answer.status)) return answer;
        throw new Error(`The server answered ${answer.status} to the change listener.`);
      }
      const feed = changesShape.safeParse(parseJson(await answer.text()));
      trace('listener-poll', { since, last_seq: feed.success ? feed.data.last_seq : null, changes: feed.success ? feed.data.results.length : null });
      if (feed.success && feed.data.results.length > 0) {
        since = String(feed.data.last_seq);
        onChange(url);
      } else {
        // A server that answers "no change" at once (not holding the poll) must not be polled in a tight loop.
        await pause(pollTimeout - (Date.now() - started));
      }
    }
    return changesAnswer(since);
  };

  const longPoll = async (url: string, init: RequestInit | undefined): Promise<Response> => {
    if (options.onRemoteChange) return listen(url, init, options.onRemoteChange);
    const since = await pinnedSince(url, init);
    return since instanceof Response ? since : pollOnce(url, init, since);
  };

  const limitedFetch: FetchLike = async (input, init) => {
    if (typeof input !== 'string') throw new Error('The connection limiter takes URL strings.');
    return isLongPoll(input) ? longPoll(input, init) : request(input, init);
  };

  return {
    fetch: limitedFetch,
    peakInFlight: () => peak,
    resetBackoff: () => {
      backoff.reset();
    },
    close: () => {
      closing.abort('closed');
    },
    settled: sent.settled,
  };
}
