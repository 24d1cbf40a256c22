import { fromBase64, toBase64 } from '../../shared/crypto/bytes';
import type { SignatureChecker } from '../../shared/signing/signing-types';

/**
 * ECDSA P-256 over WebCrypto. Chosen over Ed25519: P-256 is FIPS 186 approved (what a HIPAA-minded clinic's reviewers
 * ask for), supported by WebCrypto in every Chromium, Electron and Node this app runs on, and importable as a
 * non-extractable key; Ed25519 would give shorter, deterministic signatures but nothing this app needs.
 */

const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGN_PARAMS = { name: 'ECDSA', hash: 'SHA-256' } as const;

function buf(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const copy = new Uint8Array(bytes.length);
  copy.set(bytes);
  return copy;
}

export interface GeneratedKeyPair {
  /** PKCS#8 of the private key: sealed at once, never stored or sent in clear. */
  readonly pkcs8: Uint8Array;
  /** SPKI of the public key, base64. */
  readonly publicKey: string;
}

export async function generateSigningKeyPair(): Promise<GeneratedKeyPair> {
  const pair = await crypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify']);
  const pkcs8 = new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey));
  const spki = new Uint8Array(await crypto.subtle.exportKey('spki', pair.publicKey));
  return { pkcs8, publicKey: toBase64(spki) };
}

/** Imports a private key for signing only; it cannot be exported again. */
export function importPrivateKey(pkcs8: Uint8Array): Promise<CryptoKey> {
  return crypto.subtle.importKey('pkcs8', buf(pkcs8), ALGORITHM, false, ['sign']);
}

export async function signBytes(privateKey: CryptoKey, bytes: Uint8Array): Promise<string> {
  return toBase64(new Uint8Array(await crypto.subtle.sign(SIGN_PARAMS, privateKey, buf(bytes))));
}

async function verifyBytes(publicKey: string, bytes: Uint8Array, sig: string): Promise<boolean> {
  try {
    const key = await crypto.subtle.importKey('spki', buf(fromBase64(publicKey)), ALGORITHM, false, ['verify']);
    return await crypto.subtle.verify(SIGN_PARAMS, key, buf(fromBase64(sig)), buf(bytes));
  } catch {
    return false; // a malformed key or signature is simply not a valid signature
  }
}

/** keyId of a public key: SHA-256 hex of its base64 text, first 32 characters. */
export async function fingerprintOf(publicKey: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(publicKey)));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0'))
    .join('')
    .slice(0, 32);
}

export const webCryptoChecker: SignatureChecker = { verify: verifyBytes, fingerprint: fingerprintOf };
