import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYNC_PLANS } from '../../../renderer/db/sync-plan';
import { provisionClinic } from '../../../renderer/sync/clinic-server';
import { ADMIN, rawAs, startTestServer, type TestServer } from './server-fixture';

// "Update the server's protection" runs provisioning again with this build's sync plans. A laptop still on a build
// from before the audit chain (audit schema v0) sends its audit events without deviceId and seq: the updated guard
// must still take them, or that laptop's audit trail never reaches the server.

let server: TestServer;
const MEMBER = { username: 'tess', password: 'tess phrase' };

beforeAll(async () => {
  server = await startTestServer();
  await provisionClinic({ url: server.url, admin: ADMIN, clinicId: 'oldaudit', collections: SYNC_PLANS });
  const user = { name: MEMBER.username, type: 'user', roles: ['wp_oldaudit'], password: MEMBER.password };
  expect((await rawAs(ADMIN, `${server.url}/_users/org.couchdb.user:${MEMBER.username}`, 'PUT', user)).status).toBe(201);
});

afterAll(async () => {
  await server.stop();
});

const envelope = `w1.${'A'.repeat(16)}.${'B'.repeat(22)}==`;
const beforeChain = { action: 'view', entity: 'client', entityId: 'c1', actorId: 's1', at: '2026-12-04T10:00:00.000Z', e2ee: envelope };
const put = (id: string, body: Record<string, unknown>) => rawAs(MEMBER, `${server.url}/wp_oldaudit_audit/${id}`, 'PUT', body);

describe('the audit guard after Update the server’s protection', () => {
  it('takes an audit event from a laptop not yet updated (no deviceId, no seq)', async () => {
    const r = await put('old-laptop-1', beforeChain);
    expect(r.status, r.text).toBe(201);
  });

  it('takes this build’s chained events and, under guard v2, events without metadata in clear; still refuses plaintext', async () => {
    expect((await put('new-laptop-1', { ...beforeChain, deviceId: 'laptop-a', seq: 1 })).status).toBe(201);
    // Guard v2 (issue 18 item 7) requires no audit field in clear: an updated laptop sends the envelope alone.
    expect((await put('no-metadata', { e2ee: envelope })).status).toBe(201);
    expect((await put('plain', { ...beforeChain, detail: 'Opened the chart' })).text).toContain('carries the field detail in clear');
  });
});
