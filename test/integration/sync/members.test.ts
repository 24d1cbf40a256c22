import { describe, expect, it } from 'vitest';
import { insertClient, findClinicRecords } from '../../../renderer/db';
import { SYNC_PLANS } from '../../../renderer/db/sync-plan';
import { provisionClinic } from '../../../renderer/sync/clinic-server';
import { createMasterKey } from '../../../shared/crypto/keys';
import { clientInput } from '../../utils/client-input';
import { crypto } from '../db-helpers';
import { openLaptop } from './laptops';
import { ADMIN, rawAdmin, waitFor, testServerPerFile } from './server-fixture';

const server = testServerPerFile();

const client = clientInput({ firstName: 'Member', lastName: 'Synced', dateOfBirth: '1990-02-02', program: 'Adult IOP', primaryClinicianId: 's1' });
const ctx = { authorId: 's1', now: new Date('2026-11-27T09:00:00.000Z') };

async function putUser(name: string, roles: string[]): Promise<void> {
  const path = `${server.url}/_users/org.couchdb.user:${name}`;
  const existing = await rawAdmin(path);
  const rev = existing.status === 200 ? { _rev: (existing.json as { _rev: string })._rev } : {};
  const put = await rawAdmin(path, 'PUT', { _id: `org.couchdb.user:${name}`, name, type: 'user', roles, password: 'tess phrase', ...rev });
  expect(put.status).toBeLessThan(300);
}

describe('clinic members', () => {
  it('a member of the clinic role syncs; once removed from the role, sync stops with a clear message', async () => {
    await provisionClinic({ url: server.url, admin: ADMIN, clinicId: 'members', collections: SYNC_PLANS });
    await putUser('tess', ['wp_members']);
    const laptop = await openLaptop('laptop-tess', createMasterKey(crypto), server.url, 'members', { username: 'tess', password: 'tess phrase' });
    const sync = laptop.startSync();
    const first = await insertClient(laptop.db, client, ctx);
    await sync.awaitInSync();
    expect((await rawAdmin(`${server.url}/wp_members_clients/${first.id}`)).status).toBe(200);

    await putUser('tess', []);
    await insertClient(laptop.db, { ...client, firstName: 'After' }, ctx);
    sync.reSync();
    await waitFor('a sync error on the revoked laptop', () => sync.status().state === 'error');
    expect(sync.status().error).toContain('Ask the clinic admin');
    // The refusal is about the user, not the document: nothing is quarantined, the change waits on the laptop.
    expect(await findClinicRecords(laptop.db, 'quarantine')).toHaveLength(0);
    expect(sync.status().pending).toBeGreaterThanOrEqual(1);
  });
});
