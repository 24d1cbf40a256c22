import { fromBase64, toBase64 } from '../../shared/crypto/bytes';
import { EnvelopeError, openBytes, openJson, sealBytes, sealJson } from '../../shared/crypto/envelope';
import type { KeyGeneration } from '../../shared/crypto/key-generations';
import type { AesKey, CryptoProvider } from '../../shared/crypto/provider';
import { isStoredKey, userWrapKey, type KeyOwner, type StoredSigningKey } from '../signing/private-keys';
import { fingerprintOf } from '../signing/webcrypto-signing';
import { generateEncryptionKeyPair, importEncryptionPrivateKey } from './ecdh';

/**
 * What this laptop keeps of its member keys, in the signing store ("waypoint-signing", never synced), each sealed
 * (AES-256-GCM) under a key derived from the clinic master key and the user id, like the private signing keys:
 * the user's private encryption key, and the rotated sync keys (generation ≥ 1) received so far.
 */

export interface OpenEncryptionKey {
  readonly keyId: string;
  readonly publicKey: string;
  readonly createdAt: string;
  readonly privateKey: CryptoKey;
}

/** Whose keys: the same owner as the private signing keys (this laptop's store, the master key, laptop and user). */
export type LocalKeyOwner = KeyOwner;

const keyEntry = (o: LocalKeyOwner) => `enc-key/${o.laptopId}/${o.userId}`;
const generationsEntry = (o: LocalKeyOwner) => `sync-generations/${o.laptopId}/${o.userId}`;

// Derived once per owner object: a sync start opens the encryption key, reads, keeps and reads again the rotated
// keys with one owner, and each HKDF + import was repeated (four per start). A failed derivation is not kept.
const wrapKeys = new WeakMap<LocalKeyOwner, Promise<AesKey>>();

const localWrapKey = (o: LocalKeyOwner): Promise<AesKey> => {
  const known = wrapKeys.get(o);
  if (known) return known;
  const derived = userWrapKey(o, 'waypoint/member-keys-wrap/v1');
  wrapKeys.set(o, derived);
  derived.catch(() => wrapKeys.delete(o));
  return derived;
};

/** Opens the user's encryption key on this laptop, making one on first use; `created` tells whether it is new. */
export async function openOrCreateEncryptionKey(o: LocalKeyOwner, now: Date): Promise<{ readonly key: OpenEncryptionKey; readonly created: boolean }> {
  const wrap = await localWrapKey(o);
  const stored = await o.store.get(keyEntry(o));
  if (isStoredKey(stored)) {
    const aad = `waypoint/encryption-key/v1/${o.userId}/${stored.keyId}`;
    const pkcs8 = await openBytes(o.crypto, wrap, stored.sealed, aad).catch((e: unknown) => {
      if (e instanceof EnvelopeError) return null; // sealed under another clinic key (e.g. a restore): make a new key
      throw e;
    });
    if (pkcs8) return { key: { ...stored, privateKey: await importEncryptionPrivateKey(pkcs8) }, created: false };
  }
  const pair = await generateEncryptionKeyPair();
  const keyId = await fingerprintOf(pair.publicKey);
  const sealed = await sealBytes(o.crypto, wrap, pair.pkcs8, `waypoint/encryption-key/v1/${o.userId}/${keyId}`);
  const entry: StoredSigningKey = { keyId, publicKey: pair.publicKey, createdAt: now.toISOString(), sealed };
  await o.store.put(keyEntry(o), entry);
  const privateKey = await importEncryptionPrivateKey(pair.pkcs8);
  pair.pkcs8.fill(0);
  return { key: { keyId, publicKey: pair.publicKey, createdAt: entry.createdAt, privateKey }, created: true };
}

/** The raw rotated sync keys this laptop holds, by generation (empty when none or sealed under another clinic key). */
export async function readHeldGenerations(o: LocalKeyOwner): Promise<ReadonlyMap<number, Uint8Array>> {
  const sealed = await o.store.get(generationsEntry(o));
  if (typeof sealed !== 'string') return new Map();
  const opened = await openJson(o.crypto, await localWrapKey(o), sealed, 'waypoint/sync-generations/v1').catch((e: unknown) => {
    if (e instanceof EnvelopeError) return {};
    throw e;
  });
  const entries = typeof opened === 'object' && opened !== null ? Object.entries(opened) : [];
  return new Map(entries.flatMap(([g, raw]) => (typeof raw === 'string' && Number(g) > 0 ? [[Number(g), fromBase64(raw)] as const] : [])));
}

/** Adds rotated sync keys to what this laptop holds (a generation already held is kept). */
export async function keepGenerations(o: LocalKeyOwner, received: ReadonlyMap<number, Uint8Array>): Promise<void> {
  const held = new Map([...received, ...(await readHeldGenerations(o))]);
  const json = Object.fromEntries([...held].map(([g, raw]) => [String(g), toBase64(raw)]));
  await o.store.put(generationsEntry(o), await sealJson(o.crypto, await localWrapKey(o), json, 'waypoint/sync-generations/v1'));
}

/** The held generations as AES keys, for sync. */
export async function importGenerations(crypto: CryptoProvider, held: ReadonlyMap<number, Uint8Array>): Promise<KeyGeneration[]> {
  return Promise.all([...held].map(async ([generation, raw]) => ({ generation, key: await crypto.importAesKey(raw) })));
}
