import { describe, expect, it } from 'vitest';
import { estimateTimeLeftMs, timeLeftText } from '../../../../shared/sync/time-left';

describe('time left of a first pull', () => {
  it.each([
    // done, total, elapsed → text
    [0, 5000, 60_000, null], // nothing yet: no rate
    [5000, 5000, 60_000, null], // finished
    [50, 0, 60_000, null], // total unknown
    [1000, 5000, 4_999, null], // too early to promise anything
    [99, 5000, 60_000, null], // under 2 % done
    [100, 5000, 5_000, 'about 4 minutes left'], // 2 % in 5 s → 245 s
    [2500, 5000, 20_000, 'less than a minute left'],
    [1000, 5000, 15_000, 'about 1 minute left'],
    [1000, 199_540, 60_000, null], // a large clinic: 0.5 % is too little to judge by
    [4000, 199_540, 120_000, 'about 2 hours left'], // 33 docs/s → 98 minutes
    [20_000, 199_540, 60_000, 'about 9 minutes left'],
  ] as const)('%i of %i after %i ms → %s', (done, total, elapsedMs, expected) => {
    const text = timeLeftText({ done, total, elapsedMs });
    if (expected === null) expect(text).toBeNull();
    else expect(text).toContain(expected);
  });

  it('is the rate so far applied to what is left', () => {
    expect(estimateTimeLeftMs({ done: 1000, total: 4000, elapsedMs: 10_000 })).toBe(30_000);
  });
});
