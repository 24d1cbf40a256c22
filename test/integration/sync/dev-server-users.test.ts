import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYNC_PLANS } from '../../../renderer/db/sync-plan';
import { provisionClinic } from '../../../renderer/sync/clinic-server';
import { ADMIN, rawAdmin, rawAs, startTestServer, type TestServer } from './server-fixture';

// CouchDB 3's `_users` rules on the dev server (scripts/dev-server/users-rules.mjs): own document only, no role changes,
// no self-signup. Plain HTTP, as an attacker holding a member's password would send it.

let server: TestServer;
const tess = { username: 'tess', password: 'tess phrase' };
const ownPath = (): string => `${server.url}/_users/org.couchdb.user:tess`;

interface UserDoc {
  _id: string;
  _rev: string;
  name: string;
  type: string;
  roles: string[];
  [field: string]: unknown;
}

async function putUser(name: string, roles: string[]): Promise<void> {
  const put = await rawAdmin(`${server.url}/_users/org.couchdb.user:${name}`, 'PUT', {
    _id: `org.couchdb.user:${name}`,
    name,
    type: 'user',
    roles,
    password: `${name} phrase`,
  });
  expect(put.status).toBeLessThan(300);
}

async function ownDoc(): Promise<UserDoc> {
  const read = await rawAs(tess, ownPath());
  expect(read.status).toBe(200);
  return read.json as UserDoc;
}

beforeAll(async () => {
  server = await startTestServer();
  await provisionClinic({ url: server.url, admin: ADMIN, clinicId: 'alpha', collections: SYNC_PLANS });
  await provisionClinic({ url: server.url, admin: ADMIN, clinicId: 'beta', collections: SYNC_PLANS });
  await putUser('tess', ['wp_alpha']);
  await putUser('bea', ['wp_beta']);
});

afterAll(async () => {
  await server.stop();
});

describe('the dev server keeps CouchDB 3 rules for _users', () => {
  it('a member reads and updates the non-role fields of their own user document', async () => {
    const doc = await ownDoc();
    const put = await rawAs(tess, ownPath(), 'PUT', { ...doc, wrappedKey: { v: 1, data: 'abc' } });
    expect(put.status).toBe(201);
    expect((await ownDoc()).wrappedKey).toEqual({ v: 1, data: 'abc' });
    expect((await rawAs(tess, `${server.url}/wp_alpha_clients`)).status).toBe(200);
  });

  it('a member who adds another clinic role to their own document is refused and cannot read that clinic', async () => {
    const doc = await ownDoc();
    for (const path of [ownPath(), `${server.url}/_users/org.couchdb.user%3Atess`, `${server.url}//_users//org.couchdb.user:tess/`]) {
      const put = await rawAs(tess, path, 'PUT', { ...doc, roles: ['wp_alpha', 'wp_beta'] });
      expect(put.status, path).toBe(403);
    }
    for (const change of [{ roles: [] }, { roles: ['_admin'] }, { name: 'bea' }, { type: 'admin' }, { _id: 'org.couchdb.user:bea' }]) {
      expect((await rawAs(tess, ownPath(), 'PUT', { ...doc, ...change })).status, JSON.stringify(change)).toBe(403);
    }
    expect((await rawAdmin(ownPath())).json).toMatchObject({ roles: ['wp_alpha'] });
    // PouchDB Server answers 401 where CouchDB answers 403 for a signed-in non-member: either is a refusal.
    expect([401, 403]).toContain((await rawAs(tess, `${server.url}/wp_beta_clients/_all_docs`)).status);
  });

  it("other users' documents are neither readable nor writable by a member", async () => {
    const bea = `${server.url}/_users/org.couchdb.user:bea`;
    expect((await rawAs(tess, bea)).status).toBe(404);
    expect((await rawAs(tess, `${server.url}/_users/org.couchdb.user:wp-admin`)).status).toBe(404);
    const stored = (await rawAdmin(bea)).json as UserDoc;
    expect((await rawAs(tess, bea, 'PUT', { ...stored, roles: ['wp_beta', 'wp_alpha'] })).status).toBe(403);
    expect((await rawAs(tess, `${bea}?rev=${stored._rev}`, 'DELETE')).status).toBe(403);
    for (const path of ['/_users/_all_docs', '/_users/_changes', '/_users/_design/_auth']) {
      expect((await rawAs(tess, `${server.url}${path}`)).status, path).toBe(403);
    }
    const bulk = await rawAs(tess, `${server.url}/_users/_bulk_docs`, 'POST', { docs: [{ ...stored, roles: ['wp_alpha'] }] });
    expect(bulk.status).toBe(403);
    expect((await rawAdmin(bea)).json).toMatchObject({ roles: ['wp_beta'] });
  });

  it('anonymous self-signup is refused', async () => {
    const response = await fetch(`${server.url}/_users/org.couchdb.user:mallory`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ _id: 'org.couchdb.user:mallory', name: 'mallory', type: 'user', roles: [], password: 'mallory phrase' }),
    });
    expect(response.status).toBe(401);
    expect((await rawAdmin(`${server.url}/_users/org.couchdb.user:mallory`)).status).toBe(404);
  });
});
