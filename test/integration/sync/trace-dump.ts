import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Laptop } from './laptops';

/**
 * Keeps both laptops' request and checkpoint traces (renderer/sync/sync-trace.ts) when a convergence check fails:
 * written to test-results/ (git-ignored) and the path printed, so a failing seed can be read after the run.
 */
export function keepTraces(name: string, laptops: Readonly<Record<string, Laptop>>, extra: Readonly<Record<string, unknown>> = {}): string {
  const dir = join(process.cwd(), 'test-results', 'sync-traces');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name.replace(/[^a-z0-9-]+/gi, '-')}-${Date.now().toString(36)}.json`);
  const traces = Object.fromEntries(Object.entries(laptops).map(([side, laptop]) => [side, laptop.trace()]));
  writeFileSync(path, JSON.stringify({ ...extra, traces }, null, 1));
  console.log(`sync trace kept: ${path}`);
  return path;
}
