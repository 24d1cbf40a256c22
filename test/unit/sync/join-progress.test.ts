import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BehaviorSubject } from 'rxjs';
import { followFirstPull, followInBackground, type JoinProgress } from '../../../renderer/sync/join-progress';
import type { ClinicSync } from '../../../renderer/sync/replication';
import type { SyncStatus } from '../../../shared/sync/sync-status';

/** A first pull under test: its end, the counts on each side and a clock the counts can move. */
function staged(held: number[], onServer: number[]) {
  let end = (): void => undefined;
  const inSync = new Promise<void>((resolve) => {
    end = resolve;
  });
  const clock = { extra: 0, countMs: 0 };
  const calls = { held: 0, server: 0 };
  const progress: JoinProgress[] = [];
  const following = followFirstPull({
    sync: { awaitInSync: () => inSync },
    countHeld: () => {
      clock.extra += clock.countMs;
      return Promise.resolve(held[Math.min(calls.held++, held.length - 1)] ?? 0);
    },
    countOnServer: () => Promise.resolve(onServer[Math.min(calls.server++, onServer.length - 1)] ?? 0),
    now: () => new Date(Date.now() + clock.extra),
    onProgress: (p) => progress.push(p),
  });
  return { end, clock, calls, progress, following };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('following a first pull', () => {
  it.each([
    // held counts, server counts → (done, total) reported, then the last report
    [
      [3, 5],
      [10],
      [
        [3, 10],
        [5, 10],
      ],
      [10, 10],
    ],
    // the clinic added records during the join: total is never below done
    [
      [3, 12],
      [10],
      [
        [3, 10],
        [12, 12],
      ],
      [12, 12],
    ],
    // records set aside as unreadable never arrive: the last report still reaches the total
    [
      [9, 9],
      [10],
      [
        [9, 10],
        [9, 10],
      ],
      [10, 10],
    ],
  ] as const)('held %j of %j on the server → %j, last %j', async (held, onServer, reports, last) => {
    const pull = staged([...held], [...onServer]);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(pull.progress.map((p) => [p.done, p.total])).toEqual(reports);
    pull.end();
    await pull.following;
    expect([pull.progress.at(-1)?.done, pull.progress.at(-1)?.total]).toEqual(last);
  });

  it('counts again only after ten times as long as the last count took, and reads the server again every 30 s', async () => {
    const pull = staged([1], [10]);
    pull.clock.countMs = 200;
    await vi.advanceTimersByTimeAsync(500);
    expect(pull.calls.held).toBe(1);
    await vi.advanceTimersByTimeAsync(1_900);
    expect(pull.calls.held).toBe(1);
    await vi.advanceTimersByTimeAsync(100);
    expect(pull.calls.held).toBe(2);
    expect(pull.calls.server).toBe(1);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(pull.calls.server).toBe(2);
    pull.end();
    await pull.following;
  });

  it('gives the rate window with each report: the start until a minute has passed', async () => {
    const pull = staged([5], [10]);
    await vi.advanceTimersByTimeAsync(500);
    expect(pull.progress[0]).toMatchObject({ step: 'pulling', done: 5, total: 10, elapsedMs: 500, rateFrom: { done: 0, elapsedMs: 0 } });
    pull.end();
    await pull.following;
  });

  it('in the background: progress goes to the page and to firstPull$, and a stop (a lock) ends the following', async () => {
    const status: SyncStatus = { state: 'syncing', pending: 0, lastSyncedAt: null };
    const stopped = vi.fn(() => Promise.resolve());
    const sync = {
      status$: new BehaviorSubject(status),
      status: () => status,
      awaitInSync: () => new Promise<void>(() => undefined),
      reSync: () => undefined,
      peakConnections: () => 0,
      pendingIds: () => [],
      pendingSnapshot: () => ({}),
      authMode: () => null,
      receivedCount: () => 0,
      trace: () => [],
      stop: stopped,
    } satisfies ClinicSync;
    const page: JoinProgress[] = [];
    const seen: (JoinProgress | null)[] = [];
    const pull = followInBackground(sync, {
      countHeld: () => Promise.resolve(4),
      countOnServer: () => Promise.resolve(20),
      now: () => new Date(),
      onProgress: (p) => page.push(p),
    });
    let completed = false;
    pull.sync.firstPull$?.subscribe({ next: (p) => seen.push(p), complete: () => (completed = true) });
    await vi.advanceTimersByTimeAsync(500);
    expect(page.at(-1)).toMatchObject({ done: 4, total: 20 });
    expect(seen.at(-1)).toMatchObject({ done: 4, total: 20 });
    await pull.sync.stop();
    await pull.done;
    expect(stopped).toHaveBeenCalledOnce();
    expect(seen.at(-1)).toBeNull();
    expect(completed).toBe(true);
  });
});
