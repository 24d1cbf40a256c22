// Types of pouchdb-dev-server.mjs (plain JavaScript run by Node), so TypeScript tests and fixtures can import it.

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

/** A free loopback port. */
export declare function freePort(): Promise<number>;

/** Starts the guarded dev server (PouchDB Server behind CouchDB's rules for `_users`, CORS and a sign-in throttle). */
export declare function startDevServer(options: {
  readonly port?: number;
  readonly dataDir: string;
  readonly admin: { readonly user: string; readonly password: string };
  readonly corsOrigins?: string[];
  readonly throttle?: ThrottleOptions;
  readonly log?: (line: string) => void;
}): Promise<DevServer>;
