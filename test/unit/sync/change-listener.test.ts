import { describe, expect, it } from 'vitest';
import { createConnectionLimiter } from '../../../renderer/sync/connection-limiter';
import { untilAborted } from '../../../renderer/sync/request-gates';

/** A response whose body never arrives and ignores any abort: what Node 20's fetch can leave after an abort mid-body. */
const stalledBody = (): Response => new Response(new ReadableStream<Uint8Array>({ start: () => undefined }), { status: 200 });

const json = (value: unknown): Response => new Response(JSON.stringify(value), { status: 200, headers: { 'content-type': 'application/json' } });

describe('request deadlines', () => {
  it('untilAborted rejects at the abort even when the work never settles', async () => {
    const controller = new AbortController();
    const pending = untilAborted(new Promise<never>(() => undefined), controller.signal);
    controller.abort(new Error('deadline'));
    await expect(pending).rejects.toThrow('deadline');
  });

  it('a long-poll whose body stalls is still ended at its deadline and answers "no change"', async () => {
    const fetch = (input: string | URL | Request): Promise<Response> =>
      Promise.resolve((typeof input === 'string' ? input : '').includes('feed=longpoll') ? stalledBody() : json({ results: [], last_seq: '7' }));
    const limiter = createConnectionLimiter({ fetch, longPollTimeoutMs: 50 });
    const answer = await limiter.fetch('http://h/db/_changes?feed=longpoll&since=now');
    expect(await answer.json()).toEqual({ results: [], last_seq: '7' });
  });

  it('a push whose body stalls fails at its deadline instead of blocking the queue', async () => {
    const limiter = createConnectionLimiter({ fetch: () => Promise.resolve(stalledBody()), requestTimeoutMs: 50 });
    await expect(limiter.fetch('http://h/db/_bulk_docs?', { method: 'POST', body: '{}' })).rejects.toThrow();
  });
});

describe('change listener (onRemoteChange)', () => {
  it('reports the pin and each move of the feed, never hands documents to the caller, and ends on close', async () => {
    const polled: string[] = [];
    let answers = 0;
    const fetch = (input: string | URL | Request): Promise<Response> => {
      const url = typeof input === 'string' ? input : '';
      if (!url.includes('feed=longpoll')) return Promise.resolve(json({ results: [], last_seq: '7' }));
      polled.push(url);
      answers += 1;
      // First poll: a change from the other laptop; later polls: nothing new.
      return Promise.resolve(
        answers === 1 ? json({ results: [{ id: 'x', seq: '8', doc: { _id: 'x' } }], last_seq: '8' }) : json({ results: [], last_seq: '8' }),
      );
    };
    const changes: string[] = [];
    const limiter = createConnectionLimiter({ fetch, longPollTimeoutMs: 20, onRemoteChange: (url) => changes.push(url) });
    let settled = false;
    const rxdbSees = limiter.fetch('http://h/db/_changes?feed=longpoll&since=now&include_docs=true').then((r) => {
      settled = true;
      return r.json() as Promise<unknown>;
    });
    while (polled.length < 3) await new Promise((resolve) => setTimeout(resolve, 5));
    // Pinned since=now (a pass must follow it), then the change at 8; the listener went on from 8 by itself.
    expect(changes).toHaveLength(2);
    expect(polled[0]).toContain('since=7');
    expect(polled[1]).toContain('since=8');
    expect(settled).toBe(false);
    limiter.close();
    expect(await rxdbSees).toEqual({ results: [], last_seq: '8' });
  });

  it('a poll cut before the server started answering is not read as "no change": the feed end decides', async () => {
    const polled: string[] = [];
    let end = '7';
    const fetch = (input: string | URL | Request): Promise<Response> => {
      const url = typeof input === 'string' ? input : '';
      if (!url.includes('feed=longpoll')) return Promise.resolve(json({ results: [], last_seq: end }));
      polled.push(url);
      // A loaded server: the first poll is still building its answer (a change at 8) when the limiter cuts it.
      if (polled.length === 1) end = '8';
      return new Promise<Response>(() => undefined);
    };
    const changes: string[] = [];
    const limiter = createConnectionLimiter({ fetch, longPollTimeoutMs: 20, onRemoteChange: (url) => changes.push(url) });
    const rxdbSees = limiter.fetch('http://h/db/_changes?feed=longpoll&since=now&include_docs=true');
    while (polled.length < 2) await new Promise((resolve) => setTimeout(resolve, 5));
    // The pin, then the change found at the feed's end; the next poll goes on from 8, and asks for no documents.
    expect(changes).toHaveLength(2);
    expect(polled[1]).toContain('since=8');
    expect(polled.every((url) => !url.includes('include_docs'))).toBe(true);
    limiter.close();
    expect(await (await rxdbSees).json()).toEqual({ results: [], last_seq: '8' });
  });

  it('a poll cut while the server holds it (answer started) means "no change": no pass', async () => {
    let polls = 0;
    const fetch = (input: string | URL | Request): Promise<Response> => {
      const url = typeof input === 'string' ? input : '';
      if (!url.includes('feed=longpoll')) return Promise.resolve(json({ results: [], last_seq: '7' }));
      polls += 1;
      return Promise.resolve(stalledBody());
    };
    const changes: string[] = [];
    const limiter = createConnectionLimiter({ fetch, longPollTimeoutMs: 20, onRemoteChange: (url) => changes.push(url) });
    const rxdbSees = limiter.fetch('http://h/db/_changes?feed=longpoll&since=now');
    while (polls < 3) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(changes).toHaveLength(1);
    limiter.close();
    expect(await (await rxdbSees).json()).toEqual({ results: [], last_seq: '7' });
  });

  it('a server error on a poll fails the listener (RxDB retries) instead of handing RxDB an answer it cannot read', async () => {
    const fetch = (input: string | URL | Request): Promise<Response> => {
      const url = typeof input === 'string' ? input : '';
      if (!url.includes('feed=longpoll')) return Promise.resolve(json({ results: [], last_seq: '7' }));
      return Promise.resolve(new Response(JSON.stringify({ error: 'unavailable' }), { status: 503 }));
    };
    const limiter = createConnectionLimiter({ fetch, longPollTimeoutMs: 20, backoff: { baseMs: 1, maxMs: 1 }, onRemoteChange: () => undefined });
    await expect(limiter.fetch('http://h/db/_changes?feed=longpoll&since=now')).rejects.toThrow('503');
  });
});

