import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertStaff, findSyncAccounts } from '../../../renderer/db';
import { disableServerAccounts, setStaffMemberActive } from '../../../renderer/features/staff/staff-actions';
import { connectClinicServer, enrollLaptop, serverInfoOf } from '../../../renderer/sync/clinic-session';
import { auditFor } from '../../../renderer/audit';
import { createCouchHttp } from '../../../renderer/sync/couch-http';
import { createMasterKey, wrapWithSecretKey } from '../../../shared/crypto/keys';
import { clinicDbName } from '../../../shared/sync/couch-names';
import { actorOn, auditTrail } from '../actions/actor';
import { crypto } from '../db-helpers';
import { ADMIN, rawAs, startTestServer, type TestServer } from './server-fixture';

/*
 * Issue 18: accounts enrolled before Waypoint kept 'sync-account' records. "Disable server account" finds them on the
 * server by the names their enrollment used (the audit log's enrollment event, or the user name suggested from the
 * member's name), records them and disables them.
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
const staff = (name: string) => ({ name, role: 'therapist', credentials: '', supervised: false }) as const;

describe('disabling a server account enrolled before sync-account records', () => {
  it('finds it by its enrollment name, records it and disables it; a same-named account of another clinic is left alone', async () => {
    const master = createMasterKey(crypto);
    const keyring = { localClinicId: 'local-legacy', clinicName: 'Harbor', recovery: await wrapWithSecretKey(crypto, master, crypto.randomBytes(32)) };
    const deps = { crypto, store, now };
    const user = { id: 'admin-1', name: 'Alex', role: 'admin' } as const;
    const info = serverInfoOf(await connectClinicServer(deps, { url: server.url, clinicId: 'legacy', admin: ADMIN, user, master, keyring }));
    // Enrolled by an earlier version: the server account exists, no sync-account record was written.
    const tess = { username: 'tess-old-timer', password: 'tess legacy phrase' };
    const rita = { username: 'rita-custom', password: 'rita legacy phrase' };
    await enrollLaptop(deps, { server: info, admin: ADMIN, staff: { id: 'staff-tess', name: 'Tess Old-Timer', role: 'therapist' }, account: tess, master });
    await enrollLaptop(deps, { server: info, admin: ADMIN, staff: { id: 'staff-rita', name: 'Rita Ross', role: 'therapist' }, account: rita, master });
    const clients = `${server.url}/${clinicDbName('legacy', 'clients')}/_all_docs`;
    expect((await rawAs(tess, clients)).status).toBe(200);

    const { ctx, db } = await actorOn('admin', 'admin-1');
    const tessDoc = await insertStaff(db, staff('Tess Old-Timer'), { authorId: 'admin-1', now: now(), id: 'staff-tess' });
    const ritaDoc = await insertStaff(db, staff('Rita Ross'), { authorId: 'admin-1', now: now(), id: 'staff-rita' });
    // Rita's user name was typed by the admin: only this laptop's audit log of her enrollment names it.
    await auditFor(ctx, 'staff')('create', ritaDoc.id, `Enrollment code issued for sync account ${rita.username}`);
    await setStaffMemberActive(ctx, tessDoc, false);
    await setStaffMemberActive(ctx, ritaDoc, false);

    await expect(disableServerAccounts(ctx, { server: info, admin: ADMIN }, tessDoc)).resolves.toEqual([tess.username]);
    await expect(disableServerAccounts(ctx, { server: info, admin: ADMIN }, ritaDoc)).resolves.toEqual([rita.username]);
    expect(await findSyncAccounts(db, tessDoc.id)).toMatchObject([{ username: tess.username, active: false }]);
    expect(await findSyncAccounts(db, ritaDoc.id)).toMatchObject([{ username: rita.username, active: false }]);
    expect([401, 403]).toContain((await rawAs(tess, clients)).status);
    expect([401, 403]).toContain((await rawAs(rita, clients)).status);
    expect((await auditTrail(db)).map((e) => e.detail)).toContain(`Disabled server account ${tess.username} on ${server.url}`);

    // A member whose suggested name is another clinic's account on the same server: not found, left working.
    const otherKeyring = { ...keyring, localClinicId: 'local-other' };
    const other = serverInfoOf(await connectClinicServer(deps, { url: server.url, clinicId: 'other', admin: ADMIN, user, master, keyring: otherKeyring }));
    const nora = { username: 'nora-none', password: 'nora other clinic phrase' };
    await enrollLaptop(deps, { server: other, admin: ADMIN, staff: { id: 'other-nora', name: 'Nora None', role: 'therapist' }, account: nora, master });
    const nobody = await insertStaff(db, staff('Nora None'), { authorId: 'admin-1', now: now(), id: 'staff-nora' });
    await expect(disableServerAccounts(ctx, { server: info, admin: ADMIN }, nobody)).resolves.toEqual([]);
    expect(await findSyncAccounts(db, nobody.id)).toEqual([]);
    expect((await rawAs(nora, `${server.url}/${clinicDbName('other', 'clients')}/_all_docs`)).status).toBe(200);
    // PouchDB Server answers her 401 for this clinic's database (CouchDB 3: 403): read as membership, not a bad password.
    const asNora = createCouchHttp({ url: server.url, credentials: nora });
    await expect(asNora.request('GET', `/${clinicDbName('legacy', 'clients')}/_all_docs`)).rejects.toThrow(
      "This account is not a member of the clinic's database",
    );
  });
});
