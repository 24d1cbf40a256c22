import { fromBase64, toBase64, utf8Decode, utf8Encode } from './bytes';
import type { AesKey, CryptoProvider } from './provider';

/**
 * A sealed value: "w1.<iv>.<ciphertext+tag>" in base64. AES-256-GCM with a fresh 96-bit IV per seal; the associated
 * data binds the ciphertext to where it belongs (e.g. collection and document id), so a sealed value copied onto
 * another record does not open.
 */
const PREFIX = 'w1';
const IV_BYTES = 12;

/** Thrown when an envelope is malformed or does not open: wrong key, altered bytes or moved to another record. */
export class EnvelopeError extends Error {
  readonly code = 'envelope_unreadable';
  constructor(message: string) {
    super(message);
    this.name = 'EnvelopeError';
  }
}

/** True when a value looks like a Waypoint envelope. */
export function isEnvelope(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith(`${PREFIX}.`) && value.split('.').length === 3;
}

/** Seals bytes under key with associated data. */
export async function sealBytes(crypto: CryptoProvider, key: AesKey, plaintext: Uint8Array, aad: string): Promise<string> {
  const iv = crypto.randomBytes(IV_BYTES);
  const ciphertext = await crypto.aesGcmEncrypt(key, iv, plaintext, utf8Encode(aad));
  return `${PREFIX}.${toBase64(iv)}.${toBase64(ciphertext)}`;
}

/** Opens an envelope made by sealBytes with the same key and associated data. */
export async function openBytes(crypto: CryptoProvider, key: AesKey, envelope: string, aad: string): Promise<Uint8Array> {
  const [prefix, ivText, ctText] = envelope.split('.');
  if (prefix !== PREFIX || ivText === undefined || ctText === undefined) {
    throw new EnvelopeError('not a Waypoint envelope');
  }
  let iv: Uint8Array;
  let ciphertext: Uint8Array;
  try {
    iv = fromBase64(ivText);
    ciphertext = fromBase64(ctText);
  } catch {
    throw new EnvelopeError('envelope is not valid base64');
  }
  if (iv.length !== IV_BYTES) throw new EnvelopeError('envelope has a wrong IV length');
  try {
    return await crypto.aesGcmDecrypt(key, iv, ciphertext, utf8Encode(aad));
  } catch {
    throw new EnvelopeError('envelope did not verify (wrong key or altered data)');
  }
}

/** Seals a JSON-serialisable value. */
export async function sealJson(crypto: CryptoProvider, key: AesKey, value: unknown, aad: string): Promise<string> {
  return sealBytes(crypto, key, utf8Encode(JSON.stringify(value)), aad);
}

/** Opens a value sealed by sealJson; the caller narrows the result. */
export async function openJson(crypto: CryptoProvider, key: AesKey, envelope: string, aad: string): Promise<unknown> {
  const bytes = await openBytes(crypto, key, envelope, aad);
  try {
    return JSON.parse(utf8Decode(bytes)) as unknown;
  } catch {
    throw new EnvelopeError('envelope content is not JSON');
  }
}
