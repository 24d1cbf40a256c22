import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REQUIRED_KEYS } from '../../scripts/bench/figures.mjs';

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// Benchmarks are not part of `npm test`; this only proves the harness still runs end to end on a tiny clinic. The
// run builds the page, seeds, replicates four ways and types during a pull: ~20 s on a quiet machine, about a minute
// at load 30, so the guard against a hang is generous — it is not a timing assertion.
describe('npm run bench (tiny)', () => {
  it('prints one JSON object with every figure as a number or an explained null', () => {
    const run = spawnSync(process.execPath, [resolve('scripts/bench/run.mjs'), '--size', 'tiny', '--no-write'], { encoding: 'utf8', timeout: 170_000 });
    expect(run.status, run.stderr).toBe(0);
    const result: unknown = JSON.parse(run.stdout.trim());
    if (!isRecord(result)) throw new Error('bench output is not a JSON object');
    const reasons = isRecord(result.null_reasons) ? result.null_reasons : {};
    for (const key of REQUIRED_KEYS) {
      const value = result[key];
      if (value === null) expect(typeof reasons[key], `${key} is null without a reason`).toBe('string');
      else expect(typeof value, key).toBe('number');
    }
    expect(result.total_docs).toBe(301);
  }, 180_000);
});
