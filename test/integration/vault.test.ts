import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createWebCryptoProvider } from '../../renderer/crypto/web-crypto-provider';
import {
  clearPendingAudit,
  commitClinic,
  prepareClinic,
  readClinic,
  readIdleMinutes,
  readPendingAudit,
  unlockWithPassphrase,
  unlockWithRecoveryKey,
  setUserPassphrase,
  writeIdleMinutes,
  type VaultDeps,
} from '../../renderer/vault/vault';
import { VaultCorruptError } from '../../renderer/vault/vault-records';
import { openVaultStore } from '../../renderer/vault/vault-store';

const PASS = 'correct horse battery staple';

async function freshVault(start = Date.parse('2026-11-27T09:00:00Z')) {
  let now = start;
  const store = await openVaultStore('vault-test', new IDBFactory());
  const deps: VaultDeps = {
    crypto: createWebCryptoProvider(),
    store,
    now: () => new Date(now),
    argon2: { memoryKiB: 1024, iterations: 1, parallelism: 1 },
  };
  const prepared = await prepareClinic(deps, { clinicName: 'Harbor', adminName: 'Alex', passphrase: PASS, adminId: 'u1', clinicId: 'c1' });
  return { deps, store, prepared, advance: (ms: number) => (now += ms) };
}

describe('vault', () => {
  it('stores nothing until the recovery key is confirmed', async () => {
    const { deps, prepared } = await freshVault();
    expect(await readClinic(deps.store)).toBeNull();
    await commitClinic(deps, prepared);
    expect((await readClinic(deps.store))?.clinicName).toBe('Harbor');
  });

  it('unlocks with the right passphrase to the same master key', async () => {
    const { deps, prepared } = await freshVault();
    await commitClinic(deps, prepared);
    const result = await unlockWithPassphrase(deps, 'u1', PASS);
    expect(result.ok && result.vault.master).toEqual(prepared.vault.master);
  });

  it('refuses a wrong passphrase, records it for the audit log, and makes the second retry wait', async () => {
    const { deps, prepared, advance } = await freshVault();
    await commitClinic(deps, prepared);
    expect(await unlockWithPassphrase(deps, 'u1', 'wrong wrong wrong')).toEqual({ ok: false, reason: 'wrong-secret', waitMs: 0 });
    expect(await unlockWithPassphrase(deps, 'u1', 'wrong again wrong')).toEqual({ ok: false, reason: 'wrong-secret', waitMs: 2000 });
    // Even the right passphrase waits out the delay…
    expect(await unlockWithPassphrase(deps, 'u1', PASS)).toMatchObject({ ok: false, reason: 'wait' });
    advance(2000);
    expect((await unlockWithPassphrase(deps, 'u1', PASS)).ok).toBe(true);
    const pending = await readPendingAudit(deps.store);
    expect(pending.map((p) => p.actorId)).toEqual(['u1', 'u1']);
  });

  it('keeps the wrong-passphrase wait when its IndexedDB record is reset by hand, and audits the edit', async () => {
    const { deps, store, prepared, advance } = await freshVault();
    await commitClinic(deps, prepared);
    for (const wrong of ['wrong one wrong', 'wrong two wrong', 'wrong three wrong']) {
      advance(10_000);
      expect(await unlockWithPassphrase(deps, 'u1', wrong)).toMatchObject({ ok: false, reason: 'wrong-secret' });
    }
    // What an attacker with the locked laptop's profile does: put the counter back to zero.
    await store.put('lockout', { failures: 0, lastFailureAt: 0 });
    expect(await unlockWithPassphrase(deps, 'u1', PASS)).toEqual({ ok: false, reason: 'wait', waitMs: 4000 });
    const pending = await readPendingAudit(deps.store);
    expect(pending.map((p) => p.detail)).toEqual(['wrong passphrase', 'wrong passphrase', 'wrong passphrase', 'wrong-passphrase wait record altered']);
  });

  it('resets the wait once the failed unlocks are in the audit log', async () => {
    const { deps, prepared, advance } = await freshVault();
    await commitClinic(deps, prepared);
    for (const wrong of ['wrong one wrong', 'wrong two wrong']) await unlockWithPassphrase(deps, 'u1', wrong);
    advance(2000);
    expect((await unlockWithPassphrase(deps, 'u1', PASS)).ok).toBe(true);
    await clearPendingAudit(deps.store);
    expect(await unlockWithPassphrase(deps, 'u1', 'wrong again wrong')).toEqual({ ok: false, reason: 'wrong-secret', waitMs: 0 });
  });

  it('recovers with the recovery key and replaces the passphrase', async () => {
    const { deps, prepared } = await freshVault();
    await commitClinic(deps, prepared);
    const result = await unlockWithRecoveryKey(deps, { recoveryKey: prepared.recoveryKey, userId: 'u1', newPassphrase: 'a new long passphrase' });
    expect(result.ok).toBe(true);
    expect((await unlockWithPassphrase(deps, 'u1', PASS)).ok).toBe(false);
  });

  it('adds a staff member who unlocks with their own passphrase', async () => {
    const { deps, prepared } = await freshVault();
    await commitClinic(deps, prepared);
    await setUserPassphrase(deps, prepared.vault.master, { id: 'u2', name: 'Tess', role: 'therapist' }, 'tess has her own phrase');
    const result = await unlockWithPassphrase(deps, 'u2', 'tess has her own phrase');
    expect(result.ok && result.vault.user.name).toBe('Tess');
    expect(result.ok && result.vault.master).toEqual(prepared.vault.master);
  });

  it('reports a damaged vault record instead of trusting it', async () => {
    const { deps, store } = await freshVault();
    await store.put('clinic', { clinicId: 42 });
    await expect(readClinic(deps.store)).rejects.toBeInstanceOf(VaultCorruptError);
  });

  it('keeps the idle-lock setting within 1–60 minutes', async () => {
    const { store } = await freshVault();
    expect(await readIdleMinutes(store)).toBe(10);
    expect(await writeIdleMinutes(store, 90)).toBe(60);
    expect(await readIdleMinutes(store)).toBe(60);
  });
});
