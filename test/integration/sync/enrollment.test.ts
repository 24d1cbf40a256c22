import { describe, expect, it } from 'vitest';
import { insertClient, getClient } from '../../../renderer/db';
import { joinClinic } from '../../../renderer/sync/clinic-keyring';
import { connectClinicServer, enrollLaptop, serverInfoOf, updateClinicServer } from '../../../renderer/sync/clinic-session';
import { readSyncConfig } from '../../../renderer/sync/sync-config';
import type { VaultStore } from '../../../renderer/vault/vault-store';
import { createMasterKey, wrapWithSecretKey } from '../../../shared/crypto/keys';
import { crypto } from '../db-helpers';
import { openLaptop } from './laptops';
import { ADMIN, rawAdmin, rawAs, waitFor, testServerPerFile } from './server-fixture';

const server = testServerPerFile();

function memoryStore(): VaultStore & { readonly raw: Map<string, unknown> } {
  const raw = new Map<string, unknown>();
  return {
    raw,
    get: (k) => Promise.resolve(raw.get(k)),
    put: (k, v) => Promise.resolve(void raw.set(k, v)),
    delete: (k) => Promise.resolve(void raw.delete(k)),
    close: () => undefined,
  };
}

const now = () => new Date('2026-11-27T09:00:00.000Z');
const tess = { id: 'staff-tess', name: 'Tess Therapist', role: 'therapist' } as const;
const account = { username: 'tess', password: 'tess server phrase' };

/** A fresh clinic key and vault store, connected to the test server as `clinicId` by the admin laptop. */
async function connectedClinic(clinicId: string, localClinicId: string) {
  const master = createMasterKey(crypto);
  const store = memoryStore();
  const recovery = await wrapWithSecretKey(crypto, master, crypto.randomBytes(32));
  const keyring = { localClinicId, clinicName: 'Harbor Light', recovery };
  const config = await connectClinicServer(
    { crypto, store, now },
    { url: server.url, clinicId, admin: ADMIN, user: { id: 'admin-1', name: 'Alex', role: 'admin' }, master, keyring },
  );
  return { master, store, config };
}

