import type { CryptoProvider } from '../../shared/crypto/provider';
import { SIGNATURE_ALGORITHM, signatureBytes, type RecordSigner } from '../../shared/signing/signing-types';
import type { StaffRole } from '../../shared/domain/staff';
import { createWebCryptoProvider } from '../crypto/web-crypto-provider';
import type { WaypointDatabase } from '../db';
import { publishSigningKey } from '../db';
import { openVaultStore, type ListedVaultStore, type VaultStore } from '../vault/vault-store';
import { createKey, openOrCreateKey, type KeyOwner, type OpenSigningKey } from './private-keys';
import { signBytes } from './webcrypto-signing';

/**
 * The signing key of whoever unlocked this laptop, held in memory (non-extractable) from unlock to lock. The vault
 * controller opens it on unlock and closes it on lock; actions ask `signerFor(actorId)`.
 */

export interface SigningSession {
  readonly clinicId: string;
  readonly userId: string;
  readonly role: StaffRole;
  readonly laptopId: string;
  readonly key: OpenSigningKey;
  readonly store: VaultStore;
  /** The user's personal key, which seals their private keys on this laptop (renderer/signing/sealed-private-key). */
  readonly personal: Uint8Array;
  /** The key was made at this unlock (first unlock here, a recovery reset, a replaced revoked key). */
  readonly fresh?: boolean;
}

export interface UnlockedIdentity {
  readonly master: Uint8Array;
  readonly personal: Uint8Array;
  readonly clinicId: string;
  readonly user: { readonly id: string; readonly role: StaffRole };
}

let current: SigningSession | null = null;
let defaultStore: Promise<ListedVaultStore> | null = null;

/** This laptop's store of private signing keys and the pinned trust root. */
export function signingStore(): Promise<ListedVaultStore> {
  defaultStore ??= openVaultStore('waypoint-signing');
  return defaultStore;
}

/** Opens (on first unlock: creates and publishes) the user's key on this laptop. */
export async function openSigningSession(
  db: WaypointDatabase,
  vault: UnlockedIdentity,
  now: Date,
  crypto: CryptoProvider = createWebCryptoProvider(),
): Promise<SigningSession> {
  const store = await signingStore();
  const laptopId = await db.storageToken;
  const owner = { crypto, store, master: vault.master, personal: vault.personal, laptopId, userId: vault.user.id };
  const { key, created } = await openOrCreateKey(owner, now);
  await publishKey(db, owner, key, now);
  current = { clinicId: vault.clinicId, userId: vault.user.id, role: vault.user.role, laptopId, key, store, personal: vault.personal, fresh: created };
  return current;
}

/** Publishes a key's public half for an admin's certification (a synced clinic record; the same key twice is one record). */
export async function publishKey(db: WaypointDatabase, owner: Pick<KeyOwner, 'laptopId' | 'userId'>, key: OpenSigningKey, now: Date): Promise<void> {
  const record = { keyId: key.keyId, userId: owner.userId, laptopId: owner.laptopId, publicKey: key.publicKey, createdAt: key.createdAt };
  await publishSigningKey(db, record, { authorId: owner.userId, now });
}

/** Replaces the open session's key with a new one (its old one was revoked), published for certification. */
export async function replaceSessionKey(db: WaypointDatabase, now: Date, crypto: CryptoProvider = createWebCryptoProvider()): Promise<OpenSigningKey> {
  const session = current;
  if (!session) throw new Error('Unlock Waypoint first: your signing key is not open.');
  const owner = { crypto, store: session.store, personal: session.personal, laptopId: session.laptopId, userId: session.userId };
  const key = await createKey(owner, now);
  await publishKey(db, owner, key, now);
  if (current === session) current = { ...session, key, fresh: true };
  return key;
}

/** Drops the key from memory (on lock). */
export function closeSigningSession(): void {
  current = null;
}

export function currentSigningSession(): SigningSession | null {
  return current;
}

/** Signs for `actorId` with their key on this laptop; null when their key is not open (then nothing is signed). */
export function signerFor(actorId: string): RecordSigner | null {
  const session = current;
  if (!session || session.userId !== actorId) return null;
  return async (purpose, contentHash, signedAt) => {
    const claim = { purpose, contentHash, signerId: actorId, keyId: session.key.keyId, signedAt };
    const sig = await signBytes(session.key.privateKey, signatureBytes(claim));
    return { v: 1, alg: SIGNATURE_ALGORITHM, ...claim, sig };
  };
}
