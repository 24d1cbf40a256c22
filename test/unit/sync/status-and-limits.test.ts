import { createPendingWriter, PENDING_KEY, readPending } from '../../../renderer/sync/pending-store';
import { describe, expect, it } from 'vitest';
import { createConnectionLimiter } from '../../../renderer/sync/connection-limiter';
import { createStatusTracker } from '../../../renderer/sync/status-tracker';
import { deriveSyncStatus, describeSyncError, type SyncFacts } from '../../../shared/sync/sync-status';

const facts = (f: Partial<SyncFacts>): SyncFacts => ({ reachable: true, activeCollections: 0, pending: 0, lastSyncedAt: null, error: null, ...f });

describe('deriveSyncStatus', () => {
  it.each([
    [facts({ reachable: false, error: 'x', pending: 2 }), 'offline'],
    [facts({ error: 'refused' }), 'error'],
    [facts({ reachable: null }), 'syncing'],
    [facts({ activeCollections: 1 }), 'syncing'],
    [facts({ pending: 3 }), 'syncing'],
    [facts({ behindCollections: 1 }), 'behind'],
    [facts({ behindCollections: 1, activeCollections: 1 }), 'syncing'],
    [facts({ behindCollections: 1, reachable: false }), 'offline'],
    [facts({}), 'up-to-date'],
  ])('%j is %s', (f, state) => {
    expect(deriveSyncStatus(f).state).toBe(state);
  });
});

describe('describeSyncError', () => {
  it('digs the cause out of RxDB wrappers', () => {
    const wrapped = {
      message: 'RC_PULL: see https://rxdb.info',
      parameters: { errors: [{ message: 'Server document clients/c1 cannot be read: wrong key.\nmore' }] },
    };
    expect(describeSyncError(wrapped)).toBe('Server document clients/c1 cannot be read: wrong key.');
    expect(describeSyncError(new Error('plain'))).toBe('plain');
    expect(describeSyncError(42)).toBe('Sync failed.');
  });
});

describe('status tracker', () => {
  it('counts local writes until the server accepts them and stamps the time it is up to date', () => {
    const tracker = createStatusTracker(() => new Date('2026-11-27T09:00:00.000Z'));
    tracker.outcome({ ok: true });
    tracker.active('clients', true);
    tracker.localWrite('clients', 'c1');
    tracker.localWrite('clients', 'c2');
    expect(tracker.current()).toMatchObject({ state: 'syncing', pending: 2 });
    tracker.settled('clients', 'c1');
    tracker.error('clients', new Error('Server document clients/c2 cannot be read'));
    tracker.active('clients', false);
    expect(tracker.current()).toMatchObject({ state: 'error', pending: 1, error: 'Server document clients/c2 cannot be read' });
    tracker.active('clients', true);
    tracker.active('clients', false);
    expect(tracker.current()).toEqual({ state: 'up-to-date', pending: 0, lastSyncedAt: '2026-11-27T09:00:00.000Z' });
    tracker.outcome({ ok: false, status: null, message: 'fetch failed' });
    expect(tracker.current().state).toBe('offline');
  });
});

describe('status tracker after a 429', () => {
  it('shows when sync tries again while it waits, and not after', () => {
    let now = new Date('2026-11-27T09:00:00.000Z');
    const tracker = createStatusTracker(() => now);
    tracker.outcome({ ok: true });
    tracker.active('clients', true);
    tracker.throttled(new Date('2026-11-27T09:15:00.000Z'));
    expect(tracker.current()).toMatchObject({ state: 'syncing', retryAt: '2026-11-27T09:15:00.000Z' });
    now = new Date('2026-11-27T09:15:01.000Z');
    tracker.outcome({ ok: true });
    expect(tracker.current().retryAt).toBeUndefined();
  });
});

