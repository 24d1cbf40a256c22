import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertStaff, findSyncAccounts, getStaff } from '../../../renderer/db';
import { reenableServerAccounts } from '../../../renderer/features/staff/reenable-actions';
import { disableServerAccounts, setStaffMemberActive } from '../../../renderer/features/staff/staff-actions';
import { enrollLaptop } from '../../../renderer/sync/clinic-admin';
import { joinClinic } from '../../../renderer/sync/clinic-keyring';
import { connectClinicServer, serverInfoOf } from '../../../renderer/sync/clinic-session';
import { createMasterKey, wrapWithSecretKey } from '../../../shared/crypto/keys';
import { clinicDbName } from '../../../shared/sync/couch-names';
import { actorOn, auditTrail } from '../actions/actor';
import { crypto } from '../db-helpers';
import { ADMIN, rawAs, startTestServer, type TestServer } from './server-fixture';

/*
 * Issue 18: reactivating a member whose server account was disabled re-enables it through the enrollment path: the
 * clinic's role back, a fresh random password (the admin types none) and a one-time code the member joins with.
 */

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.stop();
});

const now = () => new Date('2026-12-05T09:30:00.000Z');
const store = { get: () => Promise.resolve(undefined), put: () => Promise.resolve(), delete: () => Promise.resolve(), close: () => undefined };
const tess = { username: 'tess-reenable', password: 'tess first server phrase' };

describe('re-enabling a reactivated member’s server account', () => {
  it('gives the account its role and a new password back with a one-time code; the old password stays refused', async () => {
    const master = createMasterKey(crypto);
    const keyring = { localClinicId: 'local-reenable', clinicName: 'Harbor', recovery: await wrapWithSecretKey(crypto, master, crypto.randomBytes(32)) };
    const { ctx, db, tick } = await actorOn('admin', 'admin-1');
    const deps = { crypto, store, now: () => new Date(tick(1000)) };
    const adminUser = { id: 'admin-1', name: 'Alex', role: 'admin' } as const;
    const config = await connectClinicServer(deps, { url: server.url, clinicId: 'reenable', admin: ADMIN, user: adminUser, master, keyring });
    const info = serverInfoOf(config);
    const session = {
      deps,
      db,
      vault: { master, personal: crypto.randomBytes(32), clinicId: 'local-reenable', clinicName: 'Harbor', user: adminUser },
      sync: { sync: null, server: info, problem: null },
    };
    const enroll = (input: Parameters<typeof enrollLaptop>[1]) => enrollLaptop(session, input);
    const staff = { name: 'Tess', role: 'therapist', credentials: '', supervised: false } as const;
    const member = await insertStaff(db, staff, { authorId: 'admin-1', now: now(), id: 'staff-tess' });
    await enroll({ staff: { id: member.id, name: 'Tess', role: 'therapist' }, account: tess, admin: ADMIN });
    await setStaffMemberActive(ctx, member, false);
    await disableServerAccounts(ctx, { server: info, admin: ADMIN }, member);
    const clients = `${server.url}/${clinicDbName('reenable', 'clients')}/_all_docs`;
    expect([401, 403]).toContain((await rawAs(tess, clients)).status);

    await setStaffMemberActive(ctx, member, true);
    const reactivated = await getStaff(db, member.id);
    if (!reactivated) throw new Error('no staff record');
    const target = { enroll, serverUrl: server.url, admin: { ...ADMIN, password: 'wrong' } };
    await expect(reenableServerAccounts(ctx, target, reactivated)).rejects.toThrow();
    expect(await findSyncAccounts(db, member.id)).toMatchObject([{ username: tess.username, active: false }]);

    const [again, ...more] = await reenableServerAccounts(ctx, { ...target, admin: ADMIN }, reactivated);
    expect(more).toEqual([]);
    expect(again).toMatchObject({ username: tess.username });
    if (!again) throw new Error('nothing re-enabled');
    expect(again.password).not.toBe(tess.password);
    expect(await findSyncAccounts(db, member.id)).toMatchObject([{ username: tess.username, active: true }]);
    expect((await rawAs({ username: again.username, password: again.password }, clients)).status).toBe(200);
    expect([401, 403]).toContain((await rawAs(tess, clients)).status);
    // The member joins again with the one-time code (and chooses a passphrase on their laptop).
    const joined = await joinClinic({ url: server.url, credentials: { username: again.username, password: again.password }, code: again.code, crypto });
    expect(joined.staff).toEqual({ id: member.id, name: 'Tess', role: 'therapist' });
    expect(Array.from(joined.master)).toEqual(Array.from(master));
    expect((await auditTrail(db)).map((e) => e.detail)).toEqual([
      `Enrollment code issued for sync account ${tess.username}`,
      'Deactivated',
      `Disabled server account ${tess.username} on ${server.url}`,
      'Reactivated',
      `Enrollment code issued for sync account ${tess.username}`,
      `Re-enabled server account ${tess.username} on ${server.url}`,
    ]);
  });

  it('refuses a member who is still deactivated', async () => {
    const { ctx } = await actorOn('admin', 'admin-1');
    const target = { enroll: () => Promise.reject(new Error('not called')), serverUrl: server.url, admin: ADMIN };
    await expect(reenableServerAccounts(ctx, target, { id: 'x', name: 'Tess', role: 'therapist', active: false })).rejects.toThrow(
      'Reactivate Tess before re-enabling their server account.',
    );
  });
});
