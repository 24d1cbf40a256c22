import type { SignatureVerdict } from '../../../../shared/signing/verdict';
import {
  certificateBytes,
  SIGNATURE_ALGORITHM,
  signatureBytes,
  type KeyCertificate,
  type RecordSignature,
  type SigningKey,
} from '../../../../shared/signing/signing-types';
import { revocationBytes, type KeyRevocation } from '../../../../shared/signing/revocations';
import { fingerprintOf, generateSigningKeyPair, importPrivateKey, signBytes } from '../../../../renderer/signing/webcrypto-signing';

/** Real P-256 keys and signatures for the pure signing tests. */

export interface TestKey {
  readonly record: SigningKey;
  readonly privateKey: CryptoKey;
}

export const CLINIC = 'clinic-1';

export async function newKey(userId: string, laptopId = 'laptop-1'): Promise<TestKey> {
  const pair = await generateSigningKeyPair();
  const keyId = await fingerprintOf(pair.publicKey);
  return {
    record: { keyId, userId, laptopId, publicKey: pair.publicKey, createdAt: '2026-12-01T09:00:00.000Z' },
    privateKey: await importPrivateKey(pair.pkcs8),
  };
}

export async function certify(
  subject: TestKey,
  issuer: TestKey,
  role: string,
  clinicId = CLINIC,
  certifiedAt = '2026-12-01T10:00:00.000Z',
): Promise<KeyCertificate> {
  const { keyId, userId, laptopId, publicKey } = subject.record;
  const claim = {
    clinicId,
    keyId,
    userId,
    laptopId,
    publicKey,
    role,
    certifiedAt,
    issuerId: issuer.record.userId,
    issuerKeyId: issuer.record.keyId,
  };
  return { v: 1, ...claim, sig: await signBytes(issuer.privateKey, certificateBytes(claim)) };
}

export async function signAs(key: TestKey, contentHash: string, signerId = key.record.userId, signedAt = '2026-12-02T09:00:00.000Z'): Promise<RecordSignature> {
  const claim = { purpose: 'note', contentHash, signerId, keyId: key.record.keyId, signedAt } as const;
  return { v: 1, alg: SIGNATURE_ALGORITHM, ...claim, sig: await signBytes(key.privateKey, signatureBytes(claim)) };
}

/** `issuer` revokes `subject`'s key from `revokedAt` on. */
export async function revoke(subject: TestKey, issuer: TestKey, revokedAt: string, clinicId = CLINIC): Promise<KeyRevocation> {
  const claim = {
    clinicId,
    keyId: subject.record.keyId,
    userId: subject.record.userId,
    revokedAt,
    reason: 'Left the clinic',
    issuerId: issuer.record.userId,
    issuerKeyId: issuer.record.keyId,
  };
  return { v: 1, type: 'revocation', ...claim, sig: await signBytes(issuer.privateKey, revocationBytes(claim)) };
}

/** A verdict in one line for table rows: "verified", the warning's reason, or "before-keys", with any revocation. */
export const verdictSummary = (v: SignatureVerdict): string => {
  if (v.state === 'before-keys') return 'before-keys';
  const revoked = v.revoked ? ` (revoked ${v.revoked.at} by ${v.revoked.byId})` : '';
  return `${v.state === 'verified' ? 'verified' : v.reason}${revoked}`;
};
