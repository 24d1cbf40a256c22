import type { z } from 'zod';
import { formatRecoveryKey, parseRecoveryKey } from '../../shared/crypto/recovery-key';
import {
  createMasterKey,
  DEFAULT_ARGON2,
  unwrapMasterKey,
  unwrapWithPassphrase,
  wrapWithPassphraseKeyed,
  wrapWithSecretKey,
  WrongSecretError,
  type PassphraseWrapping,
  type WrappedKey,
} from '../../shared/crypto/keys';
import type { Argon2Params, CryptoProvider } from '../../shared/crypto/provider';
import { DEFAULT_IDLE_MINUTES, effectiveLockout, LOCKOUT_ALTERED_DETAIL, normalizeIdleMinutes, unlockWaitRemainingMs } from '../../shared/domain/lockout';
import { PASSPHRASE_MIN_LENGTH, passphraseFieldError } from '../../shared/domain/passphrase';
import type { StaffRole } from '../../shared/domain/staff';
import {
  clinicRecordSchema,
  lastUserSchema,
  lockoutSchema,
  pendingAuditSchema,
  settingsSchema,
  VAULT_KEYS,
  VaultCorruptError,
  type ClinicRecord,
  type KeyringUser,
  type LockoutState,
  type PendingAudit,
} from './vault-records';
import type { VaultStore } from './vault-store';

export interface VaultDeps {
  readonly crypto: CryptoProvider;
  readonly store: VaultStore;
  readonly now: () => Date;
  /** Only tests lower this; production uses Argon2id at 64 MiB, 3 passes. */
  readonly argon2?: Argon2Params;
  /** Before a configured sync starts: the host lets the window reach the server (renderer/host/clinic-server.ts). */
  readonly allowServer?: (url: string) => Promise<void>;
}

export interface UnlockedVault {
  readonly master: Uint8Array;
  /** The user's personal key from their passphrase's wrapping: it seals their private keys on this laptop (item 6). */
  readonly personal: Uint8Array;
  readonly clinicId: string;
  readonly clinicName: string;
  readonly user: Pick<KeyringUser, 'id' | 'name' | 'role'>;
}

export type UnlockResult =
  | { readonly ok: true; readonly vault: UnlockedVault }
  | { readonly ok: false; readonly reason: 'wrong-secret' | 'wait' | 'unknown-user'; readonly waitMs: number }
  | { readonly ok: false; readonly reason: 'deactivated'; readonly waitMs: 0; readonly deactivatedBy: string; readonly deactivatedAt: string };

export const MIN_PASSPHRASE_LENGTH = PASSPHRASE_MIN_LENGTH;

async function read<T>(store: VaultStore, key: string, schema: z.ZodType<T>): Promise<T | null> {
  const value = await store.get(key);
  if (value === undefined) return null;
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new VaultCorruptError(key);
  return parsed.data;
}

/** The clinic set up on this laptop, or null on first run. */
export function readClinic(store: VaultStore): Promise<ClinicRecord | null> {
  return read(store, VAULT_KEYS.clinic, clinicRecordSchema);
}

/** The vault's backstop behind every passphrase field: the same shared strength check. */
function assertPassphrase(passphrase: string): void {
  const weak = passphraseFieldError(passphrase);
  if (weak) throw new Error(weak);
}

export interface PreparedClinic {
  readonly record: ClinicRecord;
  readonly recoveryKey: string;
  readonly vault: UnlockedVault;
}

/** First run: makes the master key, wraps it for the admin and for a recovery key. Nothing is stored yet. */
export async function prepareClinic(
  deps: VaultDeps,
  input: { clinicName: string; adminName: string; passphrase: string; adminId: string; clinicId: string },
): Promise<PreparedClinic> {
  assertPassphrase(input.passphrase);
  const { crypto } = deps;
  const master = createMasterKey(crypto);
  const recoveryBytes = crypto.randomBytes(32);
  const { wrapped, personal } = await wrapWithPassphraseKeyed(crypto, master, input.passphrase, deps.argon2 ?? DEFAULT_ARGON2);
  const admin: KeyringUser = { id: input.adminId, name: input.adminName.trim(), role: 'admin', wrapped };
  const record: ClinicRecord = {
    clinicId: input.clinicId,
    clinicName: input.clinicName.trim(),
    createdAt: deps.now().toISOString(),
    users: [admin],
    recovery: await wrapWithSecretKey(crypto, master, recoveryBytes),
  };
  const vault = { master, personal, clinicId: record.clinicId, clinicName: record.clinicName, user: admin };
  return { record, recoveryKey: formatRecoveryKey(recoveryBytes), vault };
}

/** Stores a prepared clinic once its recovery key has been confirmed. */
export async function commitClinic(deps: VaultDeps, prepared: PreparedClinic): Promise<void> {
  await deps.store.put(VAULT_KEYS.clinic, prepared.record);
}

