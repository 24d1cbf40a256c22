import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYNC_PLANS } from '../../../renderer/db/sync-plan';
import { provisionClinic } from '../../../renderer/sync/clinic-server';
import { basicHeader, rawRequest } from './raw-http';
import { ADMIN, rawAdmin, startTestServer, type TestServer } from './server-fixture';

// The dev server's guard against anonymous and member requests (scripts/dev-server/guard.mjs): who may create and
// delete databases, requests that used to crash PouchDB Server, the private upstream, server-wide listings.

let server: TestServer;
const member = basicHeader('tess', 'tess phrase');
const admin = basicHeader(ADMIN.username, ADMIN.password);

beforeAll(async () => {
  server = await startTestServer();
  await provisionClinic({ url: server.url, admin: ADMIN, clinicId: 'alpha', collections: SYNC_PLANS });
  const put = await rawAdmin(`${server.url}/_users/org.couchdb.user:tess`, 'PUT', { name: 'tess', type: 'user', roles: ['wp_alpha'], password: 'tess phrase' });
  expect(put.status).toBe(201);
});

afterAll(async () => {
  await server.stop();
});

describe('the dev server guard', () => {
  it('only server admins create and delete databases; members and anonymous callers are refused without a crash', async () => {
    for (const [who, headers, status] of [
      ['member', { authorization: member }, 403],
      ['anonymous', {}, 401],
    ] as const) {
      expect((await rawRequest(server.url, 'PUT', '/newdb', headers)).status, who).toBe(status);
      expect((await rawRequest(server.url, 'DELETE', '/wp_alpha_clients', headers)).status, who).toBe(status);
      expect((await rawRequest(server.url, 'DELETE', '/wp_alpha_clients/', { ...headers, cookie: 'AuthSession=x' })).status, who).toBe(status);
    }
    expect((await rawAdmin(`${server.url}/wp_alpha_clients`)).status).toBe(200);
    expect((await rawAdmin(`${server.url}/newdb`)).status).toBe(404);
    expect((await rawRequest(server.url, 'PUT', '/scratch', { authorization: admin })).status).toBe(201);
    expect((await rawRequest(server.url, 'DELETE', '/scratch', { authorization: admin })).status).toBe(200);
    expect(server.restarts()).toBe(0);
  });

  it('keeps answering a loop of the requests that used to crash it, and never lets one past the guard', async () => {
    const kinds: [string, string, Record<string, string>][] = [
      ['PUT', '/%77p_x', {}],
      ['PUT', '/WP_X', {}],
      ['DELETE', '/Wp_Alpha_Clients', { authorization: member }],
      ['PUT', '/wp_y', { cookie: 'AuthSession=garbage' }],
      ['PUT', '/wp_y', { cookie: 'AuthSession=%' }],
      ['DELETE', '//wp_alpha_clients', { authorization: member }],
      ['DELETE', '/wp_alpha_clients%2F', { cookie: 'AuthSession=' }],
      ['PUT', '/x/../wp_z', { authorization: member }],
      ['GET', '/_users/org.couchdb.user:wp-admin', { authorization: member }],
      ['GET', '/%5Fall_dbs', { cookie: 'a=b; AuthSession=zz' }],
      ['GET', '/wp_alpha_clients/..%2F_all_dbs', {}],
      ['GET', '/%zz', {}],
    ];
    const statuses: number[] = [];
    for (let round = 0; round < 25; round += 1) {
      const answers = await Promise.all(kinds.map(([method, path, headers]) => rawRequest(server.url, method, path, headers)));
      statuses.push(...answers.map((a) => a.status));
    }
    expect(statuses).toHaveLength(300);
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    expect(statuses.filter((s) => s < 400)).toEqual([]);
    expect(server.restarts()).toBe(0);
    expect((await rawRequest(server.url, 'GET', '/wp_alpha_clients', { authorization: member })).status).toBe(200);
    for (const db of ['wp_x', 'wp_y', 'wp_z']) expect((await rawAdmin(`${server.url}/${db}`)).status, db).toBe(404);
  });

  it('refuses server-wide listings to anyone but a server admin', async () => {
    for (const path of ['/_all_dbs', '/_active_tasks', '/_config', '/_replicator/_all_docs', '/_dbs_info']) {
      expect((await rawRequest(server.url, 'GET', path)).status, path).toBe(401);
      expect((await rawRequest(server.url, 'GET', path, { authorization: member })).status, path).toBe(403);
    }
    const listed = await rawRequest(server.url, 'GET', '/_all_dbs', { authorization: admin });
    expect(listed.status).toBe(200);
    expect(JSON.parse(listed.text)).toContain('wp_alpha_clients');
  });

  it('a database whose _security names no member is for server admins only, as CouchDB 3 creates them', async () => {
    expect((await rawRequest(server.url, 'PUT', '/unguarded', { authorization: admin })).status).toBe(201);
    expect((await rawRequest(server.url, 'GET', '/unguarded/_all_docs')).status).toBe(401);
    expect((await rawRequest(server.url, 'GET', '/unguarded', { authorization: member })).status).toBe(403);
    expect((await rawRequest(server.url, 'POST', '/unguarded', { authorization: member, 'content-type': 'application/json' }, '{"x":1}')).status).toBe(403);
    expect((await rawRequest(server.url, 'GET', '/unguarded', { authorization: admin })).status).toBe(200);
    const security = JSON.stringify({ admins: { names: [], roles: [] }, members: { names: [], roles: ['wp_alpha'] } });
    expect((await rawRequest(server.url, 'PUT', '/unguarded/_security', { authorization: member, 'content-type': 'application/json' }, security)).status).toBe(
      403,
    );
    expect((await rawRequest(server.url, 'PUT', '/unguarded/_security', { authorization: admin, 'content-type': 'application/json' }, security)).status).toBe(
      200,
    );
    expect((await rawRequest(server.url, 'GET', '/unguarded', { authorization: member })).status).toBe(200);
    expect((await rawRequest(server.url, 'DELETE', '/unguarded', { authorization: admin })).status).toBe(200);
  });

  it.skipIf(process.platform !== 'linux')('PouchDB Server itself listens on no TCP port; only the guard serves', async () => {
    const pid = server.upstreamPid();
    expect(pid).toBeTypeOf('number');
    const socketInodes = new Set(
      readdirSync(`/proc/${pid}/fd`)
        .map((fd) => {
          try {
            return readlinkSync(`/proc/${pid}/fd/${fd}`);
          } catch {
            return '';
          }
        })
        .map((link) => /^socket:\[(\d+)\]$/.exec(link)?.[1])
        .filter((inode): inode is string => inode !== undefined),
    );
    const tcpListeners = ['/proc/net/tcp', '/proc/net/tcp6'].flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .slice(1)
        .map((line) => line.trim().split(/\s+/))
        .filter((cols) => cols[3] === '0A'),
    );
    expect(tcpListeners.filter((cols) => socketInodes.has(cols[9] ?? '')).map((cols) => cols[1])).toEqual([]);
    expect((await rawRequest(server.url, 'GET', '/')).status).toBe(200);
  });
});
