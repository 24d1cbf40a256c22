import { afterAll, beforeAll } from 'vitest';
import { SERVER_ADMIN, startTestClinicServer, type TestClinicServer } from '../../utils/clinic-server';
import type { ThrottleOptions } from '../../utils/dev-server';

export const ADMIN = SERVER_ADMIN;

export type TestServer = TestClinicServer;

/** A real PouchDB Server with a server admin, on a free loopback port and a throwaway data folder (test/utils). */
export function startTestServer(options: { readonly throttle?: ThrottleOptions } = {}): Promise<TestServer> {
  return startTestClinicServer(options);
}

/**
 * One test server for the whole test file: started before its first test, stopped (data folder removed) after its
 * last. The handle forwards to the running server, so a file writes `const server = testServerPerFile();` once.
 */
export function testServerPerFile(): TestServer {
  let started: TestServer | undefined;
  const running = (): TestServer => {
    if (!started) throw new Error('the test server starts in beforeAll');
    return started;
  };
  beforeAll(async () => {
    started = await startTestServer();
  });
  afterAll(async () => {
    await started?.stop();
  });
  return {
    get url() {
      return running().url;
    },
    halt: () => running().halt(),
    restart: () => running().restart(),
    stop: () => running().stop(),
    restarts: () => running().restarts(),
    upstreamPid: () => running().upstreamPid(),
  };
}

/** Plain HTTP as one server account, no Waypoint code. */
export async function rawAs(
  account: { username: string; password: string },
  url: string,
  method = 'GET',
  body?: unknown,
): Promise<{ status: number; json: unknown; text: string }> {
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