/**
 * The wait record, cross-checked against the failed-unlock events written beside it: an edit of either one keeps
 * the larger count, restores agreement and leaves an audit event saying the record was altered (issue 18, item 7).
 */
async function readLockout(deps: VaultDeps, actorId: string): Promise<LockoutState> {
  const record = (await read(deps.store, VAULT_KEYS.lockout, lockoutSchema)) ?? { failures: 0, lastFailureAt: 0 };
  const pending = (await read(deps.store, VAULT_KEYS.pendingAudit, pendingAuditSchema)) ?? [];
  const { altered, ...lockout } = effectiveLockout({ record, events: pending });
  if (altered) {
    const notice = { at: deps.now().toISOString(), actorId, detail: LOCKOUT_ALTERED_DETAIL };
    await deps.store.put(VAULT_KEYS.lockout, lockout);
    if (!pending.some((event) => event.detail === LOCKOUT_ALTERED_DETAIL)) await deps.store.put(VAULT_KEYS.pendingAudit, [...pending, notice]);
  }
  return lockout;
}

/** Milliseconds before another unlock attempt is allowed on this laptop (`actorId`: who is trying, for the audit). */
export async function unlockWaitMs(deps: VaultDeps, actorId = 'unknown'): Promise<number> {
  const lockout = await readLockout(deps, actorId);
  return unlockWaitRemainingMs(lockout.failures, lockout.lastFailureAt, deps.now().getTime());
}

export async function recordFailure(deps: VaultDeps, actorId: string, detail: string): Promise<number> {
  const lockout = await readLockout(deps, actorId);
  const now = deps.now();
  const next = { failures: lockout.failures + 1, lastFailureAt: now.getTime() };
  await deps.store.put(VAULT_KEYS.lockout, next);
  const pending = (await read(deps.store, VAULT_KEYS.pendingAudit, pendingAuditSchema)) ?? [];
  await deps.store.put(VAULT_KEYS.pendingAudit, [...pending, { at: now.toISOString(), actorId, detail }]);
  return unlockWaitRemainingMs(next.failures, next.lastFailureAt, now.getTime());
}

// The wait record is reset with the events it is checked against, once they are in the audit log (clearPendingAudit);
// resetting it alone at unlock would read as an altered record if the app stopped before the audit.
export async function resetLockoutIfAudited(store: VaultStore): Promise<void> {
  const pending = (await read(store, VAULT_KEYS.pendingAudit, pendingAuditSchema)) ?? [];
  if (pending.length === 0) await store.put(VAULT_KEYS.lockout, { failures: 0, lastFailureAt: 0 });
}

/** Tries a passphrase. A wrong one counts toward the growing delay and leaves a failed-unlock event to audit. */
export async function unlockWithPassphrase(deps: VaultDeps, userId: string, passphrase: string): Promise<UnlockResult> {
  const clinic = await readClinic(deps.store);
  const user = clinic?.users.find((u) => u.id === userId);
  if (!clinic || !user) return { ok: false, reason: 'unknown-user', waitMs: 0 };
  const waitMs = await unlockWaitMs(deps, userId);
  if (waitMs > 0) return { ok: false, reason: 'wait', waitMs };
  try {
    const { master, personal } = await unwrapWithPassphrase(deps.crypto, user.wrapped, passphrase);
    await resetLockoutIfAudited(deps.store);
    return { ok: true, vault: { master, personal, clinicId: clinic.clinicId, clinicName: clinic.clinicName, user } };
  } catch (error) {
    if (!(error instanceof WrongSecretError)) throw error;
    const nextWait = await recordFailure(deps, userId, 'wrong passphrase');
    return { ok: false, reason: 'wrong-secret', waitMs: nextWait };
  }
}

/** Recovery: the recovery key unlocks, and the user's passphrase is replaced by a new one. */
export async function unlockWithRecoveryKey(deps: VaultDeps, input: { recoveryKey: string; userId: string; newPassphrase: string }): Promise<UnlockResult> {
  assertPassphrase(input.newPassphrase);
  const parsed = parseRecoveryKey(input.recoveryKey);
  if (!parsed.ok) throw new Error(parsed.reason);
  const clinic = await readClinic(deps.store);
  const user = clinic?.users.find((u) => u.id === input.userId);
  if (!clinic || !user) return { ok: false, reason: 'unknown-user', waitMs: 0 };
  const waitMs = await unlockWaitMs(deps, input.userId);
  if (waitMs > 0) return { ok: false, reason: 'wait', waitMs };
  try {
    const master = await unwrapMasterKey(deps.crypto, clinic.recovery, parsed.bytes);
    const personal = await setUserPassphrase(deps, master, user, input.newPassphrase);
    await resetLockoutIfAudited(deps.store);
    return { ok: true, vault: { master, personal, clinicId: clinic.clinicId, clinicName: clinic.clinicName, user } };
  } catch (error) {
    if (!(error instanceof WrongSecretError)) throw error;
    return { ok: false, reason: 'wrong-secret', waitMs: await recordFailure(deps, input.userId, 'wrong recovery key') };
  }
}

