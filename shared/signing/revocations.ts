import { utf8Encode } from '../crypto/bytes';
import { certifiedKey, type TrustAnchor } from './certificates';
import type { KeyCertificate, SignatureChecker } from './signing-types';

/**
 * Revoking a key's certificate (issue 18 item 6): an admin's certified key signs a statement naming the key and the
 * time from which it is revoked. Signatures dated before that time stay verified ("key revoked on …"); signatures
 * dated at or after it are not. A signer chooses their own signature's time, so the holder of a revoked key can
 * still backdate (docs/security.md item 6 says what limits that).
 */

/** A synced clinic record (kind 'key-certificate', told apart by `type`), never changed once written. */
export interface KeyRevocation {
  readonly v: 1;
  readonly type: 'revocation';
  readonly clinicId: string;
  readonly keyId: string;
  /** Whose key it is (for the reader; the key id is what is revoked). */
  readonly userId: string;
  readonly revokedAt: string;
  readonly reason: string;
  readonly issuerId: string;
  readonly issuerKeyId: string;
  readonly sig: string;
}

/** What a reader is told about a revoked key: when, by whom (a staff id) and why. */
export interface RevocationNote {
  readonly at: string;
  readonly byId: string;
  readonly reason: string;
}

/** The bytes a revocation covers. */
export function revocationBytes(r: Omit<KeyRevocation, 'sig' | 'v' | 'type'>): Uint8Array {
  return utf8Encode(JSON.stringify(['waypoint/key-revocation/v1', r.clinicId, r.keyId, r.userId, r.revokedAt, r.reason, r.issuerId, r.issuerKeyId]));
}

/** True for a value shaped like a KeyRevocation. */
export function isKeyRevocation(value: unknown): value is KeyRevocation {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Readonly<Record<string, unknown>>;
  const keys = ['clinicId', 'keyId', 'userId', 'revokedAt', 'reason', 'issuerId', 'issuerKeyId', 'sig'];
  return v.v === 1 && v.type === 'revocation' && keys.every((k) => typeof v[k] === 'string');
}

export interface RevocationDirectory {
  readonly certificates: readonly KeyCertificate[];
  readonly revocations: readonly KeyRevocation[];
  readonly anchor: TrustAnchor;
}

const MAX_DEPTH = 8;
const time = (iso: string) => Date.parse(iso);

async function isValidRevocation(r: KeyRevocation, dir: RevocationDirectory, checker: SignatureChecker, depth: number): Promise<boolean> {
  if (r.clinicId !== dir.anchor.clinicId || Number.isNaN(time(r.revokedAt))) return false;
  const issuer = await certifiedKey(r.issuerKeyId, dir.certificates, dir.anchor, checker);
  if (!issuer || issuer.role !== 'admin' || issuer.userId !== r.issuerId) return false;
  if (!(await checker.verify(issuer.publicKey, revocationBytes(r), r.sig))) return false;
  if (r.issuerKeyId === r.keyId) return true;
  // An admin whose own key was revoked before this statement cannot revoke anyone with it.
  const own = await revocationOf(r.issuerKeyId, dir, checker, depth + 1);
  return !own || time(own.revokedAt) > time(r.revokedAt);
}

/** The earliest valid revocation of a key (signed by a certified admin key, not itself revoked by then), or null. */
export async function revocationOf(keyId: string, dir: RevocationDirectory, checker: SignatureChecker, depth = 0): Promise<KeyRevocation | null> {
  if (depth > MAX_DEPTH || dir.anchor.rootKeyId === '') return null;
  const candidates = dir.revocations.filter((r) => r.keyId === keyId).sort((a, b) => time(a.revokedAt) - time(b.revokedAt));
  for (const r of candidates) {
    if (await isValidRevocation(r, dir, checker, depth)) return r;
  }
  return null;
}

/** True when a signature dated `signedAt` was made after the key was revoked (an unreadable date counts as after). */
export function signedAfterRevocation(signedAt: string, revocation: KeyRevocation): boolean {
  const at = time(signedAt);
  return Number.isNaN(at) || at >= time(revocation.revokedAt);
}

export const noteOf = (r: KeyRevocation): RevocationNote => ({ at: r.revokedAt, byId: r.issuerId, reason: r.reason });
