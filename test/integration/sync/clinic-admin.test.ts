import { describe, expect, it } from 'vitest';
import { insertClient, findSyncAccounts, getClient } from '../../../renderer/db';
import type { ClientInput } from '../../../shared/domain/client';
import { pinRoot, readPinnedRoot } from '../../../renderer/signing/private-keys';
import { signingStore } from '../../../renderer/signing/signing-session';
import type { JoinProgress } from '../../../renderer/sync/clinic-admin';
import { auditTrail, inPhase, newController, setUpClinic, TESS } from '../vault-helpers';
import { ADMIN, testServerPerFile } from './server-fixture';

const server = testServerPerFile();

const account = { username: 'tess', password: 'tess server phrase' };
const staff = { id: TESS.id, name: TESS.name, role: TESS.role };
const CLIENT: ClientInput = {
  firstName: 'Joined',
  lastName: 'Data',
  preferredName: '',
  pronouns: '',
  dateOfBirth: '1990-01-01',
  levelOfCare: 'IOP',
  program: 'Adult',
  primaryClinicianId: 'x',
  admissionDate: '2026-11-01',
  contacts: [],
};

describe('clinic-server administration on a real server', () => {
  it('the admin connects, enrolls and updates, each audited; the enrolled laptop joins, reports progress and has the data', async () => {
    const { controller, adminId } = await setUpClinic();
    const info = await controller.connectClinic({ url: server.url, clinicId: 'admin-use', admin: ADMIN });
    const connected = inPhase(controller.getState(), 'unlocked');
    expect(info).toMatchObject({ clinicId: 'admin-use' });
    expect(connected.sync.server).toEqual(info);
    const client = await insertClient(connected.db, CLIENT, { authorId: adminId, now: new Date('2026-12-04T10:31:00Z') });
    await connected.sync.sync?.awaitInSync();

    const code = await controller.enrollLaptop({ staff, account, admin: ADMIN });
    await controller.updateServer(ADMIN);
    // The staff member's server account is remembered (issue 18 item 4d: deactivating them disables it).
    expect(await findSyncAccounts(connected.db, staff.id)).toMatchObject([{ username: 'tess', active: true }]);
    await expect(controller.enrollLaptop({ staff: { ...staff, id: 'someone-else' }, account, admin: ADMIN })).rejects.toThrow(
      'belongs to another staff member',
    );
    expect((await auditTrail(connected.db)).slice(-3)).toEqual([
      { action: 'create', entity: 'vault', actorId: adminId, detail: `Connected clinic server ${info.url} (clinic admin-use)` },
      { action: 'create', entity: 'staff', actorId: adminId, detail: 'Enrollment code issued for sync account tess' },
      { action: 'settings', entity: 'vault', actorId: adminId, detail: `Updated the databases, security and guards on ${info.url}` },
    ]);
    await controller.lock('button');

    // The signing store is one per browser profile; this process plays both laptops, so the admin's pin is read and
    // cleared here: the joining laptop must pin the root from its enrollment code, not from the admin's store.
    const clinicId = connected.vault.clinicId;
    const root = await readPinnedRoot(await signingStore(), clinicId);
    expect(root).not.toBe('');
    await pinRoot(await signingStore(), clinicId, '');
    const { controller: laptop } = await newController();
    const progress: JoinProgress[] = [];
    await laptop.joinClinic({ url: `${server.url}/`, username: ' tess ', password: account.password, code, passphrase: TESS.passphrase }, (p) =>
      progress.push(p),
    );
    const joined = inPhase(laptop.getState(), 'unlocked');
    expect(joined.vault.user).toMatchObject(staff);
    // The joined laptop pins the clinic's signing trust root from the enrollment, not from whatever it pulls first.
    expect(await readPinnedRoot(await signingStore(), joined.vault.clinicId)).toBe(root);
    expect(joined.sync.server).toEqual({ url: server.url, clinicId: 'admin-use', username: 'tess' });
    expect(await getClient(joined.db, client.id)).toMatchObject({ firstName: 'Joined' });
    expect(progress[0]).toEqual({ step: 'keyring', done: 0, total: 0, elapsedMs: 0 });
    const last = progress.at(-1);
    expect(last?.step).toBe('pulling');
    expect(last?.done).toBe(last?.total);
    expect(last?.total).toBeGreaterThan(0);
    expect(last?.elapsedMs).toBeGreaterThanOrEqual(0);
  });
});
