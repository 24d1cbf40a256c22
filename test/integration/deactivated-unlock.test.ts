import { describe, expect, it } from 'vitest';
import { insertStaff, setStaffActive } from '../../renderer/db';
import { unlockFailureMessage } from '../../renderer/features/vault/unlock-messages';
import { ADMIN, TESS, auditTrail, inPhase, setUpClinic } from './vault-helpers';

describe('a deactivated member on a shared laptop (issue 18)', () => {
  it('is refused at unlock with who deactivated them and when, audited; reactivation lets them in again', async () => {
    const { controller, clock, adminId } = await setUpClinic();
    await controller.addKeyringUser(TESS, TESS.passphrase);
    await controller.lock('button');
    expect((await controller.unlock(TESS.id, TESS.passphrase)).ok).toBe(true); // gives Tess her staff record
    await controller.lock('button');

    await controller.unlock(adminId, ADMIN.passphrase);
    await setStaffActive(inPhase(controller.getState(), 'unlocked').db, TESS.id, false, { authorId: adminId, now: new Date(clock.at) });
    await controller.lock('button');

    const refused = await controller.unlock(TESS.id, TESS.passphrase);
    expect(refused).toMatchObject({ ok: false, reason: 'deactivated', deactivatedBy: ADMIN.name, deactivatedAt: '2026-12-04T10:30:00.000Z' });
    if (refused.ok) throw new Error('unlocked');
    const date = new Date('2026-12-04T10:30:00Z').toLocaleDateString(undefined, { dateStyle: 'long' });
    expect(unlockFailureMessage(refused, 'passphrase')).toBe(`Your account was deactivated by ${ADMIN.name} on ${date}. Ask a clinic admin to reactivate it.`);
    expect(controller.getState().phase).toBe('locked');

    await controller.unlock(adminId, ADMIN.passphrase);
    const { db } = inPhase(controller.getState(), 'unlocked');
    expect((await auditTrail(db)).slice(-3)).toEqual([
      { action: 'lock', entity: 'vault', actorId: adminId, detail: 'button' },
      { action: 'unlock-failed', entity: 'vault', actorId: TESS.id, detail: 'refused: account deactivated' },
      { action: 'unlock', entity: 'vault', actorId: adminId, detail: '' },
    ]);
    await setStaffActive(db, TESS.id, true, { authorId: adminId, now: new Date(clock.at) });
    await controller.lock('button');
    expect((await controller.unlock(TESS.id, TESS.passphrase)).ok).toBe(true);
    expect(inPhase(controller.getState(), 'unlocked').vault.user.id).toBe(TESS.id);
  });

  it('a deactivated member awaiting their first sign-in is refused and their one-time code stays usable', async () => {
    const { controller, clock, adminId } = await setUpClinic();
    const code = await controller.issueSetupCode(TESS);
    const { db } = inPhase(controller.getState(), 'unlocked');
    const staff = { name: TESS.name, role: TESS.role, credentials: '', supervised: false };
    await insertStaff(db, staff, { authorId: adminId, now: new Date(clock.at), id: TESS.id });
    await setStaffActive(db, TESS.id, false, { authorId: adminId, now: new Date(clock.at) });
    await controller.lock('button');

    expect(await controller.unlock(TESS.id, TESS.passphrase, code)).toMatchObject({ ok: false, reason: 'deactivated' });
    await controller.load();
    expect(inPhase(controller.getState(), 'locked').users.find((u) => u.id === TESS.id)).toMatchObject({ firstSignIn: true });

    await controller.unlock(adminId, ADMIN.passphrase);
    await setStaffActive(inPhase(controller.getState(), 'unlocked').db, TESS.id, true, { authorId: adminId, now: new Date(clock.at) });
    await controller.lock('button');
    expect((await controller.unlock(TESS.id, TESS.passphrase, code)).ok).toBe(true);
  });
});
