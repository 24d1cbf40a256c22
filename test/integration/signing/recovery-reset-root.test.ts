import { describe, expect, it } from 'vitest';
import { pinnedRootForBackup, resetReplacesTrustRoot } from '../../../renderer/signing/root-pin';
import { currentSigningSession } from '../../../renderer/signing/signing-session';
import { ADMIN, TESS, inPhase, setUpClinic } from '../vault-helpers';

/**
 * A recovery-key reset on the laptop holding the clinic's trust root replaces the root's key (docs/security.md): the
 * lock screen asks first. The decision is made while locked, from this laptop's signing store alone.
 */
describe('the warning before a recovery-key reset', () => {
  it('is given for the admin whose key here is the trust root, not for another member, and not once the root is gone', async () => {
    const { controller, recoveryKey, adminId } = await setUpClinic();
    const { clinicId } = inPhase(controller.getState(), 'unlocked').vault;
    const root = currentSigningSession()?.key.keyId;
    expect(root).toBeTruthy();
    expect(await pinnedRootForBackup(clinicId)).toBe(root);
    await controller.addKeyringUser(TESS, TESS.passphrase);
    await controller.lock('button');
    expect((await controller.unlock(TESS.id, TESS.passphrase)).ok).toBe(true);
    await controller.lock('button');

    // Locked: the admin's reset would replace the root; Tess's would not.
    expect(await controller.resetReplacesTrustRoot(adminId)).toBe(true);
    expect(await controller.resetReplacesTrustRoot(TESS.id)).toBe(false);

    // The trade-off as docs/security.md states it: the reset makes a new key; the pinned root stays the old one,
    // whose private key this laptop can no longer open. A second reset has no root left to lose.
    expect((await controller.recover({ recoveryKey, userId: adminId, newPassphrase: `${ADMIN.passphrase} anew` })).ok).toBe(true);
    expect(currentSigningSession()?.key.keyId).not.toBe(root);
    expect(currentSigningSession()?.fresh).toBe(true);
    expect(await pinnedRootForBackup(clinicId)).toBe(root);
    await controller.lock('button');
    expect(await controller.resetReplacesTrustRoot(adminId)).toBe(false);
    expect(await resetReplacesTrustRoot(clinicId, 'nobody')).toBe(false);
  });
});
