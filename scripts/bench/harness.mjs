// What every bench driver needs: the built page served on loopback, PouchDB Server behind it, headless Chromium with
// a profile on disk.
import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { freePort, startDevServer } from '../pouchdb-dev-server.mjs';
import { COUCH_PREFIX, servePage } from './serve.mjs';

const repo = resolve(import.meta.dirname, '..', '..');
export const REPO = repo;
const PAGE_DIR = join(repo, 'node_modules', '.cache', 'waypoint-bench', 'page');
// The app's replication batch (renderer/sync/replication.ts); the page's baselines use the same.
export const SYNC_BATCH = 50;

// Per size: how many clients the chart figure opens, documents per collection in the insert ratio, insert rounds,
// notes replicated by each sync figure and its alternating rounds, whether a new laptop's join of the whole clinic
// is timed, and a ceiling on the whole page run.
export const PLANS = {
  tiny: { chartClients: 6, insertSample: 60, insertRounds: 1, syncDocs: 50, syncRounds: 1, join: false, timeoutMs: 45_000 },
  small: { chartClients: 40, insertSample: 1000, insertRounds: 3, syncDocs: 1000, syncRounds: 2, join: true, timeoutMs: 150_000 },
  medium: { chartClients: 50, insertSample: 2500, insertRounds: 3, syncDocs: 2000, syncRounds: 2, join: true, timeoutMs: 900_000 },
  large: { chartClients: 50, insertSample: 5000, insertRounds: 3, syncDocs: 5000, syncRounds: 2, join: true, timeoutMs: 3_600_000 },
};

const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
  '--enable-precise-memory-info',
];

export const progress = (line) => process.stderr.write(`${line}\n`);

async function startCouch(dataDir) {
  const admin = { user: 'bench', password: randomBytes(12).toString('hex') };
  // PouchDB Server's warnings and failures (and the dev server's note when it restarts it), not its request log: a
  // bench that fails on the server's side says so instead of showing only the page's symptoms.
  const log = (text) => {
    for (const line of text.split('\n').filter((l) => l.trim() !== '' && !l.includes('[info]'))) progress(`  server: ${line.trimEnd()}`);
  };
  const server = await startDevServer({ port: await freePort(), dataDir, admin, log });
  const authorization = `Basic ${Buffer.from(`${admin.user}:${admin.password}`).toString('base64')}`;
  return { ...server, authorization, auth: { username: admin.user, password: admin.password } };
}

/**
 * Headless Chromium with a persistent profile in `workDir`, as the app's Electron session is. A new context
 * (browser.newPage()) is off the record, and Chromium keeps its IndexedDB in memory, refused past ~1.6 GB here with
 * QuotaExceededError whatever navigator.storage.estimate() says. At large the join holds the clinic twice (the pushing
 * and the joining laptop, each with RxDB's meta copy), over that cap: every write aborted (Dexie's AbortError,
 * hundreds of them uncaught) and the run died.
 * @param {string} workDir
 */
export async function launchChromium(workDir) {
  const context = await chromium.launchPersistentContext(join(workDir, 'chromium-profile'), {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: LAUNCH_ARGS,
  });
  const version = context.browser()?.version() ?? 'unknown';
  return { context, browserVersion: () => version };
}

/**
 * Builds the page, starts PouchDB Server (unless sync is off) and Chromium.
 * @param {{ sync: boolean, workDir: string }} options
 */
export async function openHarness({ sync, workDir }) {
  progress('building the bench page');
  await build({ configFile: join(import.meta.dirname, 'vite.bench.config.ts'), logLevel: 'warn' });
  const couch = sync ? await startCouch(join(workDir, 'server')) : null;
  const site = await servePage({ root: PAGE_DIR, couch });
  const { context, browserVersion } = await launchChromium(workDir);
  return {
    context,
    browserVersion,
    site,
    couch,
    couchBase: couch ? new URL(COUCH_PREFIX, site.url).href : null,
    async close() {
      await context.close();
      await site.stop();
      await couch?.stop();
    },
  };
}

/** A new tab on the bench page, its console forwarded to stderr, ready when `waypointBench` exists. */
export async function openBenchPage(harness, timeoutMs) {
  const page = await harness.context.newPage();
  page.on('console', (m) => progress(`  page: ${m.text()}`));
  page.on('pageerror', (e) => progress(`  page error: ${e.message}`));
  page.setDefaultTimeout(timeoutMs);
  await page.goto(harness.site.url);
  await page.waitForFunction(() => globalThis.waypointBench !== undefined);
  return page;
}