describe('connecting a clinic and enrolling a laptop', () => {
  it('the admin laptop syncs as its own account; a new laptop joins with a one-time code and gets the data', async () => {
    const { master, store, config } = await connectedClinic('enroll', 'local-1');

    // The laptop's own account, sealed at rest: the password is not in the stored record.
    expect(config.credentials.username).toMatch(/^enroll-laptop-/);
    expect(JSON.stringify(store.raw.get('clinic-server'))).not.toContain(config.credentials.password);
    expect(await readSyncConfig(store, crypto, master)).toEqual(config);

    const laptopA = await openLaptop('enroll-a', master, server.url, 'enroll', config.credentials);
    laptopA.startSync();
    const created = await insertClient(
      laptopA.db,
      {
        firstName: 'Enrolled',
        lastName: 'Data',
        preferredName: '',
        pronouns: '',
        dateOfBirth: '1990-01-01',
        levelOfCare: 'IOP',
        program: 'Adult',
        primaryClinicianId: 'admin-1',
        admissionDate: '2026-11-01',
        contacts: [],
      },
      { authorId: 'admin-1', now: now() },
    );
    await laptopA.sync?.awaitInSync();

    const code = await enrollLaptop({ crypto, store, now }, { server: serverInfoOf(config), admin: ADMIN, staff: tess, account, master });
    await expect(joinClinic({ url: server.url, credentials: account, code: 'AAAA-AAAA-AAAA-AAAA-AAAA-AAAA', crypto })).rejects.toThrow('does not match');
    await expect(joinClinic({ url: server.url, credentials: { ...account, password: 'wrong' }, code, crypto })).rejects.toThrow(
      'refused that user name and password',
    );
    const joined = await joinClinic({ url: server.url, credentials: account, code, crypto });
    expect(joined).toMatchObject({ serverClinicId: 'enroll', localClinicId: 'local-1', clinicName: 'Harbor Light', staff: tess });
    expect(joined.master).toEqual(master);
    await expect(joinClinic({ url: server.url, credentials: account, code, crypto })).rejects.toThrow('used already');

    const laptopB = await openLaptop('enroll-b', joined.master, server.url, joined.serverClinicId, account);
    laptopB.startSync();
    await waitFor('the client on the enrolled laptop', async () => (await getClient(laptopB.db, created.id)) !== null);
    // The server holds the code only wrapped, and no longer at all once used; names in the keyring are sealed.
    expect((await rawAdmin(`${server.url}/wp_enroll_keyring/enroll:tess`)).status).toBe(404);
    const keyringText = (await rawAdmin(`${server.url}/wp_enroll_keyring/_all_docs?include_docs=true`)).text;
    expect(keyringText).toContain('recovery');
    for (const word of ['Harbor Light', 'local-1', 'Enrolled']) expect(keyringText).not.toContain(word);
  });

  it('a clinic member cannot rewrite the keyring: only their own enrollment code may be used up', async () => {
    const { master, store, config } = await connectedClinic('guarded', 'local-2');
    const marco = { username: 'marco', password: 'marco server phrase' };
    await enrollLaptop({ crypto, store, now }, { server: serverInfoOf(config), admin: ADMIN, staff: tess, account, master });
    await enrollLaptop(
      { crypto, store, now },
      { server: serverInfoOf(config), admin: ADMIN, staff: { ...tess, id: 'staff-marco', name: 'Marco' }, account: marco, master },
    );
    const db = `${server.url}/wp_guarded_keyring`;
    const clinicDoc = (await rawAdmin(`${db}/clinic`)).json as { _rev: string };
    const marcoCode = (await rawAdmin(`${db}/enroll:marco`)).json as { _rev: string };

    // A member replacing the recovery copy, adding a wrapped key or an enrollment, or using up someone else's code: refused.
    expect((await rawAs(account, `${db}/clinic`, 'PUT', { ...clinicDoc, recovery: 'attacker' })).status).toBe(403);
    expect((await rawAs(account, `${db}/user:intruder`, 'PUT', { wrapped: 'x' })).status).toBe(403);
    expect((await rawAs(account, `${db}/enroll:intruder`, 'PUT', { wrapped: 'x' })).status).toBe(403);
    expect((await rawAs(account, `${db}/enroll:marco?rev=${marcoCode._rev}`, 'DELETE')).status).toBe(403);
    expect((await rawAdmin(`${db}/clinic`)).json).toEqual(clinicDoc);

    // Joining still works: the member uses up their own code.
    const code = await enrollLaptop({ crypto, store, now }, { server: serverInfoOf(config), admin: ADMIN, staff: tess, account, master });
    await expect(joinClinic({ url: server.url, credentials: account, code, crypto })).resolves.toMatchObject({ serverClinicId: 'guarded' });
    expect((await rawAdmin(`${db}/enroll:tess`)).status).toBe(404);
    expect((await rawAdmin(`${db}/enroll:marco`)).status).toBe(200);
  });

  it('updating the server gives a clinic connected before the keyring guard its guard, and keeps the data', async () => {
    const { master, store, config } = await connectedClinic('older', 'local-3');
    const db = `${server.url}/wp_older_keyring`;
    // As an earlier Waypoint left it: no guard on the keyring database.
    const guard = (await rawAdmin(`${db}/_design/waypoint`)).json as { _rev: string };
    expect((await rawAdmin(`${db}/_design/waypoint?rev=${guard._rev}`, 'DELETE')).status).toBe(200);
    await enrollLaptop({ crypto, store, now }, { server: serverInfoOf(config), admin: ADMIN, staff: tess, account, master });
    const clinicDoc = (await rawAdmin(`${db}/clinic`)).json as { _rev: string };
    expect((await rawAs(account, `${db}/user:intruder`, 'PUT', { wrapped: 'x' })).status).toBe(201);

    await expect(updateClinicServer({ crypto, store, now }, serverInfoOf(config), { ...ADMIN, password: 'wrong' })).rejects.toThrow();
    await updateClinicServer({ crypto, store, now }, serverInfoOf(config), ADMIN);
    expect((await rawAs(account, `${db}/user:intruder2`, 'PUT', { wrapped: 'x' })).status).toBe(403);
    expect((await rawAdmin(`${db}/clinic`)).json).toEqual(clinicDoc);
  });
});
