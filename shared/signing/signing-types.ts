import { utf8Encode } from '../crypto/bytes';

/**
 * Signatures that prove who signed (issue 18 item 6): each user has one ECDSA P-256 key pair per laptop; an admin
 * certifies its public key; the clinic's first admin key is the trust root, self-certified and pinned on each laptop.
 * Pure data and the exact bytes each signature covers; the WebCrypto calls live in renderer/signing.
 */

export const SIGNATURE_ALGORITHM = 'ECDSA-P256-SHA256';

/** What a signature is about: the record kind is signed too, so a signature never moves to another kind of record. */
export const SIGNED_PURPOSES = [
  'note',
  'addendum',
  'cosign',
  'safety-ack',
  'review',
  'review-cosign',
  'review-addendum',
  'plan',
  'plan-cosign',
  'safety-plan',
  'discharge',
  'discharge-cosign',
  'discharge-addendum',
  'audit-checkpoint',
] as const;
export type SignedPurpose = (typeof SIGNED_PURPOSES)[number];

/** A signature stored on a signed record (sealed with it). */
export interface RecordSignature {
  readonly v: 1;
  readonly alg: typeof SIGNATURE_ALGORITHM;
  readonly purpose: SignedPurpose;
  /** The record's canonical content hash (SHA-256 hex) the signer saw. */
  readonly contentHash: string;
  readonly signerId: string;
  readonly keyId: string;
  readonly signedAt: string;
  /** The ECDSA signature (IEEE P1363, base64). */
  readonly sig: string;
}

/** A user's public signing key on one laptop (a synced clinic record, kind 'signing-key'). */
export interface SigningKey {
  /** SHA-256 (hex, first 32) of `publicKey`: a fingerprint, checked on every use. */
  readonly keyId: string;
  readonly userId: string;
  readonly laptopId: string;
  /** The public key, SPKI DER in base64. */
  readonly publicKey: string;
  readonly createdAt: string;
}

/** An admin's signature over a user's key (a synced clinic record, kind 'key-certificate'); the root signs itself. */
export interface KeyCertificate {
  readonly v: 1;
  readonly clinicId: string;
  readonly keyId: string;
  readonly userId: string;
  readonly laptopId: string;
  readonly publicKey: string;
  readonly role: string;
  readonly certifiedAt: string;
  readonly issuerId: string;
  readonly issuerKeyId: string;
  readonly sig: string;
}

/** The platform's signature check, injected so shared/ stays free of WebCrypto. */
export interface SignatureChecker {
  verify(publicKey: string, bytes: Uint8Array, sig: string): Promise<boolean>;
  /** keyId of a public key: SHA-256 hex of its base64 text, first 32 characters. */
  fingerprint(publicKey: string): Promise<string>;
}

/** The bytes a record signature covers: a fixed-order JSON array, so no field can be reinterpreted. */
export function signatureBytes(s: Omit<RecordSignature, 'sig' | 'v' | 'alg'>): Uint8Array {
  return utf8Encode(JSON.stringify(['waypoint/signature/v1', s.purpose, s.contentHash, s.signerId, s.keyId, s.signedAt]));
}

/** The bytes a key certificate covers. */
export function certificateBytes(c: Omit<KeyCertificate, 'sig' | 'v'>): Uint8Array {
  return utf8Encode(
    JSON.stringify(['waypoint/key-certificate/v1', c.clinicId, c.keyId, c.userId, c.laptopId, c.publicKey, c.role, c.certifiedAt, c.issuerId, c.issuerKeyId]),
  );
}

/** True for a value shaped like a RecordSignature (stored data is checked before it is trusted). */
export function isRecordSignature(value: unknown): value is RecordSignature {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Readonly<Record<string, unknown>>;
  const strings = ['contentHash', 'signerId', 'keyId', 'signedAt', 'sig'].every((k) => typeof v[k] === 'string');
  return v.v === 1 && v.alg === SIGNATURE_ALGORITHM && (SIGNED_PURPOSES as readonly unknown[]).includes(v.purpose) && strings;
}

/** True for a value shaped like a KeyCertificate. */
export function isKeyCertificate(value: unknown): value is KeyCertificate {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Readonly<Record<string, unknown>>;
  const keys = ['clinicId', 'keyId', 'userId', 'laptopId', 'publicKey', 'role', 'certifiedAt', 'issuerId', 'issuerKeyId', 'sig'];
  return v.v === 1 && keys.every((k) => typeof v[k] === 'string');
}

/** True for a value shaped like a SigningKey. */
export function isSigningKey(value: unknown): value is SigningKey {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Readonly<Record<string, unknown>>;
  return ['keyId', 'userId', 'laptopId', 'publicKey', 'createdAt'].every((k) => typeof v[k] === 'string');
}

/** Signs a record's content hash as the signer, at `signedAt` (renderer/signing holds the key). */
export type RecordSigner = (purpose: SignedPurpose, contentHash: string, signedAt: string) => Promise<RecordSignature>;
