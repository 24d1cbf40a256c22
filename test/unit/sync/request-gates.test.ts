import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Semaphore, SharedBackoff } from '../../../renderer/sync/request-gates';

describe('Semaphore', () => {
  it('lets `slots` holders in at once and the next waiter in, first come first served, on each release', async () => {
    const gate = new Semaphore(1);
    const order: string[] = [];
    await gate.acquire();
    const b = gate.acquire().then(() => order.push('b'));
    const c = gate.acquire().then(() => order.push('c'));
    await Promise.resolve();
    expect(order).toEqual([]);
    gate.release();
    await b;
    expect(order).toEqual(['b']);
    gate.release();
    await c;
    expect(order).toEqual(['b', 'c']);
  });
});

describe('SharedBackoff', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 0 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const settled = async (work: Promise<void>): Promise<boolean> => {
    let done = false;
    void work.then(() => (done = true));
    await vi.advanceTimersByTimeAsync(0);
    return done;
  };

  it.each([
    { failures: 0, waitMs: 0 },
    { failures: 1, waitMs: 100 },
    { failures: 2, waitMs: 200 },
    { failures: 4, waitMs: 500 },
  ])('after $failures failures a request waits $waitMs ms', async ({ failures, waitMs }) => {
    const backoff = new SharedBackoff({ baseMs: 100, maxMs: 500 });
    for (let i = 0; i < failures; i += 1) backoff.record(true);
    const wait = backoff.wait();
    if (waitMs > 0) {
      await vi.advanceTimersByTimeAsync(waitMs - 1);
      expect(await settled(wait)).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
    }
    expect(await settled(wait)).toBe(true);
  });

  it('an answer clears the back-off; reset wakes the requests sleeping it out', async () => {
    const backoff = new SharedBackoff({ baseMs: 60_000, maxMs: 60_000 });
    backoff.record(true);
    backoff.record(false);
    expect(await settled(backoff.wait())).toBe(true);
    backoff.record(true);
    const sleeping = backoff.wait();
    expect(await settled(sleeping)).toBe(false);
    backoff.reset();
    expect(await settled(sleeping)).toBe(true);
  });

  // Issue 18: a throttled server's Retry-After was only worded, and the next request went out after the doubling.
  it.each([
    { retryAfterMs: 5_000, failuresBefore: 0, waitMs: 5_000 },
    { retryAfterMs: 50, failuresBefore: 2, waitMs: 400 },
    { retryAfterMs: 0, failuresBefore: 0, waitMs: 100 },
  ])('a 429 asking $retryAfterMs ms after $failuresBefore failures holds requests $waitMs ms', async ({ retryAfterMs, failuresBefore, waitMs }) => {
    const backoff = new SharedBackoff({ baseMs: 100, maxMs: 60_000 });
    for (let i = 0; i < failuresBefore; i += 1) backoff.record(true);
    backoff.record(true, retryAfterMs);
    const wait = backoff.wait();
    await vi.advanceTimersByTimeAsync(waitMs - 1);
    expect(await settled(wait)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await settled(wait)).toBe(true);
  });

  it('the network coming back (reset) forgets the doubling but not the Retry-After the server asked for', async () => {
    const backoff = new SharedBackoff({ baseMs: 100, maxMs: 60_000 });
    backoff.record(true, 3_000);
    const sleeping = backoff.wait();
    backoff.reset();
    backoff.record(false);
    expect(await settled(sleeping)).toBe(false);
    expect(await settled(backoff.wait())).toBe(false);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(await settled(sleeping)).toBe(true);
  });
});
