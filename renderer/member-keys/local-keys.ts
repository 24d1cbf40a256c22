import { fromBase64, toBase64 } from '../../shared/crypto/bytes';
import { EnvelopeError, openJson, sealJson } from '../../shared/crypto/envelope';
import type { KeyGeneration } from '../../shared/crypto/key-generations';
import type { AesKey, CryptoProvider } from '../../shared/crypto/provider';
import { openPrivateKey, storePrivateKey, userWrapKey, type KeyOwner, type KeySlot } from '../signing/sealed-private-key';
import { fingerprintOf } from '../signing/webcrypto-signing';
import { generateEncryptionKeyPair, importEncryptionPrivateKey } from './ecdh';

/**
 * What this laptop keeps of its member keys, in the signing store ("waypoint-signing", never synced): the user's
 * private encryption key, sealed under the user's personal key like the private signing key
 * (renderer/signing/sealed-private-key), and the rotated sync keys (generation ≥ 1) received so far, sealed under a
 * key derived from the master key and the user id.
 */

export interface OpenEncryptionKey {
  readonly keyId: string;
  readonly publicKey: string;
  readonly createdAt: string;
  readonly privateKey: CryptoKey;
}

/** Whose keys: the same owner as the private signing keys (this laptop's store, the master and personal keys, laptop and user). */
export type LocalKeyOwner = KeyOwner;

/** The rotated sync keys are sealed under the master key and the user id only (they are the clinic's, not the user's). */
export type GenerationsOwner = Omit<KeyOwner, 'personal'>;

/** Where the user's private encryption key lives and how it is sealed. */
export const encryptionKeySlot = (o: Pick<KeyOwner, 'laptopId' | 'userId'>): KeySlot => ({
  entry: `enc-key/${o.laptopId}/${o.userId}`,
  aad: (keyId) => `waypoint/encryption-key/v1/${o.userId}/${keyId}`,
  info: 'waypoint/member-keys-personal-wrap/v1',
  legacyInfo: 'waypoint/member-keys-wrap/v1',
});
const generationsEntry = (o: GenerationsOwner) => `sync-generations/${o.laptopId}/${o.userId}`;

// Derived once per owner object: a sync start reads, keeps and reads again the rotated keys with one owner, and each
// HKDF + import was repeated. A failed derivation is not kept.
const wrapKeys = new WeakMap<GenerationsOwner, Promise<AesKey>>();

const localWrapKey = (o: GenerationsOwner): Promise<AesKey> => {
  const known = wrapKeys.get(o);
  if (known) return known;
  const derived = userWrapKey(o, 'waypoint/member-keys-wrap/v1');
  wrapKeys.set(o, derived);
  derived.catch(() => wrapKeys.delete(o));
  return derived;
};

/** Opens the user's encryption key on this laptop, making one when none opens; `created` tells whether it is new. */
export async function openOrCreateEncryptionKey(o: LocalKeyOwner, now: Date): Promise<{ readonly key: OpenEncryptionKey; readonly created: boolean }> {
  const opened = await openPrivateKey(o, encryptionKeySlot(o));
  if (opened) {
    const { keyId, publicKey, createdAt } = opened.stored;
    const privateKey = await importEncryptionPrivateKey(opened.pkcs8);
    opened.pkcs8.fill(0);
    return { key: { keyId, publicKey, createdAt, privateKey }, created: false };
  }
  const pair = await generateEncryptionKeyPair();
  const meta = { keyId: await fingerprintOf(pair.publicKey), publicKey: pair.publicKey, createdAt: now.toISOString() };
  await storePrivateKey(o, encryptionKeySlot(o), meta, pair.pkcs8);
  const privateKey = await importEncryptionPrivateKey(pair.pkcs8);
  pair.pkcs8.fill(0);
  return { key: { ...meta, privateKey }, created: true };
}

/** The raw rotated sync keys this laptop holds, by generation (empty when none or sealed under another clinic key). */
export async function readHeldGenerations(o: GenerationsOwner): Promise<ReadonlyMap<number, Uint8Array>> {
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
export async function keepGenerations(o: GenerationsOwner, received: ReadonlyMap<number, Uint8Array>): Promise<void> {
  const held = new Map([...received, ...(await readHeldGenerations(o))]);
  const json = Object.fromEntries([...held].map(([g, raw]) => [String(g), toBase64(raw)]));
  await o.store.put(generationsEntry(o), await sealJson(o.crypto, await localWrapKey(o), json, 'waypoint/sync-generations/v1'));
}

/** The held generations as AES keys, for sync. */
export async function importGenerations(crypto: CryptoProvider, held: ReadonlyMap<number, Uint8Array>): Promise<KeyGeneration[]> {
  return Promise.all([...held].map(async ([generation, raw]) => ({ generation, key: await crypto.importAesKey(raw) })));
}
