import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../utils/dev-server';
import { SYNC_PLANS } from '../../../renderer/db/sync-plan';
import { provisionClinic } from '../../../renderer/sync/clinic-server';
import { NotCouchDbError, ServerUnreachableError, WrongCredentialsError, WrongUrlError } from '../../../renderer/sync/server-errors';
import { ADMIN, rawAdmin, startTestServer, type TestServer } from './server-fixture';

let server: TestServer;
/** A well-formed envelope (a 12-byte IV, a ciphertext with its 16-byte tag): the guard checks the shape, not the content. */
const WELL_FORMED = `w1.${'A'.repeat(16)}.${'B'.repeat(22)}==`;
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
    // Guard v2 requires only the fields its rules read: a note's kind and status (a signed note cannot change).
    const noRouting = await rawAdmin(`${server.url}/wp_guard_notes/n2`, 'PUT', { kind: 'progress', e2ee: WELL_FORMED });
    expect(noRouting.status).toBe(403);
    expect(noRouting.text).toContain('lacks the routing field status');
  });

  // Issue 18 item 7: before, the guard checked only the "w1." prefix, so a member could store anything after it, and
  // any field in clear (a client's name) or an attachment beside a real envelope.
  it('refuses a malformed envelope, a field in clear beside the envelope and an attachment, also through _bulk_docs', async () => {
    await provisionClinic({ url: server.url, admin: ADMIN, clinicId: 'shape', collections: SYNC_PLANS });
    const db = `${server.url}/wp_shape_clients`;
    const routing = {
      status: 'active',
      primaryClinicianId: 's1',
      authorId: 's1',
      createdAt: '2026-12-01T10:00:00.000Z',
      updatedAt: '2026-12-01T10:00:00.000Z',
    };
    const refused: [string, Record<string, unknown>, string][] = [
      ['prefix only', { ...routing, e2ee: 'w1.anything goes here' }, 'malformed e2ee envelope'],
      ['no tag', { ...routing, e2ee: `w1.${'A'.repeat(16)}.QUJD` }, 'malformed e2ee envelope'],
      ['name in clear', { ...routing, firstName: 'Quinn', e2ee: WELL_FORMED }, 'carries the field firstName in clear'],
      [
        'attachment',
        { ...routing, e2ee: WELL_FORMED, _attachments: { 'notes.txt': { content_type: 'text/plain', data: 'UXVpbm4gd2FzIGhlcmU=' } } },
        'attachments',
      ],
    ];
    for (const [id, body, reason] of refused) {
      const put = await rawAdmin(`${db}/${id.replace(/ /g, '-')}`, 'PUT', body);
      expect({ id, status: put.status, text: put.text }).toMatchObject({ status: 403, text: expect.stringContaining(reason) as unknown });
    }
    // Replication's own path (new_edits: false), as a member's laptop would push.
    const bulk = await rawAdmin(`${db}/_bulk_docs`, 'POST', {
      new_edits: false,
      docs: [{ _id: 'bulk', _rev: '1-abc', ...routing, firstName: 'Quinn', e2ee: WELL_FORMED }],
    });
    expect(bulk.text).toContain('carries the field firstName in clear');
    expect((await rawAdmin(`${db}/bulk`)).status).toBe(404);
    expect((await rawAdmin(`${db}/ok`, 'PUT', { ...routing, e2ee: WELL_FORMED })).status).toBe(201);
  });

  it.each([
    [
      'wrong password',
      () => ({ url: server.url, admin: { username: ADMIN.username, password: 'nope' } }),
      WrongCredentialsError,
      'refused that user name and password',
    ],
    ['an unreachable port', async () => ({ url: `http://127.0.0.1:${await freePort()}`, admin: ADMIN }), ServerUnreachableError, 'Nothing answers'],
    ['a server that is not CouchDB', () => ({ url: notCouchUrl, admin: ADMIN }), NotCouchDbError, 'not a CouchDB server'],
    ['a URL that is not http', () => ({ url: 'ftp://example.org', admin: ADMIN }), WrongUrlError, 'use https://'],
    [
      'plain http to another computer',
      () => ({ url: 'http://couch.example.org:5984', admin: ADMIN }),
      WrongUrlError,
      'plain http:// is allowed only to this computer',
    ],
  ] as const)('explains %s', async (_name, target, errorClass, message) => {
    const t = await target();
    const attempt = provisionClinic({ ...t, clinicId: 'errs', collections: SYNC_PLANS });
    await expect(attempt).rejects.toBeInstanceOf(errorClass);
    await expect(attempt).rejects.toThrow(message);
  });
});
