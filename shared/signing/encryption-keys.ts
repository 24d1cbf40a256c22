import { utf8Encode } from '../crypto/bytes';
import { chainedCertificate, revocationOf, type RevocationDirectory } from './revocations';
import type { SignatureChecker } from './signing-types';

/**
 * Members' public encryption keys (issue 18 item 4(d)): an ECDH P-256 key pair per user per laptop, made at unlock
 * like the signing key. The public key is published as a synced clinic record (kind 'encryption-key') signed by the
 * same user's signing key on the same laptop, so it is vouched for exactly as far as that signing key is certified:
 * a rotated sync key is wrapped only to encryption keys whose signing key chains to the pinned trust root and has not
 * been revoked (a revocation from any date counts: a key with a revocation on record gets no new sync key).
 */

export interface EncryptionKey {
  /** SHA-256 (hex, first 32) of `publicKey`, like a signing key's keyId. */
  readonly keyId: string;
  readonly userId: string;
  readonly laptopId: string;
  /** The ECDH public key, SPKI DER in base64. */
  readonly publicKey: string;
  readonly createdAt: string;
  /** The signing key (same user, same laptop) whose signature `sig` vouches for this key. */
  readonly signingKeyId: string;
  readonly sig: string;
}

export type EncryptionKeyClaim = Omit<EncryptionKey, 'sig'>;

export function isEncryptionKey(value: unknown): value is EncryptionKey {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Readonly<Record<string, unknown>>;
  return ['keyId', 'userId', 'laptopId', 'publicKey', 'createdAt', 'signingKeyId', 'sig'].every((k) => typeof v[k] === 'string' && v[k] !== '');
}

/** The bytes the signing key signs: a fixed-order JSON array. */
export function encryptionKeyBytes(c: EncryptionKeyClaim): Uint8Array {
  return utf8Encode(JSON.stringify(['waypoint/encryption-key/v1', c.keyId, c.userId, c.laptopId, c.publicKey, c.createdAt, c.signingKeyId]));
}

/** Why an encryption key is not used ('' when it is vouched for). */
export async function encryptionKeyProblem(key: EncryptionKey, dir: RevocationDirectory, checker: SignatureChecker): Promise<string> {
  if ((await checker.fingerprint(key.publicKey)) !== key.keyId) return 'its key id does not match its public key';
  const cert = await chainedCertificate(key.signingKeyId, dir, checker);
  if (!cert) return 'the signing key that vouches for it is not certified';
  if (cert.userId !== key.userId || cert.laptopId !== key.laptopId) return 'it is vouched for by another user’s or laptop’s signing key';
  if (await revocationOf(key.signingKeyId, dir, checker)) return 'the signing key that vouches for it was revoked';
  return (await checker.verify(cert.publicKey, encryptionKeyBytes(key), key.sig)) ? '' : 'its signature does not verify';
}

/** The keys of the given users that are vouched for by a certified, unrevoked signing key; everything else is left out. */
export async function certifiedEncryptionKeys(
  keys: readonly EncryptionKey[],
  userIds: ReadonlySet<string>,
  dir: RevocationDirectory,
  checker: SignatureChecker,
): Promise<EncryptionKey[]> {
  const out: EncryptionKey[] = [];
  for (const key of keys.filter((k) => userIds.has(k.userId))) {
    if ((await encryptionKeyProblem(key, dir, checker)) === '') out.push(key);
  }
  return out;
}
