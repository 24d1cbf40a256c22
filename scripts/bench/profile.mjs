#!/usr/bin/env node
// `node scripts/bench/profile.mjs [--size small] [--target sealed-insert,plain-insert,e2ee-sync,e2ee-sync-pull200,plain-sync,chart]`:
// seeds the bench page like `npm run bench`, then records a Chromium CPU profile (CDP Profiler) around each target
// and prints where the time went: self time per function and per source file. The raw .cpuprofile files are kept
// in --out (default: a temp folder) for DevTools.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openBenchPage, openHarness, PLANS, progress } from './harness.mjs';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: 'small' },
    target: { type: 'string', default: 'sealed-insert,plain-insert' },
    out: { type: 'string' },
    top: { type: 'string', default: '25' },
  },
});

const shortUrl = (url) => (url ? url.replace(/^.*\/assets\//, '').replace(/^https?:\/\/[^/]+\//, '') : '(native)');

// Self time per node = its samples × the mean sampling interval.
function summarise(profile, top) {
  const dt = (profile.endTime - profile.startTime) / 1000 / Math.max(1, profile.samples.length);
  const counts = new Map();
  for (const id of profile.samples) counts.set(id, (counts.get(id) ?? 0) + 1);
  const byFn = new Map();
  const byFile = new Map();
  for (const node of profile.nodes) {
    const n = counts.get(node.id) ?? 0;
    if (n === 0) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const fn = `${functionName || '(anonymous)'} ${shortUrl(url)}:${lineNumber + 1}`;
    byFn.set(fn, (byFn.get(fn) ?? 0) + n * dt);
    const file = shortUrl(url);
    byFile.set(file, (byFile.get(file) ?? 0) + n * dt);
  }
  const total = profile.samples.length * dt;
  const fmt = (map) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, ms]) => `  ${ms.toFixed(0).padStart(6)} ms ${((ms / total) * 100).toFixed(1).padStart(5)} %  ${k}`);
  return [`total ${total.toFixed(0)} ms sampled`, 'self time by function:', ...fmt(byFn), 'self time by file:', ...fmt(byFile)].join('\n');
}

async function main() {
  const plan = PLANS[values.size];
  if (!plan) throw new Error(`--size must be one of ${Object.keys(PLANS).join(', ')}`);
  const targets = values.target.split(',');
  const workDir = mkdtempSync(join(tmpdir(), 'waypoint-profile-'));
  const out = values.out ?? join(workDir, 'profiles');
  mkdirSync(out, { recursive: true });
  const harness = await openHarness({ sync: targets.some((t) => t.includes('sync')), workDir });
  try {
    const options = { size: values.size, seed: 20_210_104, ...plan, couchBase: harness.couchBase, runId: Date.now().toString(36) };
    const page = await openBenchPage(harness, plan.timeoutMs);
    await page.evaluate((o) => globalThis.waypointBench.runApp(o), options);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    for (const [i, target] of targets.entries()) {
      await cdp.send('Profiler.start');
      const ms = await page.evaluate(([t, o]) => globalThis.waypointBench.once(t, o), [target, options]);
      const { profile } = await cdp.send('Profiler.stop');
      const file = join(out, `${String(i + 1).padStart(2, '0')}-${target}.cpuprofile`);
      writeFileSync(file, JSON.stringify(profile));
      process.stdout.write(`\n=== ${target}: ${ms.toFixed(0)} ms (profile: ${file})\n${summarise(profile, Number(values.top))}\n`);
    }
  } finally {
    await harness.close();
    if (!values.out) rmSync(workDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  progress(`profile failed: ${error?.stack ?? error}`);
  process.exit(1);
});
