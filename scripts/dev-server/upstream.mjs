// The unguarded PouchDB Server: a child process listening on a Unix socket in a private (0700) folder, restarted if
// it dies. No TCP port: only the guard (same process owner) can reach it.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const preload = new URL('./upstream-socket.mjs', import.meta.url).href;

/** One HTTP request to the upstream; resolves with status, headers and text. */
export function upstreamRequest(socketPath, { method = 'GET', path, headers = {}, body }) {
  return new Promise((done, reject) => {
    const req = http.request({ socketPath, method, path, headers }, (answer) => {
      let text = '';
      answer.setEncoding('utf8');
      answer.on('data', (d) => (text += d));
      answer.on('end', () => done({ status: answer.statusCode ?? 0, headers: answer.headers, text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function waitUntilUp(socketPath, timeoutMs = 30_000) {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    const answer = await upstreamRequest(socketPath, { path: '/' }).catch(() => null);
    if (answer?.status === 200) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`PouchDB Server did not start on ${socketPath}`);
}

const basic = (user, password) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

// Ends "admin party": with a server admin, anonymous requests are refused.
async function ensureAdmin(socketPath, { user, password }) {
  const check = await upstreamRequest(socketPath, { path: '/_session', headers: { authorization: basic(user, password) } });
  if (check.status === 200 && JSON.parse(check.text).userCtx?.roles?.includes('_admin')) return;
  const made = await upstreamRequest(socketPath, {
    method: 'PUT',
    path: `/_config/admins/${encodeURIComponent(user)}`,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(password),
  });
  if (made.status >= 300) throw new Error(`Could not create the server admin: ${made.status} ${made.text}`);
}

function startChild(socketPath, dataDir, log) {
  const bin = require.resolve('pouchdb-server/bin/pouchdb-server');
  const args = ['--import', preload, bin, '--host', '127.0.0.1', '--dir', dataDir, '--config', join(dataDir, 'config.json'), '--no-stdout-logs'];
  const child = spawn(process.execPath, args, {
    cwd: dataDir,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, WAYPOINT_UPSTREAM_SOCKET: socketPath },
  });
  child.stdout.on('data', (d) => log(String(d)));
  child.stderr.on('data', (d) => log(String(d)));
  return child;
}

/**
 * Starts PouchDB Server on a private socket with `admin` as its server admin.
 * @param {{ dataDir: string, admin: { user: string, password: string }, log: (line: string) => void }} options
 */
export async function startUpstream({ dataDir, admin, log }) {
  const socketDir = mkdtempSync(join(tmpdir(), 'wp-upstream-'));
  const socketPath = join(socketDir, 'couch.sock');
  let stopping = false;
  let restarts = 0;
  let child = startChild(socketPath, dataDir, log);
  const supervise = (proc) =>
    proc.on('exit', (code) => {
      if (stopping) return;
      restarts += 1;
      log(`PouchDB Server exited (${code}); restarting\n`);
      child = startChild(socketPath, dataDir, log);
      supervise(child);
    });
  supervise(child);
  await waitUntilUp(socketPath);
  await ensureAdmin(socketPath, admin);
  return {
    socketPath,
    restarts: () => restarts,
    pid: () => child.pid,
    stop() {
      stopping = true;
      child.kill();
      rmSync(socketDir, { recursive: true, force: true });
    },
  };
}
