import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './fixtures';

/**
 * A real PouchDB Server (scripts/pouchdb-dev-server.mjs) for the sync e2e, on a free loopback port and a throwaway
 * data folder, letting the preview origin through CORS; and extra laptops (persistent Chromium profiles).
 */

export const SERVER_ADMIN = { username: 'wp-admin', password: 'correct horse battery' } as const;

interface DevServer {
  readonly url: string;
  stop(): Promise<void>;
}

interface DevServerModule {
  startDevServer(options: { port: number; dataDir: string; admin: { user: string; password: string }; corsOrigins: string[] }): Promise<DevServer>;
  freePort(): Promise<number>;
}

function isModule(value: unknown): value is DevServerModule {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Record<string, unknown>;
  return typeof m.startDevServer === 'function' && typeof m.freePort === 'function';
}

async function load(): Promise<DevServerModule> {
  const loaded: unknown = await import(new URL('../../scripts/pouchdb-dev-server.mjs', import.meta.url).href);
  if (!isModule(loaded)) throw new Error('scripts/pouchdb-dev-server.mjs no longer exports startDevServer and freePort');
  return loaded;
}

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
  const dev = await load();
  const dataDir = mkdtempSync(join(tmpdir(), 'wp-e2e-server-'));
  const port = await dev.freePort();
  const start = () => dev.startDevServer({ port, dataDir, admin: { user: SERVER_ADMIN.username, password: SERVER_ADMIN.password }, corsOrigins: [corsOrigin] });
  let server: DevServer | null = await start();
  const url = server.url;
  const auth = { authorization: `Basic ${Buffer.from(`${SERVER_ADMIN.username}:${SERVER_ADMIN.password}`).toString('base64')}` };
  const getText = async (path: string) => (await fetch(`${url}${path}`, { headers: auth })).text();
  return {
    url,
    async halt() {
      await server?.stop();
      server = null;
    },
    async restart() {
      server ??= await start();
    },
    async stop() {
      await server?.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
    async rawDump() {
      const dbs = JSON.parse(await getText('/_all_dbs')) as string[];
      const parts = await Promise.all(dbs.map(async (db) => `${db}\n${await getText(`/${encodeURIComponent(db)}/_all_docs?include_docs=true&conflicts=true`)}`));
      return parts.join('\n');
    },
  };
}

/** A second laptop: its own persistent Chromium profile (own IndexedDB), removed by close(). */
export async function openLaptop(baseURL: string): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'waypoint-e2e-laptop-'));
  const context = await chromium.launchPersistentContext(dir, { executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS, baseURL, reducedMotion: 'reduce' });
  return {
    context,
    async close() {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
