import { describe, expect, it } from 'vitest';
import { readClinic } from '../../renderer/vault/vault';
import { ADMIN, TESS, auditTrail, inPhase, setUpClinic } from './vault-helpers';

/* Issue 18 item 4c: staff choose their own passphrase; the admin hands over a one-time code, never a passphrase. */
describe('first sign-in with a one-time code on a shared laptop', () => {
  it('the admin gets a code; the staff member signs in with it once and sets their own passphrase', async () => {
    const { controller, clock, deps, adminId } = await setUpClinic();
    const code = await controller.issueSetupCode(TESS);
    expect(code).toMatch(/^([0-9A-Z]{4}-){5}[0-9A-Z]{4}$/);
    expect((await auditTrail(inPhase(controller.getState(), 'unlocked').db)).at(-1)).toEqual({
      action: 'passphrase-changed',
      entity: 'staff',
      actorId: adminId,
      detail: 'One-time sign-in code issued on this laptop (they choose their own passphrase)',
    });
    // The laptop keeps only the code's wrapping (120 random bits, nothing to guess); the admin typed no passphrase.
    expect((await readClinic(deps.store))?.users.find((u) => u.id === TESS.id)?.wrapped.kdf).toBe('hkdf-sha256');
    await controller.lock('button');
    expect(inPhase(controller.getState(), 'locked').users).toEqual([
      { id: adminId, name: ADMIN.name, role: 'admin' },
      { id: TESS.id, name: TESS.name, role: TESS.role, firstSignIn: true },
    ]);

    await expect(controller.unlock(TESS.id, 'password1234', code)).rejects.toThrow('too easy to guess');
    const wrong = await controller.unlock(TESS.id, TESS.passphrase, 'AAAA-AAAA-AAAA-AAAA-AAAA-AAAA');
    expect(wrong).toMatchObject({ ok: false, reason: 'wrong-secret' });
    clock.at += 60_000;
    expect(await controller.unlock(TESS.id, TESS.passphrase)).toMatchObject({ ok: false });
    clock.at += 60_000;
    const first = await controller.unlock(TESS.id, TESS.passphrase, code);
    expect(first.ok).toBe(true);
    expect(inPhase(controller.getState(), 'unlocked').vault.user).toEqual({ id: TESS.id, name: TESS.name, role: TESS.role });
    await controller.lock('button');

    // The code is used up: the entry now opens with her own passphrase only.
    expect(inPhase(controller.getState(), 'locked').users[1]).toEqual({ id: TESS.id, name: TESS.name, role: TESS.role });
    expect(await controller.unlock(TESS.id, TESS.passphrase, code)).toMatchObject({ ok: false, reason: 'unknown-user' });
    expect((await readClinic(deps.store))?.users.find((u) => u.id === TESS.id)?.wrapped.kdf).toBe('argon2id');
    expect((await controller.unlock(TESS.id, TESS.passphrase)).ok).toBe(true);
  });
});
