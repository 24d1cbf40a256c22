// A development and test stand-in for Apache CouchDB: PouchDB Server behind a small guard.
// PouchDB Server 4.2.0 is unmaintained and exits ("TypeError: db.info is not a function") on an anonymous
// PUT /{db} once an admin exists. The guard answers such requests itself with CouchDB's 401, and restarts the
// server if it dies anyway, so one bad request never takes the clinic server down.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import http from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const require = createRequire(import.meta.url);

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

function isAnonymous(req) {
  return !req.headers.authorization && !/AuthSession=/.test(req.headers.cookie ?? '');
}

// Database-level create/delete by an anonymous caller: CouchDB refuses it with 401 once an admin exists.
function refuseAnonymousDbWrite(req) {
  const path = (req.url ?? '/').split('?')[0];
  const dbLevel = /^\/[a-z][a-z0-9_$()+/-]*\/?$/.test(path) && !path.startsWith('/_');
  return isAnonymous(req) && dbLevel && (req.method === 'PUT' || req.method === 'DELETE');
}

// CORS for the browser host (npm run start:web, the e2e preview): CouchDB's [cors] section does the same in production.
function corsHeaders(req, origins) {
  const origin = req.headers.origin;
  if (!origin || !origins.includes(origin)) return {};
  return {
    'access-control-allow-origin': origin,
    'access-control-allow-credentials': 'true',
    'access-control-allow-methods': 'GET, PUT, POST, DELETE, HEAD, OPTIONS',
    'access-control-allow-headers': 'accept, authorization, content-type, origin, referer',
    'access-control-expose-headers': 'content-type, cache-control, etag',
    'access-control-max-age': '600',
    vary: 'origin',
  };
}

function withoutUpstreamCors(headers) {
  return Object.fromEntries(Object.entries(headers).filter(([k]) => !k.toLowerCase().startsWith('access-control-')));
}

function proxy(req, res, target, cors = {}) {
  const upstream = http.request(
    { host: '127.0.0.1', port: target.port, path: req.url, method: req.method, headers: req.headers },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, { ...withoutUpstreamCors(answer.headers), ...cors });
      answer.pipe(res);
    },
  );
  upstream.on('error', () => {
    if (!res.headersSent) res.writeHead(503, { 'content-type': 'application/json', ...cors });
    res.end(JSON.stringify({ error: 'unavailable', reason: 'The server is restarting; try again shortly.' }));
  });
  req.pipe(upstream);
}

function startChild(target, dataDir, log) {
  const bin = require.resolve('pouchdb-server/bin/pouchdb-server');
  const args = [bin, '--host', '127.0.0.1', '--port', String(target.port), '--dir', dataDir, '--config', join(dataDir, 'config.json'), '--no-stdout-logs'];
  const child = spawn(process.execPath, args, { cwd: dataDir, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.on('data', (d) => log(String(d)));
  child.stderr.on('data', (d) => log(String(d)));
  return child;
}

async function waitUntilUp(port, timeoutMs = 30_000) {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    const ok = await new Promise((done) => {
      http.get({ host: '127.0.0.1', port, path: '/' }, (r) => { r.resume(); done(r.statusCode === 200); }).on('error', () => done(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`PouchDB Server did not start on port ${port}`);
}

function request(port, method, path, body, auth) {
  return new Promise((done, reject) => {
    const headers = { 'content-type': 'application/json' };
    if (auth) headers.authorization = `Basic ${Buffer.from(auth).toString('base64')}`;
    const req = http.request({ host: '127.0.0.1', port, method, path, headers }, (r) => {
      let text = '';
      r.on('data', (d) => (text += d));
      r.on('end', () => done({ status: r.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    req.end(body === undefined ? undefined : JSON.stringify(body));
  });
}

// Ends "admin party": with a server admin, anonymous requests are refused.
async function ensureAdmin(port, user, password) {
  const check = await request(port, 'GET', '/_session', undefined, `${user}:${password}`);
  if (check.status === 200 && JSON.parse(check.text).userCtx?.roles?.includes('_admin')) return;
  const made = await request(port, 'PUT', `/_config/admins/${encodeURIComponent(user)}`, password);
  if (made.status >= 300) throw new Error(`Could not create the server admin: ${made.status} ${made.text}`);
}

/**
 * Starts the guarded dev server. Returns its URL and a stop function.
 * `corsOrigins`: browser origins allowed to call the server (the web build's origin).
 * @param {{ port?: number, dataDir: string, admin: { user: string, password: string }, corsOrigins?: string[], log?: (line: string) => void }} options
 */
export async function startDevServer({ port = 5984, dataDir, admin, corsOrigins = [], log = () => {} }) {
  const dir = resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  const target = { port: await freePort() };
  let stopping = false;
  let child = startChild(target, dir, log);
  const supervise = (proc) => proc.on('exit', (code) => {
    if (stopping) return;
    log(`PouchDB Server exited (${code}); restarting\n`);
    child = startChild(target, dir, log);
    supervise(child);
  });
  supervise(child);
  await waitUntilUp(target.port);
  await ensureAdmin(target.port, admin.user, admin.password);
  const guard = http.createServer((req, res) => {
    const cors = corsHeaders(req, corsOrigins);
    if (req.method === 'OPTIONS' && req.headers['access-control-request-method']) {
      res.writeHead(cors['access-control-allow-origin'] ? 204 : 403, cors);
      res.end();
      return;
    }
    if (refuseAnonymousDbWrite(req)) {
      res.writeHead(401, { 'content-type': 'application/json', ...cors });
      res.end(JSON.stringify({ error: 'unauthorized', reason: 'You are not a server admin.' }));
      return;
    }
    proxy(req, res, target, cors);
  });
  await new Promise((done) => guard.listen(port, '127.0.0.1', done));
  const address = guard.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`;
  const stop = async () => {
    stopping = true;
    child.kill();
    guard.closeAllConnections?.();
    await new Promise((done) => guard.close(() => done()));
  };
  return { url, stop };
}
