import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startDevServer, type DevServer, type ThrottleOptions } from './dev-server';

/** The server admin of every test clinic server. */
export const SERVER_ADMIN = { username: 'wp-admin', password: 'correct horse battery' } as const;

export interface TestClinicServer {
  readonly url: string;
  /** Takes the server down (data kept) until restart(). */
  halt(): Promise<void>;
  /** Starts it again on the same port and data folder. */
  restart(): Promise<void>;
  /** Stops it and removes its data folder. */
  stop(): Promise<void>;
  /** How often PouchDB Server died and was restarted since the last (re)start. */
  restarts(): number;
  /** PouchDB Server's process id while running. */
  upstreamPid(): number | undefined;
}

/**
 * A real PouchDB Server (scripts/pouchdb-dev-server.mjs) with a server admin, on a free loopback port and a
 * throwaway data folder: the clinic server of the integration and e2e sync tests. `corsOrigins` lets a browser page
 * (the e2e preview origin) through.
 */
export async function startTestClinicServer(
  options: { readonly corsOrigins?: string[]; readonly dirPrefix?: string; readonly throttle?: ThrottleOptions } = {},
): Promise<TestClinicServer> {
  const dataDir = mkdtempSync(join(tmpdir(), options.dirPrefix ?? 'wp-sync-'));
  const port = await freePort();
  const admin = { user: SERVER_ADMIN.username, password: SERVER_ADMIN.password };
  const start = (): Promise<DevServer> =>
    startDevServer({
      port,
      dataDir,
      admin,
      ...(options.corsOrigins ? { corsOrigins: options.corsOrigins } : {}),
      ...(options.throttle ? { throttle: options.throttle } : {}),
    });
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
    restarts: () => server?.restarts() ?? 0,
    upstreamPid: () => server?.upstreamPid(),
  };
}
