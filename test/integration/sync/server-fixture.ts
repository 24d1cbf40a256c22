import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startDevServer, type DevServer } from './dev-server';

export const ADMIN = { username: 'wp-admin', password: 'correct horse battery' } as const;

export interface TestServer {
  readonly url: string;
  /** Takes the server down (data kept) until restart(). */
  halt(): Promise<void>;
  /** Starts it again on the same port and data folder. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/** A real PouchDB Server with a server admin, on a free loopback port and a throwaway data folder. */
export async function startTestServer(): Promise<TestServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'wp-sync-'));
  const port = await freePort();
  const start = (): Promise<DevServer> => startDevServer({ port, dataDir, admin: { user: ADMIN.username, password: ADMIN.password } });
  let server: DevServer | null = await start();
  const url = server.url;
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
  };
}

/** Plain HTTP as one server account, no Waypoint code. */
export async function rawAs(account: { username: string; password: string }, url: string, method = 'GET', body?: unknown): Promise<{ status: number; json: unknown; text: string }> {
  const response = await fetch(url, {
    method,
    headers: { authorization: `Basic ${Buffer.from(`${account.username}:${account.password}`).toString('base64')}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, json: text ? (JSON.parse(text) as unknown) : null, text };
}

/** Plain HTTP as the server admin, no Waypoint code: what anyone with the server's keys could read. */
export const rawAdmin = (url: string, method = 'GET', body?: unknown): ReturnType<typeof rawAs> => rawAs(ADMIN, url, method, body);

/** Resolves when `check` returns true; fails after `timeoutMs` naming what it waited for. */
export async function waitFor(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
}
