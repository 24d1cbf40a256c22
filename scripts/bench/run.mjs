#!/usr/bin/env node
// `npm run bench [-- --size tiny|small|medium|large] [--no-write] [--no-sync]`: builds the bench page, serves it on
// loopback, drives it (scripts/bench/page, seeded by scripts/seed) in headless Chromium and prints ONE JSON object on stdout (progress goes to stderr).
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openBenchPage, openHarness, PLANS, progress, REPO, SYNC_BATCH } from './harness.mjs';
import { pouchNativeSync } from './pouch-baseline.mjs';
import { typingDuringPull } from './typing-probe.mjs';
import { previousResults, renderReport } from './report.mjs';
import { deriveFigures, REPORT_ANALYSIS, REPORT_NOTES } from './figures.mjs';

function options() {
  const { values } = parseArgs({
    options: { size: { type: 'string', default: 'medium' }, 'no-write': { type: 'boolean', default: false }, 'no-sync': { type: 'boolean', default: false } },
  });
  if (!Object.hasOwn(PLANS, values.size)) throw new Error(`--size must be one of ${Object.keys(PLANS).join(', ')}`);
  return { size: values.size, write: !values['no-write'], sync: !values['no-sync'] };
}

// Garbage first, so the figure is what the unlocked app keeps, not what seeding left behind.
async function heapMb(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const used = await page.evaluate(() => performance.memory?.usedJSHeapSize ?? null);
  const bytes = used ?? (await cdp.send('Runtime.getHeapUsage')).usedSize;
  await cdp.detach();
  return Math.round((bytes / 2 ** 20) * 10) / 10;
}

async function drivePage(harness, benchOptions) {
  const page = await openBenchPage(harness, benchOptions.timeoutMs);
  const app = await page.evaluate((o) => globalThis.waypointBench.runApp(o), benchOptions);
  const heap_mb = await heapMb(page);
  // The whole-clinic join is skipped at tiny, the smoke test's size, to keep that run short.
  const joined = benchOptions.join ? await page.evaluate((o) => globalThis.waypointBench.runJoin(o), benchOptions) : {};
  const baselines = await page.evaluate((o) => globalThis.waypointBench.runBaselines(o), benchOptions);
  const typing = benchOptions.couchBase ? await typingDuringPull(page, benchOptions) : {};
  const syncSample = benchOptions.couchBase ? await page.evaluate(() => globalThis.waypointBench.syncSample()) : [];
  await page.close();
  return { ...app, heap_mb, ...joined, ...baselines, ...typing, syncSample };
}

async function pouchFigures(couch, docs, runId, rounds) {
  if (!couch || docs.length === 0) return {};
  const runs = [];
  for (let round = 0; round < rounds; round++) {
    runs.push(await pouchNativeSync({ serverUrl: couch.url, auth: couch.auth, docs, runId: `${runId}-${round}`, batchSize: SYNC_BATCH }));
    progress(
      `PouchDB native replication ${round + 1}/${rounds} of ${docs.length} notes: push ${runs.at(-1).pushMs.toFixed(0)} / pull ${runs.at(-1).pullMs.toFixed(0)} ms`,
    );
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length / 2) - 1];
  const round2 = (x) => Math.round(x * 100) / 100;
  return { pouchdb_push_ms: round2(median(runs.map((r) => r.pushMs))), pouchdb_pull_ms: round2(median(runs.map((r) => r.pullMs))) };
}

async function measure(opts, workDir) {
  const harness = await openHarness({ sync: opts.sync, workDir });
  try {
    const runId = `${Date.now().toString(36)}`;
    const plan = PLANS[opts.size];
    const benchOptions = { size: opts.size, seed: 20_210_104, ...plan, couchBase: harness.couchBase, runId };
    progress(`running size ${opts.size} in Chromium ${harness.browserVersion()}`);
    const { syncSample, ...page } = await drivePage(harness, benchOptions);
    const pouch = await pouchFigures(harness.couch, syncSample, runId, plan.syncRounds);
    return { ...page, ...pouch, browser_version: harness.browserVersion() };
  } finally {
    await harness.close();
  }
}

async function main() {
  const opts = options();
  const started = Date.now();
  const loadAtStart = os.loadavg()[0];
  const workDir = mkdtempSync(join(tmpdir(), 'waypoint-bench-'));
  try {
    const raw = await measure(opts, workDir);
    // The machine's 1-minute load average at start and end: on 2 shared cores, a load far above 2 slows the CPU-bound
    // sealed paths more than their I/O-bound baselines, so ratios from a loaded run read worse than they are.
    const load = [loadAtStart, os.loadavg()[0]].map((x) => Math.round(x * 10) / 10);
    const result = deriveFigures({ ...raw, load_avg_1m: load }, { syncRequested: opts.sync, wallSeconds: Math.round((Date.now() - started) / 1000) });
    process.stdout.write(`${JSON.stringify(result)}\n`);
    if (opts.write) {
      const command = `npm run bench -- --size ${opts.size}`;
      const file = join(REPO, 'docs', 'benchmarks.md');
      const previous = existsSync(file) ? previousResults(readFileSync(file, 'utf8')) : {};
      writeFileSync(file, renderReport(result, { command, notes: REPORT_NOTES, analysis: REPORT_ANALYSIS, previous }));
      progress('wrote docs/benchmarks.md');
    }
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  progress(`bench failed: ${error?.stack ?? error}`);
  process.exit(1);
});
