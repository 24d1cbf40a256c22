#!/usr/bin/env node
// `node scripts/bench/chart-ab.mjs [--size medium] [--rounds 8]` (issue 17 item 5): seeds the bench page like
// `npm run bench`, then runs the bench's chart figure (cold opens after a fresh unlock, taking turns: the chart on Overview as the app opens it, the Measures tab, every tab)
// in alternating rounds (ABBA) with RxDB's cursor queries and with the app's one-request reads
// (renderer/db/dexie-reads.ts), each round beside a CPU-only control: as many fixed pieces of main-thread work, whose
// p95 ÷ p50 says how much the machine alone stretches a short task. Prints each round and the medians of rounds.
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openBenchPage, openHarness, PLANS, progress } from './harness.mjs';

const { values } = parseArgs({
  options: { size: { type: 'string', default: 'medium' }, rounds: { type: 'string', default: '8' }, work: { type: 'string', default: '2000000' } },
});
const plan = PLANS[values.size];
if (!plan) throw new Error(`--size must be one of ${Object.keys(PLANS).join(', ')}`);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length / 2) - 1];
const load = () => loadavg()[0].toFixed(1);
const ms = (x) => x.toFixed(1);

const workDir = mkdtempSync(join(tmpdir(), 'waypoint-chart-ab-'));
const harness = await openHarness({ sync: false, workDir });
try {
  const options = { size: values.size, seed: 20_210_104, ...plan, couchBase: null, runId: Date.now().toString(36) };
  const page = await openBenchPage(harness, plan.timeoutMs);
  await page.evaluate((o) => globalThis.waypointBench.runApp(o), options);
  progress(`seeded and ran the app figures; load ${load()}`);
  const results = [];
  for (let r = 0; r < Number(values.rounds); r++) {
    const variant = ['cursor', 'getAll', 'getAll', 'cursor'][r % 4];
    const args = [variant, r % 3, Number(values.work), plan.chartClients];
    const f = await page.evaluate(([v, rot, work, n]) => globalThis.waypointBench.chart.chartAb(v, rot, work, n), args);
    results.push(f);
    progress(
      `round ${r} ${variant}: overview p50 ${ms(f.overviewP50)} p95 ${ms(f.overviewP95)} | measures p50 ${ms(f.p50)} p95 ${ms(f.p95)} | every tab p50 ${ms(f.allP50)} p95 ${ms(f.allP95)} | control p50 ${ms(f.controlP50)} p95 ${ms(f.controlP95)} | load ${load()}`,
    );
  }
  for (const v of ['cursor', 'getAll']) {
    const of = (k) => ms(median(results.filter((x) => x.variant === v).map((x) => x[k])));
    progress(
      `${v}, medians of rounds: overview p50 ${of('overviewP50')} p95 ${of('overviewP95')} | measures p50 ${of('p50')} p95 ${of('p95')} | every tab p50 ${of('allP50')} p95 ${of('allP95')} | control p50 ${of('controlP50')} p95 ${of('controlP95')}`,
    );
  }
} finally {
  await harness.close();
  rmSync(workDir, { recursive: true, force: true });
}
