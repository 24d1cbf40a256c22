import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startDevServer, type DevServer } from './dev-server';

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
}

/**
 * A real PouchDB Server (scripts/pouchdb-dev-server.mjs) with a server admin, on a free loopback port and a
 * throwaway data folder: the clinic server of the integration and e2e sync tests. `corsOrigins` lets a browser page
 * (the e2e preview origin) through.
 */
export async function startTestClinicServer(options: { readonly corsOrigins?: string[]; readonly dirPrefix?: string } = {}): Promise<TestClinicServer> {
  const dataDir = mkdtempSync(join(tmpdir(), options.dirPrefix ?? 'wp-sync-'));
  const port = await freePort();
  const admin = { user: SERVER_ADMIN.username, password: SERVER_ADMIN.password };
  const start = (): Promise<DevServer> => startDevServer({ port, dataDir, admin, ...(options.corsOrigins ? { corsOrigins: options.corsOrigins } : {}) });
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
