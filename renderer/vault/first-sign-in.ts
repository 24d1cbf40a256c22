import { unwrapMasterKey, wrapWithSecretKey, WrongSecretError } from '../../shared/crypto/keys';
import { passphraseFieldError } from '../../shared/domain/passphrase';
import type { StaffRole } from '../../shared/domain/staff';
import { ENROLLMENT_CODE_BYTES, formatEnrollmentCode, parseEnrollmentCode } from '../../shared/sync/enrollment-code';
import {
  readClinic,
  recordFailure,
  resetLockoutIfAudited,
  storeUserWrapping,
  unlockWaitMs,
  wrapUserPassphrase,
  type UnlockResult,
  type VaultDeps,
} from './vault';
import type { KeyringUser } from './vault-records';
import { VAULT_KEYS } from './vault-records';

/*
 * Staff choose their own passphrase (issue 18 item 4c). The admin adding a staff member on a shared laptop gets a
 * one-time code instead of typing a passphrase: this laptop's keyring holds the clinic key for them wrapped under the
 * code (120 random bits, so HKDF, like the recovery key; nothing to guess offline). At their first sign-in the code
 * opens it once and their own passphrase replaces the code's wrapping, which is then gone from the vault.
 */

/** A keyring entry still wrapped under a one-time code: the staff member has not chosen a passphrase yet. */
export const awaitsFirstSignIn = (user: Pick<KeyringUser, 'wrapped'>): boolean => user.wrapped.kdf === 'hkdf-sha256';

/**
 * Admin, on the unlocked laptop: adds (or resets) a staff member's entry as waiting for their first sign-in and
 * returns the one-time code, shown once and never stored in clear.
 */
export async function issueSetupCode(deps: VaultDeps, master: Uint8Array, user: { id: string; name: string; role: StaffRole }): Promise<string> {
  const clinic = await readClinic(deps.store);
  if (!clinic) throw new Error('No clinic is set up on this laptop.');
  const secret = deps.crypto.randomBytes(ENROLLMENT_CODE_BYTES);
  const entry: KeyringUser = { id: user.id, name: user.name, role: user.role, wrapped: await wrapWithSecretKey(deps.crypto, master, secret) };
  const users = clinic.users.some((u) => u.id === user.id) ? clinic.users.map((u) => (u.id === user.id ? entry : u)) : [...clinic.users, entry];
  await deps.store.put(VAULT_KEYS.clinic, { ...clinic, users });
  return formatEnrollmentCode(secret);
}

/** The code opened the vault; `commit` makes the chosen passphrase replace the code (the code is then used up). */
export type CodeOpened = Extract<UnlockResult, { ok: true }> & { readonly commit: () => Promise<void> };

/**
 * First sign-in, step 1: checks the code and the chosen passphrase and opens the vault with the code, changing nothing
 * yet, so an unlock refused after this (a deactivated member) leaves the code as it was. A wrong code counts toward
 * the same growing wait as a wrong passphrase.
 */
export async function openWithCode(
  deps: VaultDeps,
  input: { userId: string; code: string; passphrase: string },
): Promise<CodeOpened | Exclude<UnlockResult, { ok: true }>> {
  const code = parseEnrollmentCode(input.code);
  if (!code.ok) throw new Error(code.reason);
  const weak = passphraseFieldError(input.passphrase);
  if (weak) throw new Error(weak);
  const clinic = await readClinic(deps.store);
  const user = clinic?.users.find((u) => u.id === input.userId);
  if (!clinic || !user || !awaitsFirstSignIn(user)) return { ok: false, reason: 'unknown-user', waitMs: 0 };
  const waitMs = await unlockWaitMs(deps, input.userId);
  if (waitMs > 0) return { ok: false, reason: 'wait', waitMs };
  try {
    const master = await unwrapMasterKey(deps.crypto, user.wrapped, code.bytes);
    // The chosen passphrase's wrapping is made now (its personal key seals the private keys made at this first
    // unlock) and stored only by `commit`.
    const { wrapped, personal } = await wrapUserPassphrase(deps, master, input.passphrase);
    const commit = async () => {
      await storeUserWrapping(deps, user, wrapped);
      await resetLockoutIfAudited(deps.store);
    };
    return {
      ok: true,
      vault: { master, personal, clinicId: clinic.clinicId, clinicName: clinic.clinicName, user: { id: user.id, name: user.name, role: user.role } },
      commit,
    };
  } catch (error) {
    if (!(error instanceof WrongSecretError)) throw error;
    return { ok: false, reason: 'wrong-secret', waitMs: await recordFailure(deps, input.userId, 'wrong one-time code') };
  }
}

/** First sign-in: the one-time code unlocks once and the staff member's own passphrase replaces it. */
export async function firstSignIn(deps: VaultDeps, input: { userId: string; code: string; passphrase: string }): Promise<UnlockResult> {
  const opened = await openWithCode(deps, input);
  if (!opened.ok) return opened;
  await opened.commit();
  return { ok: true, vault: opened.vault };
}