/**
 * Wraps the master key under a (new) passphrase for a user, adding them to this laptop's keyring if new; returns the
 * personal key of the new wrapping (private keys sealed under the old one no longer open: see renderer/signing).
 */
export async function setUserPassphrase(
  deps: VaultDeps,
  master: Uint8Array,
  user: { id: string; name: string; role: StaffRole },
  passphrase: string,
): Promise<Uint8Array> {
  const { wrapped, personal } = await wrapUserPassphrase(deps, master, passphrase);
  await storeUserWrapping(deps, user, wrapped);
  return personal;
}

/** The master key wrapped under a user's new passphrase (checked for strength), not stored yet. */
export function wrapUserPassphrase(deps: VaultDeps, master: Uint8Array, passphrase: string): Promise<PassphraseWrapping> {
  assertPassphrase(passphrase);
  return wrapWithPassphraseKeyed(deps.crypto, master, passphrase, deps.argon2 ?? DEFAULT_ARGON2);
}

/** Replaces (or adds) a user's keyring entry with a wrapping of the master key. */
export async function storeUserWrapping(deps: VaultDeps, user: { id: string; name: string; role: StaffRole }, wrapped: WrappedKey): Promise<void> {
  const clinic = await readClinic(deps.store);
  if (!clinic) throw new Error('No clinic is set up on this laptop.');
  const entry: KeyringUser = { id: user.id, name: user.name, role: user.role, wrapped };
  const users = clinic.users.some((u) => u.id === user.id) ? clinic.users.map((u) => (u.id === user.id ? entry : u)) : [...clinic.users, entry];
  await deps.store.put(VAULT_KEYS.clinic, { ...clinic, users });
}

/** Failed unlocks recorded while locked; the caller audits them after unlocking, then clears them. */
export async function readPendingAudit(store: VaultStore): Promise<PendingAudit> {
  return (await read(store, VAULT_KEYS.pendingAudit, pendingAuditSchema)) ?? [];
}

/** Clears failed-unlock events once they are in the audit log, and with them the wrong-passphrase wait. */
export async function clearPendingAudit(store: VaultStore): Promise<void> {
  await store.put(VAULT_KEYS.pendingAudit, []);
  await store.put(VAULT_KEYS.lockout, { failures: 0, lastFailureAt: 0 });
}

/** This laptop's idle-lock minutes (1–60, default 10). */
export async function readIdleMinutes(store: VaultStore): Promise<number> {
  const settings = await read(store, VAULT_KEYS.settings, settingsSchema);
  return settings ? normalizeIdleMinutes(settings.idleMinutes) : DEFAULT_IDLE_MINUTES;
}

/** Saves the idle-lock minutes, clamped to 1–60. */
export async function writeIdleMinutes(store: VaultStore, minutes: number): Promise<number> {
  const value = normalizeIdleMinutes(minutes);
  await store.put(VAULT_KEYS.settings, { idleMinutes: value });
  return value;
}

/** The id of whoever last unlocked this laptop, or null (first run, or a damaged record: nobody is preselected). */
export async function readLastUserId(store: VaultStore): Promise<string | null> {
  const parsed = lastUserSchema.safeParse(await store.get(VAULT_KEYS.lastUser));
  return parsed.success ? parsed.data.id : null;
}

/** Remembers who unlocked this laptop (their id only), so the lock screen can offer them first next time. */
export async function writeLastUserId(store: VaultStore, id: string): Promise<void> {
  await store.put(VAULT_KEYS.lastUser, { id });
}

/**
 * A laptop joining an existing clinic: the master key came from the server keyring (unwrapped with a one-time
 * enrollment code); it is wrapped under the user's own passphrase and stored as this laptop's vault record.
 */
export async function commitJoinedClinic(
  deps: VaultDeps,
  input: {
    clinicId: string;
    clinicName: string;
    recovery: ClinicRecord['recovery'];
    user: { id: string; name: string; role: StaffRole };
    master: Uint8Array;
    passphrase: string;
  },
): Promise<UnlockedVault> {
  assertPassphrase(input.passphrase);
  if (await readClinic(deps.store)) throw new Error('A clinic is already set up on this laptop.');
  const { wrapped, personal } = await wrapWithPassphraseKeyed(deps.crypto, input.master, input.passphrase, deps.argon2 ?? DEFAULT_ARGON2);
  const user: KeyringUser = { ...input.user, wrapped };
  const record: ClinicRecord = {
    clinicId: input.clinicId,
    clinicName: input.clinicName,
    createdAt: deps.now().toISOString(),
    users: [user],
    recovery: input.recovery,
  };
  await deps.store.put(VAULT_KEYS.clinic, record);
  return { master: input.master, personal, clinicId: record.clinicId, clinicName: record.clinicName, user: input.user };
}
