#!/usr/bin/env node
// `npm run bench [-- --size tiny|small|medium|large] [--no-write] [--no-sync]`: builds the bench page, serves it on
// loopback, drives it (scripts/bench/page, seeded by scripts/seed) in headless Chromium and prints ONE JSON object on stdout (progress goes to stderr).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { freePort, startDevServer } from '../pouchdb-dev-server.mjs';
import { pouchNativeSync } from './pouch-baseline.mjs';
import { renderReport } from './report.mjs';
import { COUCH_PREFIX, servePage } from './serve.mjs';
import { deriveFigures, REPORT_NOTES } from './figures.mjs';

const repo = resolve(import.meta.dirname, '..', '..');
const PAGE_DIR = join(repo, 'node_modules', '.cache', 'waypoint-bench', 'page');
// The app's replication batch (renderer/sync/replication.ts); the page's baselines use the same.
const SYNC_BATCH = 50;

// Per size: how many clients the chart figure opens, documents per collection in the insert ratio, insert rounds,
// notes replicated by each sync figure and its alternating rounds, and a ceiling on the whole page run.
const PLANS = {
  tiny: { chartClients: 6, insertSample: 60, insertRounds: 1, syncDocs: 50, syncRounds: 1, timeoutMs: 45_000 },
  small: { chartClients: 40, insertSample: 1000, insertRounds: 3, syncDocs: 1000, syncRounds: 2, timeoutMs: 150_000 },
  medium: { chartClients: 50, insertSample: 2500, insertRounds: 3, syncDocs: 2000, syncRounds: 2, timeoutMs: 900_000 },
  large: { chartClients: 50, insertSample: 5000, insertRounds: 3, syncDocs: 5000, syncRounds: 2, timeoutMs: 3_600_000 },
};

const LAUNCH_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-dev-shm-usage', '--enable-precise-memory-info'];

const progress = (line) => process.stderr.write(`${line}\n`);

function options() {
  const { values } = parseArgs({ options: { size: { type: 'string', default: 'medium' }, 'no-write': { type: 'boolean', default: false }, 'no-sync': { type: 'boolean', default: false } } });
  if (!Object.hasOwn(PLANS, values.size)) throw new Error(`--size must be one of ${Object.keys(PLANS).join(', ')}`);
  return { size: values.size, write: !values['no-write'], sync: !values['no-sync'] };
}

async function startCouch(dataDir) {
  const admin = { user: 'bench', password: randomBytes(12).toString('hex') };
  const server = await startDevServer({ port: await freePort(), dataDir, admin });
  const authorization = `Basic ${Buffer.from(`${admin.user}:${admin.password}`).toString('base64')}`;
  return { ...server, authorization, auth: { username: admin.user, password: admin.password } };
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

async function drivePage(browser, pageUrl, benchOptions) {
  const page = await browser.newPage();
  page.on('console', (m) => progress(`  page: ${m.text()}`));
  page.on('pageerror', (e) => progress(`  page error: ${e.message}`));
  page.setDefaultTimeout(benchOptions.timeoutMs);
  await page.goto(pageUrl);
  await page.waitForFunction(() => globalThis.waypointBench !== undefined);
  const app = await page.evaluate((o) => globalThis.waypointBench.runApp(o), benchOptions);
  const heap_mb = await heapMb(page);
  const baselines = await page.evaluate((o) => globalThis.waypointBench.runBaselines(o), benchOptions);
  const syncSample = benchOptions.couchBase ? await page.evaluate(() => globalThis.waypointBench.syncSample()) : [];
  await page.close();
  return { ...app, heap_mb, ...baselines, syncSample };
}

async function pouchFigures(couch, docs, runId, rounds) {
  if (!couch || docs.length === 0) return {};
  const runs = [];
  for (let round = 0; round < rounds; round++) {
    runs.push(await pouchNativeSync({ serverUrl: couch.url, auth: couch.auth, docs, runId: `${runId}-${round}`, batchSize: SYNC_BATCH }));
    progress(`PouchDB native replication ${round + 1}/${rounds} of ${docs.length} notes: push ${runs.at(-1).pushMs.toFixed(0)} / pull ${runs.at(-1).pullMs.toFixed(0)} ms`);
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length / 2) - 1];
  const round2 = (x) => Math.round(x * 100) / 100;
  return { pouchdb_push_ms: round2(median(runs.map((r) => r.pushMs))), pouchdb_pull_ms: round2(median(runs.map((r) => r.pullMs))) };
}

async function measure(opts, workDir) {
  progress('building the bench page');
  await build({ configFile: join(import.meta.dirname, 'vite.bench.config.ts'), logLevel: 'warn' });
  const couch = opts.sync ? await startCouch(join(workDir, 'server')) : null;
  const site = await servePage({ root: PAGE_DIR, couch });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: LAUNCH_ARGS });
  try {
    const runId = `${Date.now().toString(36)}`;
    const plan = PLANS[opts.size];
    const benchOptions = { size: opts.size, seed: 20_210_104, ...plan, couchBase: couch ? new URL(COUCH_PREFIX, site.url).href : null, runId };
    progress(`running size ${opts.size} in Chromium ${browser.version()}`);
    const { syncSample, ...page } = await drivePage(browser, site.url, benchOptions);
    const pouch = await pouchFigures(couch, syncSample, runId, plan.syncRounds);
    return { ...page, ...pouch, browser_version: browser.version() };
  } finally {
    await browser.close();
    await site.stop();
    await couch?.stop();
  }
}

async function main() {
  const opts = options();
  const started = Date.now();
  const workDir = mkdtempSync(join(tmpdir(), 'waypoint-bench-'));
  try {
    const raw = await measure(opts, workDir);
    const result = deriveFigures(raw, { syncRequested: opts.sync, wallSeconds: Math.round((Date.now() - started) / 1000) });
    process.stdout.write(`${JSON.stringify(result)}\n`);
    if (opts.write) {
      const command = `npm run bench -- --size ${opts.size}`;
      writeFileSync(join(repo, 'docs', 'benchmarks.md'), renderReport(result, { command, notes: REPORT_NOTES }));
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
