import { signingKeyEntryName } from '../../shared/signing/root-holder';
import type { VaultStore } from '../vault/vault-store';
import { openPrivateKey, storePrivateKey, type KeyOwner, type KeySlot, type PersonalOwner } from './sealed-private-key';

import { fingerprintOf, generateSigningKeyPair, importPrivateKey } from './webcrypto-signing';

export { isStoredKey, userWrapKey, type KeyOwner, type StoredSigningKey } from './sealed-private-key';

/**
 * This laptop's private signing keys, one per user, in their own small IndexedDB store ("waypoint-signing", never
 * synced). Each is sealed (AES-256-GCM) under a key derived from the user's personal key (their passphrase's wrapping
 * of the master key: renderer/signing/sealed-private-key), so the clinic key and a copy of the disk do not open it,
 * and is imported non-extractable while the vault is open. The trust root this laptop pinned also lives here.
 */

export interface OpenSigningKey {
  readonly keyId: string;
  readonly publicKey: string;
  readonly createdAt: string;
  readonly privateKey: CryptoKey;
}

const pinKey = (clinicId: string) => `root/${clinicId}`;

/** Where a user's private signing key lives in the store and how it is sealed. */
export const signingKeySlot = (owner: Pick<KeyOwner, 'laptopId' | 'userId'>): KeySlot => ({
  entry: signingKeyEntryName(owner.laptopId, owner.userId),
  aad: (keyId) => `waypoint/signing-key/v1/${owner.userId}/${keyId}`,
  info: 'waypoint/signing-key-personal-wrap/v1',
  legacyInfo: 'waypoint/signing-key-wrap/v1',
});

/** Makes a new key pair for the user on this laptop, replacing any key they had here. */
export async function createKey(owner: PersonalOwner, now: Date): Promise<OpenSigningKey> {
  const pair = await generateSigningKeyPair();
  const keyId = await fingerprintOf(pair.publicKey);
  const meta = { keyId, publicKey: pair.publicKey, createdAt: now.toISOString() };
  await storePrivateKey(owner, signingKeySlot(owner), meta, pair.pkcs8);
  const privateKey = await importPrivateKey(pair.pkcs8);
  pair.pkcs8.fill(0);
  return { ...meta, privateKey };
}

/** Opens the user's key on this laptop, making one when there is none that opens; `created` tells whether it is new. */
export async function openOrCreateKey(owner: KeyOwner, now: Date): Promise<{ readonly key: OpenSigningKey; readonly created: boolean }> {
  const opened = await openPrivateKey(owner, signingKeySlot(owner));
  if (!opened) return { key: await createKey(owner, now), created: true };
  const { keyId, publicKey, createdAt } = opened.stored;
  const privateKey = await importPrivateKey(opened.pkcs8);
  opened.pkcs8.fill(0);
  return { key: { keyId, publicKey, createdAt, privateKey }, created: false };
}

export async function readPinnedRoot(store: VaultStore, clinicId: string): Promise<string> {
  const value = await store.get(pinKey(clinicId));
  return typeof value === 'string' ? value : '';
}

export function pinRoot(store: VaultStore, clinicId: string, keyId: string): Promise<void> {
  return store.put(pinKey(clinicId), keyId);
}
