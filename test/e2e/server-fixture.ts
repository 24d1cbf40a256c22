import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';
import { SERVER_ADMIN, startTestClinicServer } from '../utils/clinic-server';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './fixtures';

/**
 * The clinic server of the sync e2e (test/utils/clinic-server.ts, letting the preview origin through CORS) with a
 * raw dump of what it stores; and extra laptops (persistent Chromium profiles).
 */

export { SERVER_ADMIN };

export interface ClinicServer {
  readonly url: string;
  /** Stops the server (data kept) until restart(). */
  halt(): Promise<void>;
  restart(): Promise<void>;
  stop(): Promise<void>;
  /** Every document of every database, raw over HTTP as the server admin (no Waypoint code). */
  rawDump(): Promise<string>;
}

export async function startClinicServer(corsOrigin: string): Promise<ClinicServer> {
  const server = await startTestClinicServer({ corsOrigins: [corsOrigin], dirPrefix: 'wp-e2e-server-' });
  const auth = { authorization: `Basic ${Buffer.from(`${SERVER_ADMIN.username}:${SERVER_ADMIN.password}`).toString('base64')}` };
  const getText = async (path: string) => (await fetch(`${server.url}${path}`, { headers: auth })).text();
  return {
    ...server,
    async rawDump() {
      const dbs = JSON.parse(await getText('/_all_dbs')) as string[];
      const parts = await Promise.all(
        dbs.map(async (db) => `${db}\n${await getText(`/${encodeURIComponent(db)}/_all_docs?include_docs=true&conflicts=true`)}`),
      );
      return parts.join('\n');
    },
  };
}

/** A second laptop: its own persistent Chromium profile (own IndexedDB), removed by close(). */
export async function openLaptop(baseURL: string): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'waypoint-e2e-laptop-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    baseURL,
    reducedMotion: 'reduce',
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