describe('pending changes across sessions', () => {
  it('keeps the marks of an earlier session until a cycle ends without an error', () => {
    const tracker = createStatusTracker(() => new Date('2026-11-27T09:00:00.000Z'), { clients: ['c1'], notes: ['n1', 'n2'] });
    // The replication reports "not active" before its first cycle: that must not clear anything.
    tracker.active('clients', false);
    tracker.active('notes', false);
    expect(tracker.pendingIds('clients')).toEqual(['c1']);
    expect(tracker.current()).toMatchObject({ pending: 3 });
    // Offline: the cycle fails and the marks stay.
    tracker.active('clients', true);
    tracker.error('clients', new Error('fetch failed'));
    tracker.active('clients', false);
    expect(tracker.pendingSnapshot()).toEqual({ clients: ['c1'], notes: ['n1', 'n2'] });
    // Back online: the first cycle pushes them.
    tracker.active('notes', true);
    tracker.settled('notes', 'n1');
    tracker.active('notes', false);
    expect(tracker.pendingSnapshot()).toEqual({ clients: ['c1'] });
  });

  it('saves the last snapshot and reads a damaged one as empty', async () => {
    const raw = new Map<string, unknown>();
    const store = {
      get: (k: string) => Promise.resolve(raw.get(k)),
      put: (k: string, v: unknown) => Promise.resolve(void raw.set(k, v)),
      delete: (k: string) => Promise.resolve(void raw.delete(k)),
      close: () => undefined,
    };
    const writer = createPendingWriter(store);
    writer.save({ clients: ['c1'] });
    writer.save({ clients: ['c1', 'c2'] });
    await writer.flush();
    expect(await readPending(store)).toEqual({ clients: ['c1', 'c2'] });
    raw.set(PENDING_KEY, { clients: 'not a list' });
    expect(await readPending(store)).toEqual({});
  });

  it('a full disk loses only the marks, and the next change writes them again', async () => {
    let full = true;
    const raw = new Map<string, unknown>();
    const store = {
      get: (k: string) => Promise.resolve(raw.get(k)),
      put: (k: string, v: unknown) => (full ? Promise.reject(new Error('QuotaExceededError')) : Promise.resolve(void raw.set(k, v))),
      delete: () => Promise.resolve(),
      close: () => undefined,
    };
    const writer = createPendingWriter(store);
    writer.save({ clients: ['c1'] });
    await writer.flush();
    full = false;
    writer.save({ clients: ['c1'] });
    await writer.flush();
    expect(await readPending(store)).toEqual({ clients: ['c1'] });
  });
});

