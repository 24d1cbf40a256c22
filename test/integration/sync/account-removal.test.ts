import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertStaff, findSyncAccounts, recordSyncAccount } from '../../../renderer/db';
import { disableServerAccounts, setStaffMemberActive } from '../../../renderer/features/staff/staff-actions';
import { disableClinicAccount } from '../../../renderer/sync/account-removal';
import { connectAsAdmin } from '../../../renderer/sync/clinic-server';
import { connectClinicServer, enrollLaptop, serverInfoOf } from '../../../renderer/sync/clinic-session';
import { createMasterKey, wrapWithSecretKey } from '../../../shared/crypto/keys';
import { clinicDbName } from '../../../shared/sync/couch-names';
import { actorOn, auditTrail } from '../actions/actor';
import { crypto } from '../db-helpers';
import { ADMIN, rawAdmin, rawAs, startTestServer, type TestServer } from './server-fixture';

/*
 * Issue 18 item 4(d): removing a staff member disables their server account at once. After the admin disables it,
 * the member's password and the session cookie they already hold are refused for the clinic's databases; another
 * member keeps working.
 */

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.stop();
});

const now = () => new Date('2026-12-05T09:30:00.000Z');
const tess = { username: 'tess-removal', password: 'tess server phrase' };
const omar = { username: 'omar-removal', password: 'omar server phrase' };
const store = { get: () => Promise.resolve(undefined), put: () => Promise.resolve(), delete: () => Promise.resolve(), close: () => undefined };

async function cookieOf(account: typeof tess): Promise<string> {
  const response = await fetch(`${server.url}/_session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: account.username, password: account.password }),
  });
  expect(response.status).toBe(200);
  return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

const withCookie = async (cookie: string, url: string): Promise<number> => (await fetch(url, { headers: { cookie } })).status;

describe('disabling a removed member’s server account', () => {
  it('refuses their password and existing cookie for the clinic databases at once; another member keeps working', async () => {
    const master = createMasterKey(crypto);
    const keyring = { localClinicId: 'local-removal', clinicName: 'Harbor', recovery: await wrapWithSecretKey(crypto, master, crypto.randomBytes(32)) };
    const deps = { crypto, store, now };
    const user = { id: 'admin-1', name: 'Alex', role: 'admin' } as const;
    const config = await connectClinicServer(deps, { url: server.url, clinicId: 'removal', admin: ADMIN, user, master, keyring });
    const info = serverInfoOf(config);
    await enrollLaptop(deps, { server: info, admin: ADMIN, staff: { id: 'staff-tess', name: 'Tess', role: 'therapist' }, account: tess, master });
    await enrollLaptop(deps, { server: info, admin: ADMIN, staff: { id: 'staff-omar', name: 'Omar', role: 'therapist' }, account: omar, master });
    const clients = `${server.url}/${clinicDbName('removal', 'clients')}/_all_docs`;
    const tessCookie = await cookieOf(tess);
    expect((await rawAs(tess, clients)).status).toBe(200);
    expect(await withCookie(tessCookie, clients)).toBe(200);

    // The admin's laptop knows Tess's account from her enrollment (a synced 'sync-account' record).
    const { ctx, db } = await actorOn('admin', 'admin-1');
    const member = await insertStaff(
      db,
      { name: 'Tess', role: 'therapist', credentials: '', supervised: false },
      { authorId: 'admin-1', now: now(), id: 'staff-tess' },
    );
    await recordSyncAccount(db, member.id, tess.username, { authorId: 'admin-1', now: now() });
    await setStaffMemberActive(ctx, member, false);
    // Wrong server admin password: nothing changes, the account stays listed as active.
    await expect(disableServerAccounts(ctx, { server: info, admin: { ...ADMIN, password: 'wrong' } }, member)).rejects.toThrow();
    expect(await findSyncAccounts(db, member.id)).toMatchObject([{ username: tess.username, active: true }]);
    expect((await rawAs(tess, clients)).status).toBe(200);

    await expect(disableServerAccounts(ctx, { server: info, admin: ADMIN }, member)).resolves.toEqual([tess.username]);
    expect(await findSyncAccounts(db, member.id)).toMatchObject([{ username: tess.username, active: false }]);
    expect((await auditTrail(db)).map((e) => e.detail)).toEqual(['Deactivated', `Disabled server account ${tess.username} on ${server.url}`]);

    expect([401, 403]).toContain((await rawAs(tess, clients)).status);
    expect([401, 403]).toContain(await withCookie(tessCookie, clients));
    expect([401, 403]).toContain((await rawAs(tess, `${server.url}/${clinicDbName('removal', 'keyring')}/_all_docs`)).status);
    // The enrollment code still waiting for Tess is gone; Omar's stays and Omar keeps syncing.
    expect((await rawAdmin(`${server.url}/${clinicDbName('removal', 'keyring')}/enroll:${tess.username}`)).status).toBe(404);
    expect((await rawAdmin(`${server.url}/${clinicDbName('removal', 'keyring')}/enroll:${omar.username}`)).status).toBe(200);
    expect((await rawAs(omar, clients)).status).toBe(200);
    expect(await withCookie(await cookieOf(omar), clients)).toBe(200);
    await expect(disableClinicAccount(await connectAsAdmin({ url: server.url, admin: ADMIN }), crypto, 'removal', 'nobody')).resolves.toBe('absent');
  });
});
