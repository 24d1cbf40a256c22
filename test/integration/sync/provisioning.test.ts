import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../utils/dev-server';
import { SYNC_PLANS } from '../../../renderer/db/sync-plan';
import { provisionClinic } from '../../../renderer/sync/clinic-server';
import { NotCouchDbError, ServerUnreachableError, WrongCredentialsError, WrongUrlError } from '../../../renderer/sync/server-errors';
import { ADMIN, rawAdmin, startTestServer, type TestServer } from './server-fixture';

let server: TestServer;
let notCouch: Server;
let notCouchUrl: string;

beforeAll(async () => {
  server = await startTestServer();
  notCouch = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ hello: 'I am a web app' }));
  });
  const port = await freePort();
  await new Promise<void>((resolve) => notCouch.listen(port, '127.0.0.1', resolve));
  notCouchUrl = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  await new Promise((resolve) => notCouch.close(resolve));
  await server.stop();
});

describe('provisionClinic', () => {
  it('creates a guarded database per collection and the keyring, and is idempotent', async () => {
    const first = await provisionClinic({ url: server.url, admin: ADMIN, clinicId: 'north', collections: SYNC_PLANS });
    expect(Object.keys(first.databases)).toHaveLength(13);
    expect(first.databases.clients).toBe('wp_north_clients');
    const again = await provisionClinic({ url: server.url, admin: ADMIN, clinicId: 'north', collections: SYNC_PLANS });
    expect(again.databases).toEqual(first.databases);
    const security = await rawAdmin(`${server.url}/wp_north_clients/_security`);
    expect(security.json).toMatchObject({ members: { roles: ['wp_north'] }, admins: { roles: [] } });
    const design = await rawAdmin(`${server.url}/wp_north_notes/_design/waypoint`);
    expect(design.text).toContain('signed note');
    expect((await rawAdmin(`${server.url}/wp_north_keyring`)).status).toBe(200);
  });

  it('refuses plaintext and documents without routing fields on the server itself', async () => {
    await provisionClinic({ url: server.url, admin: ADMIN, clinicId: 'guard', collections: SYNC_PLANS });
    const plain = await rawAdmin(`${server.url}/wp_guard_clients/c1`, 'PUT', { status: 'active', firstName: 'Plain' });
    expect(plain.status).toBe(403);
    expect(plain.text).toContain('not sealed');
    const noRouting = await rawAdmin(`${server.url}/wp_guard_clients/c2`, 'PUT', { e2ee: 'w1.a.b' });
    expect(noRouting.status).toBe(403);
    expect(noRouting.text).toContain('lacks the routing field');
  });

  it.each([
    ['wrong password', () => ({ url: server.url, admin: { username: ADMIN.username, password: 'nope' } }), WrongCredentialsError, 'refused that user name and password'],
    ['an unreachable port', async () => ({ url: `http://127.0.0.1:${await freePort()}`, admin: ADMIN }), ServerUnreachableError, 'Nothing answers'],
    ['a server that is not CouchDB', () => ({ url: notCouchUrl, admin: ADMIN }), NotCouchDbError, 'not a CouchDB server'],
    ['a URL that is not http', () => ({ url: 'ftp://example.org', admin: ADMIN }), WrongUrlError, 'use https://'],
    ['plain http to another computer', () => ({ url: 'http://couch.example.org:5984', admin: ADMIN }), WrongUrlError, 'plain http:// is allowed only to this computer'],
  ] as const)('explains %s', async (_name, target, errorClass, message) => {
    const t = await target();
    const attempt = provisionClinic({ ...t, clinicId: 'errs', collections: SYNC_PLANS });
    await expect(attempt).rejects.toBeInstanceOf(errorClass);
    await expect(attempt).rejects.toThrow(message);
  });
});
