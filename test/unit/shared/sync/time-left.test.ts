import { describe, expect, it } from 'vitest';
import { copyProgressText, estimateTimeLeftMs, rateWindow, RATE_WINDOW_MS, timeLeftText } from '../../../../shared/sync/time-left';

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

  it.each([
    // rateFrom, done, total, elapsed → ms left: the rate of the window, not of the whole run
    [{ done: 0, elapsedMs: 0 }, 1000, 4000, 10_000, 30_000], // no window given: from the start
    [{ done: 9000, elapsedMs: 60_000 }, 10_000, 20_000, 120_000, 600_000], // fast start, slow last minute: 10,000 at 1,000/min
    [{ done: 1000, elapsedMs: 60_000 }, 10_000, 20_000, 120_000, 66_667], // slow start, fast last minute
    [{ done: 5000, elapsedMs: 60_000 }, 5000, 20_000, 120_000, null], // nothing arrived in the last minute: no promise
  ] as const)('from %o: %i of %i after %i ms → %s ms', (rateFrom, done, total, elapsedMs, expected) => {
    const ms = estimateTimeLeftMs({ done, total, elapsedMs, rateFrom });
    expect(ms === null ? null : Math.round(ms)).toBe(expected);
  });

  it('keeps the samples of the last minute, the start until a minute has passed', () => {
    const start = { done: 0, elapsedMs: 0 };
    const early = rateWindow([start], { done: 10, elapsedMs: 500 });
    expect(early[0]).toEqual(start);
    let samples = early;
    for (let t = 1_000; t <= 90_000; t += 500) samples = rateWindow(samples, { done: t / 100, elapsedMs: t });
    expect(samples[0]).toEqual({ done: 300, elapsedMs: 90_000 - RATE_WINDOW_MS });
    expect(samples.at(-1)).toEqual({ done: 900, elapsedMs: 90_000 });
  });

  it.each([
    [{ done: 0, total: 0, elapsedMs: 0 }, 'Copying the clinic’s records…'],
    [{ done: 4, total: 20, elapsedMs: 1_000 }, 'Copying the clinic’s records: 4 of 20'],
    [{ done: 100_000, total: 289_665, elapsedMs: 300_000 }, 'Copying the clinic’s records: 100,000 of 289,665 — about 9 minutes left'],
  ] as const)('%o in words: %s', (progress, expected) => {
    expect(copyProgressText(progress)).toBe(expected);
  });
});
