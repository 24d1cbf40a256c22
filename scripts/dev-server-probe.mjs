#!/usr/bin/env node
// Availability probe for the dev server's guard (issue 18 item 3): sends the request kinds that used to crash PouchDB
// Server (percent-encoded and upper-case database names, any cookie, member PUT/DELETE of a database) at a steady
// rate and prints requests answered / sent and how often PouchDB Server restarted. Not a test; figures only.
//   node scripts/dev-server-probe.mjs [--seconds 60] [--rate 2]
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { freePort, startDevServer } from './pouchdb-dev-server.mjs';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '60' }, rate: { type: 'string', default: '2' } } });
const seconds = Number(values.seconds);
const rate = Number(values.rate);
const basic = (user, password) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
const member = basic('probe-member', 'probe member phrase');

const KINDS = [
  ['PUT', '/%77p_x', {}],
  ['PUT', '/WP_X', {}],
  ['PUT', '/wp_y', { cookie: 'AuthSession=garbage' }],
  ['DELETE', '/wp_probe', { authorization: member }],
  ['PUT', '/wp_z', { authorization: member }],
  ['GET', '/_users/org.couchdb.user:admin', { authorization: member }],
  ['GET', '/%5Fall_dbs', { cookie: 'x=y' }],
];

function send(url, [method, path, headers]) {
  const { hostname, port } = new URL(url);
  return new Promise((done) => {
    const req = http.request({ host: hostname, port, method, path, headers, agent: false, timeout: 5_000 }, (answer) => {
      answer.resume();
      answer.on('end', () => done(answer.statusCode ?? 0));
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => done(0));
    req.end();
  });
}

const dataDir = mkdtempSync(join(tmpdir(), 'wp-probe-'));
const admin = { user: 'admin', password: 'probe-admin' };
// Restarts counted from the launcher's log line, so the probe also measures older launchers.
let restarts = 0;
const log = (line) => {
  if (/PouchDB Server exited/.test(line)) restarts += 1;
};
const server = await startDevServer({ port: await freePort(), dataDir, admin, log });
const asAdmin = { authorization: basic(admin.user, admin.password), 'content-type': 'application/json' };
await fetch(`${server.url}/wp_probe`, { method: 'PUT', headers: asAdmin });
await fetch(`${server.url}/_users/org.couchdb.user:probe-member`, {
  method: 'PUT',
  headers: asAdmin,
  body: JSON.stringify({ name: 'probe-member', type: 'user', roles: [], password: 'probe member phrase' }),
});

const statuses = [];
const pending = [];
const started = Date.now();
for (let i = 0; Date.now() - started < seconds * 1000; i += 1) {
  pending.push(send(server.url, KINDS[i % KINDS.length]).then((s) => statuses.push(s)));
  pending.push(send(server.url, ['GET', '/wp_probe', { authorization: asAdmin.authorization }]).then((s) => statuses.push(s === 200 ? 200 : -s)));
  await new Promise((r) => setTimeout(r, 1000 / rate));
}
await Promise.all(pending);
const answered = statuses.filter((s) => s > 0 && s < 500).length;
console.log(`sent ${statuses.length}, answered ${answered} (${((100 * answered) / statuses.length).toFixed(1)} %), PouchDB Server restarts ${restarts}`);
console.log(`statuses: ${JSON.stringify(Object.fromEntries([...new Set(statuses)].map((s) => [s, statuses.filter((x) => x === s).length])))}`);
await server.stop();
rmSync(dataDir, { recursive: true, force: true });
process.exit(0);
