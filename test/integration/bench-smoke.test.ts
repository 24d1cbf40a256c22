import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const REQUIRED = [
  'seed_ms',
  'unlock_to_dashboard_ms',
  'chart_open_p50_ms',
  'chart_open_p95_ms',
  'note_save_ms',
  'sealed_vs_plain_insert_ratio',
  'e2ee_vs_plain_sync_ratio',
  'e2ee_vs_pouchdb_sync_ratio',
  'e2ee_vs_pouchdb_idb_sync_ratio',
  'input_delay_p95_ms',
  'heap_mb',
] as const;

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
    for (const key of REQUIRED) {
      const value = result[key];
      if (value === null) expect(typeof reasons[key], `${key} is null without a reason`).toBe('string');
      else expect(typeof value, key).toBe('number');
    }
    expect(result.total_docs).toBe(301);
  }, 180_000);
});
