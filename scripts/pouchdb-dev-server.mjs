// A development and test stand-in for Apache CouchDB 3.x: PouchDB Server behind a guard that gives it CouchDB's
// security rules (docs/security.md, "The development server"). PouchDB Server 4.2.0 is unmaintained: it has no
// `_users` validation, lets anyone list databases and sign up, and exits ("TypeError: db.info is not a function")
// on a non-admin's PUT or DELETE of a database. The guard (scripts/dev-server/guard.mjs) decides every request on
// its decoded, normalised path before PouchDB Server sees it; PouchDB Server listens only on a private Unix socket
// (scripts/dev-server/upstream.mjs) and is restarted if it dies anyway.
import { mkdirSync } from 'node:fs';
import http from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { resolve } from 'node:path';
import { createGuard } from './dev-server/guard.mjs';
import { createThrottle } from './dev-server/session-throttle.mjs';
import { startUpstream } from './dev-server/upstream.mjs';

/** Finds a free loopback port. */
export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createNetServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

// CORS for the browser host (npm run start:web, the e2e preview): CouchDB's [cors] section does the same in production.
function corsFor(origins) {
  return (req) => {
    const origin = req.headers.origin;
    if (!origin || !origins.includes(origin)) return {};
    return {
      'access-control-allow-origin': origin,
      'access-control-allow-credentials': 'true',
      'access-control-allow-methods': 'GET, PUT, POST, DELETE, HEAD, OPTIONS',
      'access-control-allow-headers': 'accept, authorization, content-type, origin, referer',
      'access-control-expose-headers': 'content-type, cache-control, etag, retry-after',
      'access-control-max-age': '600',
      vary: 'origin',
    };
  };
}

/**
 * Starts the guarded dev server. Returns its URL, a stop function, how often PouchDB Server was restarted and its
 * process id (for tests).
 * `corsOrigins`: browser origins allowed to call the server (the web build's origin).
 * `throttle`: the sign-in throttle's settings (tests shorten its window).
 * @param {{ port?: number, dataDir: string, admin: { user: string, password: string }, corsOrigins?: string[], throttle?: { maxFailures?: number, windowMs?: number }, log?: (line: string) => void }} options
 */
export async function startDevServer({ port = 5984, dataDir, admin, corsOrigins = [], throttle = {}, log = () => {} }) {
  const dir = resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  const upstream = await startUpstream({ dataDir: dir, admin, log });
  const adminAuth = `Basic ${Buffer.from(`${admin.user}:${admin.password}`).toString('base64')}`;
  const guard = http.createServer(
    createGuard({ socketPath: upstream.socketPath, adminAuth, throttle: createThrottle(throttle), corsFor: corsFor(corsOrigins) }),
  );
  await new Promise((done) => guard.listen(port, '127.0.0.1', done));
  const address = guard.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`;
  const stop = async () => {
    upstream.stop();
    guard.closeAllConnections?.();
    await new Promise((done) => guard.close(() => done()));
  };
  return { url, stop, restarts: upstream.restarts, upstreamPid: upstream.pid };
}
