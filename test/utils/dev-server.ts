/**
 * Typed access to scripts/pouchdb-dev-server.mjs. The launcher is plain JavaScript and a declaration file beside it
 * would sit outside every tsconfig project (and so outside lint), so it is loaded by URL and its exports checked here.
 */
export interface DevServer {
  readonly url: string;
  stop(): Promise<void>;
  /** How often the guard had to restart PouchDB Server (it died). */
  restarts(): number;
  /** PouchDB Server's process id. */
  upstreamPid(): number | undefined;
}

/** The sign-in throttle's settings (scripts/dev-server/session-throttle.mjs). */
export interface ThrottleOptions {
  readonly maxFailures?: number;
  readonly windowMs?: number;
}

interface DevServerModule {
  startDevServer(options: {
    port: number;
    dataDir: string;
    admin: { user: string; password: string };
    corsOrigins?: string[];
    throttle?: ThrottleOptions;
  }): Promise<DevServer>;
  freePort(): Promise<number>;
}

function isModule(value: unknown): value is DevServerModule {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Record<string, unknown>;
  return typeof m.startDevServer === 'function' && typeof m.freePort === 'function';
}

const moduleUrl = new URL('../../scripts/pouchdb-dev-server.mjs', import.meta.url).href;

async function load(): Promise<DevServerModule> {
  const loaded: unknown = await import(/* @vite-ignore */ moduleUrl);
  if (!isModule(loaded)) throw new Error('scripts/pouchdb-dev-server.mjs no longer exports startDevServer and freePort');
  return loaded;
}

export async function startDevServer(options: Parameters<DevServerModule['startDevServer']>[0]): Promise<DevServer> {
  return (await load()).startDevServer(options);
}

export async function freePort(): Promise<number> {
  return (await load()).freePort();
}
