import { concatBytes, fromBase64, toBase64, utf8Encode } from './bytes';
import { EnvelopeError, openBytes, sealBytes } from './envelope';
import type { AesKey, Argon2Params, CryptoProvider } from './provider';

/**
 * Clinic key hierarchy (DESIGN.md "Keys"): one random 256-bit master key; HKDF derives the at-rest and sync keys;
 * each secret that may unlock (a passphrase, the recovery key, an enrollment code) wraps the master key.
 * Unwrap success is the only check: no password hash is stored.
 */

export const MASTER_KEY_BYTES = 32;

/** Argon2id at 64 MiB, 3 passes (DESIGN.md). */
export const DEFAULT_ARGON2: Argon2Params = { memoryKiB: 64 * 1024, iterations: 3, parallelism: 1 };

export type KeyPurpose = 'at-rest' | 'sync' | 'backup';

/** A master key wrapped under a passphrase (Argon2id) or under a high-entropy secret (HKDF). */
export interface WrappedKey {
  readonly kdf: 'argon2id' | 'hkdf-sha256';
  readonly salt: string;
  readonly argon2?: Argon2Params;
  readonly envelope: string;
}

/** Thrown when a secret does not unwrap a key: the passphrase or recovery key is wrong. */
export class WrongSecretError extends Error {
  readonly code = 'wrong_secret';
  constructor() {
    super('That passphrase or key does not unlock this vault.');
    this.name = 'WrongSecretError';
  }
}

const WRAP_AAD = 'waypoint/master-key/v1';

/** Creates a fresh random master key. */
export function createMasterKey(crypto: CryptoProvider): Uint8Array {
  return crypto.randomBytes(MASTER_KEY_BYTES);
}

/** Derives the AES key for one purpose from the master key (HKDF-SHA256, distinct info per purpose). */
export async function deriveKey(crypto: CryptoProvider, master: Uint8Array, purpose: KeyPurpose): Promise<AesKey> {
  const raw = await crypto.hkdfSha256(master, new Uint8Array(32), utf8Encode(`waypoint/${purpose}/v1`), 32);
  return crypto.importAesKey(raw);
}

async function kekRaw(crypto: CryptoProvider, secret: Uint8Array, kdf: WrappedKey['kdf'], salt: Uint8Array, params: Argon2Params): Promise<Uint8Array> {
  return kdf === 'argon2id' ? crypto.argon2id(secret, salt, params, 32) : crypto.hkdfSha256(secret, salt, utf8Encode('waypoint/kek/v1'), 32);
}

async function kekFromSecret(crypto: CryptoProvider, secret: Uint8Array, kdf: WrappedKey['kdf'], salt: Uint8Array, params: Argon2Params): Promise<AesKey> {
  return crypto.importAesKey(await kekRaw(crypto, secret, kdf, salt, params));
}

/**
 * The user's own key beside the master key (issue 18 item 6): HKDF, with its own label, of the Argon2id output the
 * passphrase unwrap computes anyway. It seals the user's private keys on this laptop, so the master key alone (every
 * member holds it) does not open them; it changes with every new wrapping (a new salt), so a passphrase change re-seals.
 */
const personalFrom = (crypto: CryptoProvider, argonOut: Uint8Array): Promise<Uint8Array> =>
  crypto.hkdfSha256(argonOut, new Uint8Array(0), utf8Encode('waypoint/personal-key/v1'), 32);

/** The master key wrapped under a passphrase, and the personal key that passphrase's wrapping gives. */
export interface PassphraseWrapping {
  readonly wrapped: WrappedKey;
  readonly personal: Uint8Array;
}