describe('connection limiter', () => {
  it('never has more than six requests in flight and bounds long-polls', async () => {
    const seen: string[] = [];
    let inFlight = 0;
    let peak = 0;
    const fetch = async (input: string | URL | Request): Promise<Response> => {
      seen.push(typeof input === 'string' ? input : 'not a string');
      inFlight++;
      peak = Math.max(peak, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 20));
      inFlight--;
      return new Response('{"results":[],"last_seq":"7-abc"}', { status: 200 });
    };
    const limiter = createConnectionLimiter({ fetch, longPollTimeoutMs: 500 });
    const polls = Array.from({ length: 12 }, (_, i) => limiter.fetch(`http://h/db${i}/_changes?feed=longpoll&since=now&heartbeat=60000`));
    const pushes = Array.from({ length: 12 }, (_, i) => limiter.fetch(`http://h/db${i}/_bulk_docs?`, { method: 'POST', body: '{}' }));
    await Promise.all([...polls, ...pushes]);
    expect(peak).toBeLessThanOrEqual(6);
    expect(limiter.peakInFlight()).toBe(peak);
    const polled = seen.filter((u) => u.includes('feed=longpoll'));
    expect(polled).toHaveLength(12);
    // since=now is pinned to the feed's current end, so a long-poll that waited for a slot misses nothing.
    expect(polled.every((u) => u.includes('since=7-abc') && u.includes('timeout=500') && !u.includes('heartbeat'))).toBe(true);
  });

  it('ends a long-poll the server holds past its timeout with an empty answer that resumes from the same sequence', async () => {
    const fetch = (_input: string | URL | Request, init?: RequestInit): Promise<Response> =>
      new Promise((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => {
          reject(new DOMException('aborted', 'AbortError'));
        });
      });
    const limiter = createConnectionLimiter({ fetch, longPollTimeoutMs: 50 });
    const answer = await limiter.fetch('http://h/db/_changes?feed=longpoll&since=42&heartbeat=60000');
    expect(await answer.json()).toEqual({ results: [], last_seq: '42' });
  });

  it('backs off after network failures and recovers on success', async () => {
    let calls = 0;
    const fetch = (): Promise<Response> => {
      calls++;
      return calls === 1 ? Promise.reject(new TypeError('fetch failed')) : Promise.resolve(new Response('{}'));
    };
    const limiter = createConnectionLimiter({ fetch, backoff: { baseMs: 100, maxMs: 1000 } });
    await expect(limiter.fetch('http://h/db/_all_docs')).rejects.toThrow('fetch failed');
    const started = Date.now();
    await limiter.fetch('http://h/db/_all_docs');
    expect(Date.now() - started).toBeGreaterThanOrEqual(90);
  });

  // Issue 18: a 429's Retry-After holds the next request of every collection on that server, not just the one refused.
  it("waits out a 429 answer's Retry-After before any collection's next request", async () => {
    const sent: { url: string; at: number }[] = [];
    const started = Date.now();
    const fetch = (input: string | URL | Request): Promise<Response> => {
      sent.push({ url: typeof input === 'string' ? input : 'not a string', at: Date.now() - started });
      return Promise.resolve(sent.length === 1 ? new Response('{}', { status: 429, headers: { 'retry-after': '1' } }) : new Response('{}'));
    };
    const limiter = createConnectionLimiter({ fetch, backoff: { baseMs: 10, maxMs: 100 } });
    expect((await limiter.fetch('http://h/wp_c_clients/_all_docs')).status).toBe(429);
    await limiter.fetch('http://h/wp_c_notes/_bulk_docs', { method: 'POST', body: '{}' });
    expect(sent.map((s) => s.url)).toEqual(['http://h/wp_c_clients/_all_docs', 'http://h/wp_c_notes/_bulk_docs']);
    expect(sent[1]?.at).toBeGreaterThanOrEqual(990);
  });

  // A 429 asking for a day held every collection a day: the wait is capped, and the status is told when sync resumes.
  it('holds requests at most 15 minutes on a Retry-After of a day, and reports when they go out again', async () => {
    const throttledUntil: Date[] = [];
    const fetch = (): Promise<Response> => Promise.resolve(new Response('{}', { status: 429, headers: { 'retry-after': '86400' } }));
    const limiter = createConnectionLimiter({ fetch, backoff: { baseMs: 10, maxMs: 100 }, onThrottled: (until) => throttledUntil.push(until) });
    const before = Date.now();
    expect((await limiter.fetch('http://h/wp_c_clients/_all_docs')).status).toBe(429);
    limiter.close();
    const waitMs = (throttledUntil[0]?.getTime() ?? 0) - before;
    expect(waitMs).toBeGreaterThan(15 * 60_000 - 5_000);
    expect(waitMs).toBeLessThanOrEqual(15 * 60_000 + 5_000);
  });

  // docs/sync.md "A stopped session's push": a request the stopped replication still had waiting went out later.
  it('once closed (sync stopped) sends nothing more: not a request waiting out the back-off', async () => {
    const sent: string[] = [];
    const fetch = (input: string | URL | Request): Promise<Response> => {
      sent.push(typeof input === 'string' ? input : 'not a string');
      return Promise.reject(new TypeError('fetch failed'));
    };
    const limiter = createConnectionLimiter({ fetch, backoff: { baseMs: 60_000, maxMs: 60_000 } });
    await expect(limiter.fetch('http://h/db/_all_docs?first')).rejects.toThrow('fetch failed');
    const sleeping = limiter.fetch('http://h/db/_bulk_docs?', { method: 'POST', body: '{}' });
    limiter.close();
    await expect(sleeping).rejects.toThrow('Sync stopped');
    expect(sent).toEqual(['http://h/db/_all_docs?first']);
  });

  it('once closed sends nothing more: requests in flight are aborted, one waiting for a slot is refused', async () => {
    const sent: string[] = [];
    // Held until aborted, like a request the network has not delivered yet.
    const fetch = (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
      sent.push(typeof input === 'string' ? input : 'not a string');
      return new Promise((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => {
          reject(new DOMException('aborted', 'AbortError'));
        });
      });
    };
    const limiter = createConnectionLimiter({ fetch });
    // Two slots for requests other than long-polls: the third waits for one.
    const requests = ['1', '2', '3'].map((n) => limiter.fetch(`http://h/db/_bulk_docs?${n}`, { method: 'POST', body: '{}' }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(sent).toHaveLength(2);
    limiter.close();
    const outcomes = await Promise.allSettled(requests);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(sent).toHaveLength(2);
  });
  // Issue 18 item 7: the sign-out on lock goes once nothing of the stopped sync can still answer (and re-set the cookie).
  it('settles only once every request it sent has ended on the platform side, not just our deadline around it', async () => {
    const ends: (() => void)[] = [];
    // The platform ends an aborted request a moment later (the answer may still be on its way meanwhile).
    const fetch = (_input: string | URL | Request, init?: RequestInit): Promise<Response> =>
      new Promise((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => {
          ends.push(() => {
            reject(new DOMException('aborted', 'AbortError'));
          });
        });
      });
    const limiter = createConnectionLimiter({ fetch });
    const request = limiter.fetch('http://h/db/_bulk_docs?', { method: 'POST', body: '{}' });
    await new Promise((resolve) => setTimeout(resolve, 10));
    limiter.close();
    await expect(request).rejects.toThrow();
    let settled = false;
    const settling = limiter.settled().then(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(settled).toBe(false);
    ends.forEach((end) => {
      end();
    });
    await settling;
    expect(settled).toBe(true);
  });
});
