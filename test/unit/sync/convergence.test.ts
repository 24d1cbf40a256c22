import { describe, expect, it } from 'vitest';
import { createConvergenceCheck, type ConvergenceVerdict } from '../../../renderer/sync/convergence';
import type { FetchLike } from '../../../renderer/sync/encrypting-fetch';

/** A server whose feed holds `feed` (ids by sequence number); answers `_changes?since=N` like PouchDB Server. */
function fakeServer(feed: readonly string[]): { fetch: FetchLike; urls: string[] } {
  const urls: string[] = [];
  const fetch: FetchLike = (input) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    urls.push(url);
    const since = Number(new URL(url).searchParams.get('since'));
    const results = feed.map((id, i) => ({ id, seq: i + 1 })).filter((r) => r.seq > since);
    return Promise.resolve(new Response(JSON.stringify({ results, last_seq: feed.length }), { status: 200 }));
  };
  return { fetch, urls };
}

function setup(feed: readonly string[], checkpoint: () => unknown) {
  const server = fakeServer(feed);
  const verdicts: ConvergenceVerdict[] = [];
  let passes = 0;
  const check = createConvergenceCheck({
    dbUrl: 'http://server/wp_c_clients/',
    fetch: server.fetch,
    pullCheckpoint: () => Promise.resolve(checkpoint()),
    onVerdict: (v) => verdicts.push(v),
    requestPass: () => {
      passes += 1;
    },
  });
  return { check, verdicts, passes: () => passes, urls: server.urls };
}

describe('convergence check', () => {
  it('a laptop whose checkpoint is the feed end is up to date: no pass asked', async () => {
    const s = setup(['c1', 'c2'], () => ({ sequence: 2 }));
    await s.check.check();
    expect(s.verdicts).toEqual([{ behind: false, since: '2', serverSeq: 2 }]);
    expect(s.passes()).toBe(0);
    expect(s.urls).toEqual(['http://server/wp_c_clients/_changes?feed=normal&since=2&limit=20']);
  });

  it('a checkpoint short of the feed is behind and asks for a pass; the same checkpoint again waits for the periodic check', async () => {
    const s = setup(['c1', 'c2', 'cc-9'], () => ({ sequence: 2 }));
    await s.check.check();
    expect(s.verdicts.at(-1)).toEqual({ behind: true, since: '2', serverSeq: 3 });
    expect(s.passes()).toBe(1);
    // The pass did not move the checkpoint: no pass in a loop after every cycle...
    await s.check.check();
    expect(s.passes()).toBe(1);
    // ...but the periodic check always asks again.
    await s.check.periodic();
    expect(s.passes()).toBe(2);
  });

  it('only design documents past the checkpoint: not behind (they never reach a laptop)', async () => {
    const s = setup(['c1', '_design/guard'], () => ({ sequence: 1 }));
    await s.check.check();
    expect(s.verdicts).toEqual([{ behind: false, since: '1', serverSeq: 2 }]);
  });

  it('no checkpoint yet counts from the start of the feed', async () => {
    const s = setup(['c1'], () => undefined);
    await s.check.check();
    expect(s.verdicts).toEqual([{ behind: true, since: '0', serverSeq: 1 }]);
  });

  it('a failed request gives no verdict', async () => {
    const verdicts: ConvergenceVerdict[] = [];
    const check = createConvergenceCheck({
      dbUrl: 'http://server/db/',
      fetch: () => Promise.reject(new Error('offline')),
      pullCheckpoint: () => Promise.resolve({ sequence: 1 }),
      onVerdict: (v) => verdicts.push(v),
      requestPass: () => undefined,
    });
    await check.check();
    expect(verdicts).toEqual([]);
  });
});
