import { describe, expect, it } from 'vitest';
import { getStaff } from '../../renderer/db';
import { ADMIN, TESS, auditTrail, inPhase, setUpClinic } from './vault-helpers';

describe('the vault controller on real storage', () => {
  it('sets up a clinic: the admin is unlocked, has a staff record, and the setup and unlock are audited', async () => {
    const { controller, adminId } = await setUpClinic();
    const { db, vault } = inPhase(controller.getState(), 'unlocked');
    expect(vault.user).toMatchObject({ name: ADMIN.name, role: 'admin' });
    expect(await getStaff(db, adminId)).toMatchObject({ name: ADMIN.name, role: 'admin' });
    expect(await auditTrail(db)).toEqual([
      { action: 'create', entity: 'vault', actorId: adminId, detail: 'Clinic "Harbor" set up' },
      { action: 'unlock', entity: 'vault', actorId: adminId, detail: '' },
    ]);
  });

  it('locks: the database closes, the key is zeroed, the lock screen lists the clinic’s users', async () => {
    const { controller, adminId } = await setUpClinic();
    const { db, vault } = inPhase(controller.getState(), 'unlocked');
    await controller.lock('idle');
    expect(db.closed).toBe(true);
    expect(vault.master.every((b) => b === 0)).toBe(true);
    expect(inPhase(controller.getState(), 'locked')).toMatchObject({
      clinicName: 'Harbor',
      users: [{ id: adminId, name: ADMIN.name, role: 'admin' }],
      notice: 'Waypoint locked itself after a period without activity.',
      lastUserId: adminId,
    });
  });

  it('refuses a wrong passphrase and stays locked; the next unlock audits the failure', async () => {
    const { controller, clock, adminId } = await setUpClinic();
    await controller.lock('button');
    const wrong = await controller.unlock(adminId, 'not the admin phrase');
    expect(wrong).toMatchObject({ ok: false, reason: 'wrong-secret' });
    expect(controller.getState().phase).toBe('locked');
    clock.at += 60_000; // past the growing delay
    expect((await controller.unlock(adminId, ADMIN.passphrase)).ok).toBe(true);
    const trail = await auditTrail(inPhase(controller.getState(), 'unlocked').db);
    expect(trail.slice(-3)).toEqual([
      { action: 'lock', entity: 'vault', actorId: adminId, detail: 'button' },
      { action: 'unlock-failed', entity: 'vault', actorId: adminId, detail: 'wrong passphrase' },
      { action: 'unlock', entity: 'vault', actorId: adminId, detail: '' },
    ]);
  });

  it('recovers with the recovery key: a new passphrase unlocks, the old one no longer does', async () => {
    const { controller, clock, recoveryKey, adminId } = await setUpClinic();
    await controller.lock('button');
    const newPassphrase = 'a brand new admin phrase';
    const recovered = await controller.recover({ recoveryKey, userId: adminId, newPassphrase });
    expect(recovered.ok).toBe(true);
    const trail = await auditTrail(inPhase(controller.getState(), 'unlocked').db);
    expect(trail.at(-1)).toEqual({ action: 'recovery-unlock', entity: 'vault', actorId: adminId, detail: 'Unlock passphrase replaced with the recovery key' });
    await controller.lock('button');
    expect(await controller.unlock(adminId, ADMIN.passphrase)).toMatchObject({ ok: false, reason: 'wrong-secret' });
    clock.at += 60_000;
    expect((await controller.unlock(adminId, newPassphrase)).ok).toBe(true);
  });

  it('a staff member added to the keyring unlocks with their own passphrase and is not an admin', async () => {
    const { controller } = await setUpClinic();
    await controller.addKeyringUser(TESS, TESS.passphrase);
    await controller.lock('button');
    expect((await controller.unlock(TESS.id, TESS.passphrase)).ok).toBe(true);
    expect(inPhase(controller.getState(), 'unlocked').vault.user).toMatchObject({ id: TESS.id, role: 'therapist' });
  });
});

describe('clinic-server administration through the controller', () => {
  const admin = { username: 'admin', password: 'server admin phrase' };

  it('refuses a non-admin before it reaches any server', async () => {
    const { controller } = await setUpClinic();
    await controller.addKeyringUser(TESS, TESS.passphrase);
    await controller.lock('button');
    await controller.unlock(TESS.id, TESS.passphrase);
    await expect(controller.connectClinic({ url: 'http://127.0.0.1:1', clinicId: 'harbor', admin })).rejects.toThrow(
      'Only the clinic admin can connect the clinic server.',
    );
    await expect(controller.updateServer(admin)).rejects.toThrow('Only the clinic admin can update the clinic server.');
  });

  it('asks the admin to connect the server before updating it or enrolling a laptop', async () => {
    const { controller } = await setUpClinic();
    await expect(controller.updateServer(admin)).rejects.toThrow('Connect the clinic server first.');
    const staff = { id: TESS.id, name: TESS.name, role: TESS.role };
    await expect(controller.enrollLaptop({ staff, account: admin, admin })).rejects.toThrow('Connect the clinic server first.');
  });

  it('refuses to join a clinic on a laptop that already has one', async () => {
    const { controller } = await setUpClinic();
    await controller.lock('button');
    const join = { url: 'http://127.0.0.1:1', username: 'tess', password: 'x', code: 'x', passphrase: TESS.passphrase };
    await expect(controller.joinClinic(join, () => undefined)).rejects.toThrow('This laptop already has a clinic.');
  });
});