describe('a refused account while listening', () => {
  // Seen in members.test.ts: the clear "Ask the clinic admin" status flipped to "The server did not say where its
  // change feed ends." within half a second, because the listener's pin read a 403 as a malformed feed position.
  it.each([401, 403, 429])('the pin of since=now answered %i goes back to the caller as the refusal, not as a feed error', async (status) => {
    const refused = (): Response => new Response(JSON.stringify({ error: 'forbidden', reason: 'not a member' }), { status });
    const fetch = (): Promise<Response> => Promise.resolve(refused());
    for (const onRemoteChange of [undefined, () => undefined]) {
      const limiter = createConnectionLimiter({ fetch, longPollTimeoutMs: 20, ...(onRemoteChange ? { onRemoteChange } : {}) });
      const answer = await limiter.fetch('http://h/db/_changes?feed=longpoll&since=now&include_docs=true');
      expect(answer.status).toBe(status);
      limiter.close();
    }
  });
});

describe('pushes before queued pulls', () => {
  it('a push queued behind pulls and pins on the two non-poll slots is sent as soon as a slot frees', async () => {
    const sent: string[] = [];
    const answers: (() => void)[] = [];
    const fetch = (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
      sent.push(`${init?.method ?? 'GET'} ${typeof input === 'string' ? input : ''}`);
      return new Promise((resolve) =>
        answers.push(() => {
          resolve(json({ results: [], last_seq: '1' }));
        }),
      );
    };
    const limiter = createConnectionLimiter({ fetch, maxConnections: 6, longPollSlots: 4 });
    // Back online: the resync's passes and pins for several collections, then the offline work's push.
    const pulls = ['a', 'b', 'c', 'd'].map((db) => limiter.fetch(`http://h/${db}/_changes?feed=normal&since=0`));
    const push = limiter.fetch('http://h/clients/_bulk_docs?', { method: 'POST', body: '{"docs":[]}' });
    while (sent.length < 2) await new Promise((resolve) => setTimeout(resolve, 1));
    answers.shift()?.();
    while (sent.length < 3) await new Promise((resolve) => setTimeout(resolve, 1));
    expect(sent[2]).toBe('POST http://h/clients/_bulk_docs?');
    while (answers.length > 0 || sent.length < 5) {
      answers.shift()?.();
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    await Promise.all([...pulls, push]);
    limiter.close();
  });
});
