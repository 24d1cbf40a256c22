import { certificateBytes, type KeyCertificate, type SignatureChecker } from './signing-types';

/**
 * Which public keys the clinic vouches for. The trust root is the clinic's first admin key: its certificate is signed
 * by itself and its keyId is pinned on every laptop. Every other key needs a certificate signed by a key that is itself
 * certified with the admin role, back to the root. Someone who can only write synced records (the clinic key) can add
 * keys and certificates, but cannot make one that chains to the pinned root without an admin's private key.
 */

export interface TrustAnchor {
  readonly clinicId: string;
  /** The pinned root keyId; '' when this laptop has pinned none yet (then nothing verifies). */
  readonly rootKeyId: string;
}

const MAX_DEPTH = 8;

/** When an issuer key was revoked (its revocation's time), or null when it was not: supplied by revocations.ts. */
export type IssuerRevokedAt = (issuerKeyId: string) => Promise<string | null>;
const neverRevoked: IssuerRevokedAt = () => Promise.resolve(null);

/**
 * The rule for certificates a revoked admin key issued: one dated before the issuer's revocation still chains; one
 * dated at or after it, or with an unreadable date, does not (the issuer could no longer vouch for anyone by then).
 */
export function certifiedBeforeRevocation(certifiedAt: string, issuerRevokedAt: string | null): boolean {
  if (issuerRevokedAt === null) return true;
  const at = Date.parse(certifiedAt);
  const revoked = Date.parse(issuerRevokedAt);
  return !Number.isNaN(at) && !Number.isNaN(revoked) && at < revoked;
}

interface Chain {
  readonly all: readonly KeyCertificate[];
  readonly anchor: TrustAnchor;
  readonly checker: SignatureChecker;
  readonly revokedAt: IssuerRevokedAt;
}

async function issuerOf(cert: KeyCertificate, chain: Chain, depth: number) {
  if (cert.issuerKeyId === cert.keyId) {
    const isRoot = cert.keyId === chain.anchor.rootKeyId && cert.issuerId === cert.userId && cert.role === 'admin';
    return isRoot ? cert : null;
  }
  const issuer = await findCertified(cert.issuerKeyId, chain, depth + 1);
  if (!issuer || issuer.role !== 'admin' || issuer.userId !== cert.issuerId) return null;
  return certifiedBeforeRevocation(cert.certifiedAt, await chain.revokedAt(cert.issuerKeyId)) ? issuer : null;
}

async function validIn(cert: KeyCertificate, chain: Chain, depth: number): Promise<boolean> {
  const { anchor, checker } = chain;
  if (depth > MAX_DEPTH || anchor.rootKeyId === '' || cert.clinicId !== anchor.clinicId) return false;
  if ((await checker.fingerprint(cert.publicKey)) !== cert.keyId) return false;
  const issuer = await issuerOf(cert, chain, depth);
  if (!issuer) return false;
  return checker.verify(issuer.publicKey, certificateBytes(cert), cert.sig);
}

async function findCertified(keyId: string, chain: Chain, depth: number) {
  for (const cert of chain.all.filter((c) => c.keyId === keyId)) {
    if (await validIn(cert, chain, depth)) return cert;
  }
  return null;
}

/** True when `cert` is a valid certificate under the anchor (its issuer chain checked up to the root). */
export function isCertificateValid(
  cert: KeyCertificate,
  all: readonly KeyCertificate[],
  anchor: TrustAnchor,
  checker: SignatureChecker,
  revokedAt: IssuerRevokedAt = neverRevoked,
): Promise<boolean> {
  return validIn(cert, { all, anchor, checker, revokedAt }, 0);
}

/**
 * The valid certificate of a key, or null when no certificate of it chains to the pinned root. With `revokedAt`, a
 * link issued at or after its issuer's revocation does not chain (revocations.ts chainedCertificate supplies it).
 */
export function certifiedKey(
  keyId: string,
  all: readonly KeyCertificate[],
  anchor: TrustAnchor,
  checker: SignatureChecker,
  revokedAt: IssuerRevokedAt = neverRevoked,
): Promise<KeyCertificate | null> {
  return findCertified(keyId, { all, anchor, checker, revokedAt }, 0);
}

/**
 * The root a laptop pins when it has none: the one self-signed admin certificate of its clinic. Two or more
 * candidates (someone with the clinic key added another) pin nothing: an admin must settle it.
 */
export async function rootCandidate(all: readonly KeyCertificate[], clinicId: string, checker: SignatureChecker): Promise<KeyCertificate | null> {
  const selfSigned = all.filter((c) => c.clinicId === clinicId && c.issuerKeyId === c.keyId && c.role === 'admin' && c.issuerId === c.userId);
  const distinct = [...new Set(selfSigned.map((c) => c.keyId))];
  const only = selfSigned[0];
  if (distinct.length !== 1 || !only) return null;
  return (await isCertificateValid(only, all, { clinicId, rootKeyId: only.keyId }, checker)) ? only : null;
}
