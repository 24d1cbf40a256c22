import { utf8Encode } from '../../shared/crypto/bytes';
import { EnvelopeError, openBytes, sealBytes } from '../../shared/crypto/envelope';
import type { AesKey, CryptoProvider } from '../../shared/crypto/provider';
import type { VaultStore } from '../vault/vault-store';

/**
 * One private key of one user on this laptop (the signing key, the member encryption key), sealed under the user's
 * personal key: derived from their passphrase's wrapping of the master key, so the laptop's disk plus the clinic key
 * do not open it (issue 18 item 6). An entry from before (sealed under the master key and the user id) is opened
 * that way once and sealed again under the personal key. During a passphrase change the entry also holds `pending`,
 * a copy sealed under the next passphrase's personal key, so whichever passphrase the keyring ends up with opens it.
 */

export interface StoredSigningKey {
  readonly keyId: string;
  readonly publicKey: string;
  readonly createdAt: string;
  /** The PKCS#8 private key, sealed. */
  readonly sealed: string;
  /** 'personal': sealed under the user's personal key; absent: an entry from before, under the master key. */
  readonly wrap?: 'personal';
  /** During a passphrase change: a copy sealed under the next passphrase's personal key. */
  readonly pending?: string;
}

/** A sealed private key entry as this laptop's key store holds it (signing and member encryption keys alike). */
export function isStoredKey(value: unknown): value is StoredSigningKey {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Readonly<Record<string, unknown>>;
  const fields = ['keyId', 'publicKey', 'createdAt', 'sealed'].every((k) => typeof v[k] === 'string');
  return fields && (v.wrap === undefined || v.wrap === 'personal') && (v.pending === undefined || typeof v.pending === 'string');
}

/** The key this laptop seals what a user holds beside their private keys under: HKDF of the master key with the user id, per purpose (`info`). */
export async function userWrapKey(owner: Pick<KeyOwner, 'crypto' | 'master' | 'userId'>, info: string): Promise<AesKey> {
  const raw = await owner.crypto.hkdfSha256(owner.master, utf8Encode(owner.userId), utf8Encode(info), 32);
  return owner.crypto.importAesKey(raw);
}

export interface KeyOwner {
  readonly crypto: CryptoProvider;
  readonly store: VaultStore;
  readonly master: Uint8Array;
  /** The user's personal key (renderer/vault UnlockedVault.personal). */
  readonly personal: Uint8Array;
  readonly laptopId: string;
  readonly userId: string;
}

/** What sealing a new key needs: the owner without the master key (a new key is sealed under the personal key alone). */
export type PersonalOwner = Omit<KeyOwner, 'master'>;

export interface KeySlot {
  /** The entry's name in the store. */
  readonly entry: string;
  /** The envelope's associated data for a key id. */
  readonly aad: (keyId: string) => string;
  /** HKDF label of the wrap key derived from the personal key. */
  readonly info: string;
  /** HKDF label of the wrap key derived from the master key (entries from before). */
  readonly legacyInfo: string;
}

export interface OpenedKeyBytes {
  readonly stored: StoredSigningKey;
  readonly pkcs8: Uint8Array;
}

/** The wrap key under the user's personal key, for one purpose. */
async function personalWrapKey(owner: PersonalOwner, personal: Uint8Array, info: string): Promise<AesKey> {
  const raw = await owner.crypto.hkdfSha256(personal, utf8Encode(owner.userId), utf8Encode(info), 32);
  return owner.crypto.importAesKey(raw);
}

/** Opens an envelope, or null when the key does not open it. */
async function tryOpen(owner: KeyOwner, key: AesKey, sealed: string, aad: string): Promise<Uint8Array | null> {
  return openBytes(owner.crypto, key, sealed, aad).catch((e: unknown) => {
    if (e instanceof EnvelopeError) return null;
    throw e;
  });
}

/** Seals a private key under `personal` (the owner's, or the next passphrase's). */
export async function sealPrivateKey(owner: PersonalOwner, slot: KeySlot, keyId: string, pkcs8: Uint8Array, personal = owner.personal): Promise<string> {
  return sealBytes(owner.crypto, await personalWrapKey(owner, personal, slot.info), pkcs8, slot.aad(keyId));
}

/** Stores a new key's entry, sealed under the owner's personal key (replacing any earlier key in the slot). */
export async function storePrivateKey(
  owner: PersonalOwner,
  slot: KeySlot,
  key: Omit<StoredSigningKey, 'sealed' | 'wrap' | 'pending'>,
  pkcs8: Uint8Array,
): Promise<void> {
  const entry: StoredSigningKey = { ...key, wrap: 'personal', sealed: await sealPrivateKey(owner, slot, key.keyId, pkcs8) };
  await owner.store.put(slot.entry, entry);
}

/** Opens the entry; `settled` when it opened as sealed under this personal key alone. */
async function openEntry(owner: KeyOwner, slot: KeySlot, stored: StoredSigningKey): Promise<{ pkcs8: Uint8Array; settled: boolean } | null> {
  const aad = slot.aad(stored.keyId);
  if (stored.wrap !== 'personal') {
    const legacy = await tryOpen(owner, await userWrapKey(owner, slot.legacyInfo), stored.sealed, aad);
    return legacy && { pkcs8: legacy, settled: false };
  }
  const key = await personalWrapKey(owner, owner.personal, slot.info);
  const current = await tryOpen(owner, key, stored.sealed, aad);
  // A pending copy beside it is a passphrase change under way (or one stopped before its keyring write): it is left
  // for that change, never dropped here — a sync start opening the key mid-change would otherwise lose the new copy.
  if (current) return { pkcs8: current, settled: true };
  const pending = stored.pending ? await tryOpen(owner, key, stored.pending, aad) : null;
  return pending && { pkcs8: pending, settled: false };
}

/**
 * The slot's private key, or null when there is none or it does not open (another clinic key, or a passphrase
 * replaced without the old one: a recovery reset or a new one-time code). An entry that opened any other way than
 * as sealed under this personal key alone (from before: migration; or mid-change) is stored again sealed under it alone.
 */
export async function openPrivateKey(owner: KeyOwner, slot: KeySlot): Promise<OpenedKeyBytes | null> {
  const stored = await owner.store.get(slot.entry);
  if (!isStoredKey(stored)) return null;
  const opened = await openEntry(owner, slot, stored);
  if (!opened) return null;
  if (!opened.settled) await storePrivateKey(owner, slot, { keyId: stored.keyId, publicKey: stored.publicKey, createdAt: stored.createdAt }, opened.pkcs8);
  return { stored, pkcs8: opened.pkcs8 };
}

/**
 * Passphrase change, step 1: adds to the slot's entry a copy sealed under the next passphrase's personal key, beside
 * the current one (nothing to do when the slot holds no key that opens). Step 2 is the keyring write; the next
 * `openPrivateKey` with the new personal key drops the old copy.
 */
export async function addPendingCopy(owner: KeyOwner, slot: KeySlot, nextPersonal: Uint8Array): Promise<boolean> {
  const opened = await openPrivateKey(owner, slot);
  if (!opened) return false;
  const pending = await sealPrivateKey(owner, slot, opened.stored.keyId, opened.pkcs8, nextPersonal);
  opened.pkcs8.fill(0);
  const current = await owner.store.get(slot.entry);
  if (!isStoredKey(current)) return false;
  await owner.store.put(slot.entry, { ...current, pending } satisfies StoredSigningKey);
  return true;
}