/** Wraps the master key under a passphrase (Argon2id → key-encryption key → AES-GCM), returning the personal key too. */
export async function wrapWithPassphraseKeyed(
  crypto: CryptoProvider,
  master: Uint8Array,
  passphrase: string,
  params: Argon2Params = DEFAULT_ARGON2,
): Promise<PassphraseWrapping> {
  const salt = crypto.randomBytes(16);
  const raw = await kekRaw(crypto, utf8Encode(passphrase.normalize('NFC')), 'argon2id', salt, params);
  const envelope = await sealBytes(crypto, await crypto.importAesKey(raw), master, WRAP_AAD);
  const personal = await personalFrom(crypto, raw);
  raw.fill(0);
  return { wrapped: { kdf: 'argon2id', salt: toBase64(salt), argon2: params, envelope }, personal };
}

/** Wraps the master key under a passphrase: Argon2id → key-encryption key → AES-GCM. */
export async function wrapWithPassphrase(
  crypto: CryptoProvider,
  master: Uint8Array,
  passphrase: string,
  params: Argon2Params = DEFAULT_ARGON2,
): Promise<WrappedKey> {
  return (await wrapWithPassphraseKeyed(crypto, master, passphrase, params)).wrapped;
}

/** Wraps the master key under a high-entropy secret (recovery key, enrollment code) with HKDF. */
export async function wrapWithSecretKey(crypto: CryptoProvider, master: Uint8Array, secret: Uint8Array): Promise<WrappedKey> {
  const salt = crypto.randomBytes(16);
  const kek = await kekFromSecret(crypto, secret, 'hkdf-sha256', salt, DEFAULT_ARGON2);
  const envelope = await sealBytes(crypto, kek, master, WRAP_AAD);
  return { kdf: 'hkdf-sha256', salt: toBase64(salt), envelope };
}

/** Unwraps the master key; throws WrongSecretError when the secret is wrong. */
export async function unwrapMasterKey(crypto: CryptoProvider, wrapped: WrappedKey, secret: string | Uint8Array): Promise<Uint8Array> {
  const secretBytes = typeof secret === 'string' ? utf8Encode(secret.normalize('NFC')) : secret;
  const kek = await kekFromSecret(crypto, secretBytes, wrapped.kdf, fromBase64(wrapped.salt), wrapped.argon2 ?? DEFAULT_ARGON2);
  try {
    const master = await openBytes(crypto, kek, wrapped.envelope, WRAP_AAD);
    if (master.length !== MASTER_KEY_BYTES) throw new WrongSecretError();
    return master;
  } catch (error) {
    if (error instanceof EnvelopeError || error instanceof WrongSecretError) throw new WrongSecretError();
    throw error;
  }
}

/** Unwraps a passphrase wrapping: the master key and the personal key; throws WrongSecretError when the passphrase is wrong. */
export async function unwrapWithPassphrase(
  crypto: CryptoProvider,
  wrapped: WrappedKey,
  passphrase: string,
): Promise<{ master: Uint8Array; personal: Uint8Array }> {
  if (wrapped.kdf !== 'argon2id') throw new WrongSecretError();
  const raw = await kekRaw(crypto, utf8Encode(passphrase.normalize('NFC')), 'argon2id', fromBase64(wrapped.salt), wrapped.argon2 ?? DEFAULT_ARGON2);
  try {
    const master = await openBytes(crypto, await crypto.importAesKey(raw), wrapped.envelope, WRAP_AAD);
    if (master.length !== MASTER_KEY_BYTES) throw new WrongSecretError();
    return { master, personal: await personalFrom(crypto, raw) };
  } catch (error) {
    if (error instanceof EnvelopeError || error instanceof WrongSecretError) throw new WrongSecretError();
    throw error;
  } finally {
    raw.fill(0);
  }
}

/** A stable, non-secret fingerprint of a key's bytes, for telling keys apart in diagnostics. */
export async function keyFingerprint(crypto: CryptoProvider, raw: Uint8Array): Promise<string> {
  const digest = await crypto.hkdfSha256(raw, new Uint8Array(0), utf8Encode('waypoint/fingerprint/v1'), 8);
  return toBase64(concatBytes(digest)).slice(0, 11);
}
