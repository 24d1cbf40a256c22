import { fromBase64, toBase64, utf8Encode } from '../../shared/crypto/bytes';
import { openBytes, sealBytes } from '../../shared/crypto/envelope';
import type { AesKey, CryptoProvider } from '../../shared/crypto/provider';

/**
 * ECDH P-256 over WebCrypto: a member's encryption key pair and the wrapping of a secret (a rotated sync key) to it.
 * P-256 for the same reasons as the signing keys (renderer/signing/webcrypto-signing.ts): FIPS 186 approved and
 * importable non-extractable everywhere the app runs. A wrapping is ECIES-shaped: a fresh ephemeral key pair, the
 * shared secret through HKDF-SHA256 (bound to both public keys and the purpose) into an AES-256-GCM key.
 */

const ALGORITHM = { name: 'ECDH', namedCurve: 'P-256' } as const;

function buf(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const copy = new Uint8Array(bytes.length);
  copy.set(bytes);
  return copy;
}

export interface EncryptionKeyPair {
  /** PKCS#8 of the private key: sealed at once, never stored or sent in clear. */
  readonly pkcs8: Uint8Array;
  /** SPKI of the public key, base64. */
  readonly publicKey: string;
}

/** A secret wrapped to one public key. */
export interface WrappedToKey {
  /** The ephemeral public key, SPKI base64. */
  readonly ephemeral: string;
  readonly envelope: string;
}

export async function generateEncryptionKeyPair(): Promise<EncryptionKeyPair> {
  const pair = await crypto.subtle.generateKey(ALGORITHM, true, ['deriveBits']);
  const pkcs8 = new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey));
  const spki = new Uint8Array(await crypto.subtle.exportKey('spki', pair.publicKey));
  return { pkcs8, publicKey: toBase64(spki) };
}

/** Imports a private key for key agreement only; it cannot be exported again. */
export function importEncryptionPrivateKey(pkcs8: Uint8Array): Promise<CryptoKey> {
  return crypto.subtle.importKey('pkcs8', buf(pkcs8), ALGORITHM, false, ['deriveBits']);
}

const importPublic = (spki: string): Promise<CryptoKey> => crypto.subtle.importKey('spki', buf(fromBase64(spki)), ALGORITHM, false, []);

async function kek(provider: CryptoProvider, privateKey: CryptoKey, otherPublic: string, ephemeral: string, recipient: string): Promise<AesKey> {
  const shared = new Uint8Array(await crypto.subtle.deriveBits({ name: 'ECDH', public: await importPublic(otherPublic) }, privateKey, 256));
  const raw = await provider.hkdfSha256(shared, utf8Encode(`${ephemeral}|${recipient}`), utf8Encode('waypoint/ecdh-wrap/v1'), 32);
  shared.fill(0);
  return provider.importAesKey(raw);
}

/** Wraps `secret` so that only the holder of `recipientPublicKey`'s private key opens it; `aad` says what it is for. */
export async function wrapToPublicKey(provider: CryptoProvider, recipientPublicKey: string, secret: Uint8Array, aad: string): Promise<WrappedToKey> {
  const eph = await crypto.subtle.generateKey(ALGORITHM, true, ['deriveBits']);
  const ephemeral = toBase64(new Uint8Array(await crypto.subtle.exportKey('spki', eph.publicKey)));
  const key = await kek(provider, eph.privateKey, recipientPublicKey, ephemeral, recipientPublicKey);
  return { ephemeral, envelope: await sealBytes(provider, key, secret, aad) };
}

/** Opens a wrapping made for `ownPublicKey`; throws EnvelopeError when it was made for another key or altered. */
export async function unwrapWithPrivateKey(
  provider: CryptoProvider,
  own: { readonly privateKey: CryptoKey; readonly publicKey: string },
  wrapped: WrappedToKey,
  aad: string,
): Promise<Uint8Array> {
  const key = await kek(provider, own.privateKey, wrapped.ephemeral, wrapped.ephemeral, own.publicKey);
  return openBytes(provider, key, wrapped.envelope, aad);
}
