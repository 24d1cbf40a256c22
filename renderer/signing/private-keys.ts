import { utf8Encode } from '../../shared/crypto/bytes';
import { EnvelopeError, openBytes, sealBytes } from '../../shared/crypto/envelope';
import type { AesKey, CryptoProvider } from '../../shared/crypto/provider';
import type { VaultStore } from '../vault/vault-store';
import { fingerprintOf, generateSigningKeyPair, importPrivateKey } from './webcrypto-signing';

/**
 * This laptop's private signing keys, one per user, in their own small IndexedDB store ("waypoint-signing", never
 * synced). Each is sealed (AES-256-GCM) under a key derived from the clinic master key and the user's id, the same
 * protection every record has at rest on this laptop, and is imported non-extractable while the vault is open.
 * The trust root this laptop pinned also lives here.
 */

export interface StoredSigningKey {
  readonly keyId: string;
  readonly publicKey: string;
  readonly createdAt: string;
  /** The PKCS#8 private key, sealed. */
  readonly sealed: string;
}

export interface OpenSigningKey {
  readonly keyId: string;
  readonly publicKey: string;
  readonly createdAt: string;
  readonly privateKey: CryptoKey;
}

const entryKey = (laptopId: string, userId: string) => `key/${laptopId}/${userId}`;
const pinKey = (clinicId: string) => `root/${clinicId}`;
const aadOf = (userId: string, keyId: string) => `waypoint/signing-key/v1/${userId}/${keyId}`;

/** A sealed private key entry as this laptop's key store holds it (signing and member encryption keys alike). */
export function isStoredKey(value: unknown): value is StoredSigningKey {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Readonly<Record<string, unknown>>;
  return ['keyId', 'publicKey', 'createdAt', 'sealed'].every((k) => typeof v[k] === 'string');
}

/** The key this laptop seals one user's private keys under: HKDF of the master key with the user id, per purpose (`info`). */
export async function userWrapKey(owner: Pick<KeyOwner, 'crypto' | 'master' | 'userId'>, info: string): Promise<AesKey> {
  const raw = await owner.crypto.hkdfSha256(owner.master, utf8Encode(owner.userId), utf8Encode(info), 32);
  return owner.crypto.importAesKey(raw);
}

export interface KeyOwner {
  readonly crypto: CryptoProvider;
  readonly store: VaultStore;
  readonly master: Uint8Array;
  readonly laptopId: string;
  readonly userId: string;
}

/** Opens the user's key on this laptop, making one on first use; `created` tells whether it is new. */
export async function openOrCreateKey(owner: KeyOwner, now: Date): Promise<{ readonly key: OpenSigningKey; readonly created: boolean }> {
  const wrap = await userWrapKey(owner, 'waypoint/signing-key-wrap/v1');
  const stored = await owner.store.get(entryKey(owner.laptopId, owner.userId));
  if (isStoredKey(stored)) {
    const pkcs8 = await openBytes(owner.crypto, wrap, stored.sealed, aadOf(owner.userId, stored.keyId)).catch((e: unknown) => {
      if (e instanceof EnvelopeError) return null; // sealed under another clinic key (e.g. a restore): make a new key
      throw e;
    });
    if (pkcs8) return { key: { ...stored, privateKey: await importPrivateKey(pkcs8) }, created: false };
  }
  const pair = await generateSigningKeyPair();
  const keyId = await fingerprintOf(pair.publicKey);
  const sealed = await sealBytes(owner.crypto, wrap, pair.pkcs8, aadOf(owner.userId, keyId));
  const entry: StoredSigningKey = { keyId, publicKey: pair.publicKey, createdAt: now.toISOString(), sealed };
  await owner.store.put(entryKey(owner.laptopId, owner.userId), entry);
  const privateKey = await importPrivateKey(pair.pkcs8);
  pair.pkcs8.fill(0);
  return { key: { keyId, publicKey: pair.publicKey, createdAt: entry.createdAt, privateKey }, created: true };
}

export async function readPinnedRoot(store: VaultStore, clinicId: string): Promise<string> {
  const value = await store.get(pinKey(clinicId));
  return typeof value === 'string' ? value : '';
}

export function pinRoot(store: VaultStore, clinicId: string, keyId: string): Promise<void> {
  return store.put(pinKey(clinicId), keyId);
}
