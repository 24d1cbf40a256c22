import { utf8Encode } from '../crypto/bytes';
import { certifiedBeforeRevocation, certifiedKey, type TrustAnchor } from './certificates';
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

/** One judging pass over a directory: each revocation's validity is computed once and kept (`done`). */
interface Judge {
  readonly dir: RevocationDirectory;
  readonly checker: SignatureChecker;
  readonly done: Map<KeyRevocation, boolean>;
}

const revokedAtIn = (j: Judge, depth: number) => async (keyId: string) => (await earliestIn(keyId, j, depth + 1))?.revokedAt ?? null;

async function judgeRevocation(r: KeyRevocation, j: Judge, depth: number): Promise<boolean> {
  const { dir, checker } = j;
  if (r.clinicId !== dir.anchor.clinicId || Number.isNaN(time(r.revokedAt))) return false;
  const issuer = await certifiedKey(r.issuerKeyId, dir.certificates, dir.anchor, checker, revokedAtIn(j, depth));
  if (!issuer || issuer.role !== 'admin' || issuer.userId !== r.issuerId) return false;
  if (!(await checker.verify(issuer.publicKey, revocationBytes(r), r.sig))) return false;
  if (r.issuerKeyId === r.keyId) return true;
  // An admin whose own key was revoked before this statement cannot revoke anyone with it.
  const own = await earliestIn(r.issuerKeyId, j, depth + 1);
  return !own || time(own.revokedAt) > time(r.revokedAt);
}

async function isValidIn(r: KeyRevocation, j: Judge, depth: number): Promise<boolean> {
  const known = j.done.get(r);
  if (known !== undefined) return known;
  const valid = await judgeRevocation(r, j, depth);
  j.done.set(r, valid);
  return valid;
}

async function earliestIn(keyId: string, j: Judge, depth: number): Promise<KeyRevocation | null> {
  if (depth > MAX_DEPTH || j.dir.anchor.rootKeyId === '') return null;
  const candidates = j.dir.revocations.filter((r) => r.keyId === keyId).sort((a, b) => time(a.revokedAt) - time(b.revokedAt));
  for (const r of candidates) {
    if (await isValidIn(r, j, depth)) return r;
  }
  return null;
}

/** Every revoked key's earliest valid revocation, judged in one pass (sequential, so each record is verified once). */
async function judgeAll(dir: RevocationDirectory, checker: SignatureChecker): Promise<ReadonlyMap<string, KeyRevocation>> {
  const j: Judge = { dir, checker, done: new Map() };
  const out = new Map<string, KeyRevocation>();
  for (const keyId of new Set(dir.revocations.map((r) => r.keyId))) {
    const r = await earliestIn(keyId, j, 0);
    if (r) out.set(keyId, r);
  }
  return out;
}

/*
 * Memoised per snapshot: the same revocation and certificate arrays under the same anchor and checker are judged
 * once, so a list of notes checked against one directory verifies each revocation's signature once.
 */
type Judged = Promise<ReadonlyMap<string, KeyRevocation>>;
type ByChecker = WeakMap<SignatureChecker, Judged>;
const judged = new WeakMap<readonly KeyRevocation[], WeakMap<readonly KeyCertificate[], Map<string, ByChecker>>>();

function slotFor(dir: RevocationDirectory): ByChecker {
  const byCerts = judged.get(dir.revocations) ?? new WeakMap<readonly KeyCertificate[], Map<string, ByChecker>>();
  judged.set(dir.revocations, byCerts);
  const byAnchor = byCerts.get(dir.certificates) ?? new Map<string, ByChecker>();
  byCerts.set(dir.certificates, byAnchor);
  const anchorKey = `${dir.anchor.clinicId}\n${dir.anchor.rootKeyId}`;
  const byChecker = byAnchor.get(anchorKey) ?? new WeakMap<SignatureChecker, Judged>();
  byAnchor.set(anchorKey, byChecker);
  return byChecker;
}

function validRevocations(dir: RevocationDirectory, checker: SignatureChecker): Judged {
  const slot = slotFor(dir);
  const known = slot.get(checker);
  if (known) return known;
  const fresh = judgeAll(dir, checker);
  slot.set(checker, fresh);
  return fresh;
}

/** The earliest valid revocation of a key (signed by a certified admin key, not itself revoked by then), or null. */
export async function revocationOf(keyId: string, dir: RevocationDirectory, checker: SignatureChecker): Promise<KeyRevocation | null> {
  return (await validRevocations(dir, checker)).get(keyId) ?? null;
}

/** A key's valid certificate, where no link of its chain was issued at or after its issuer's revocation; or null. */
export function chainedCertificate(keyId: string, dir: RevocationDirectory, checker: SignatureChecker): Promise<KeyCertificate | null> {
  return certifiedKey(keyId, dir.certificates, dir.anchor, checker, async (issuerKeyId) => (await revocationOf(issuerKeyId, dir, checker))?.revokedAt ?? null);
}

/**
 * Why a key that chains when revocations are ignored does not chain with them: the revocation of the issuer whose
 * certificate (of this key or of a key above it) is dated at or after it. Null when that is not the reason.
 */
export async function revokedIssuerOf(keyId: string, dir: RevocationDirectory, checker: SignatureChecker): Promise<KeyRevocation | null> {
  let cert = await certifiedKey(keyId, dir.certificates, dir.anchor, checker);
  for (let depth = 0; cert && cert.issuerKeyId !== cert.keyId && depth <= MAX_DEPTH; depth++) {
    const issuerRevocation = await revocationOf(cert.issuerKeyId, dir, checker);
    if (issuerRevocation && !certifiedBeforeRevocation(cert.certifiedAt, issuerRevocation.revokedAt)) return issuerRevocation;
    cert = await certifiedKey(cert.issuerKeyId, dir.certificates, dir.anchor, checker);
  }
  return null;
}

/** True when a signature dated `signedAt` was made after the key was revoked (an unreadable date counts as after). */
export function signedAfterRevocation(signedAt: string, revocation: KeyRevocation): boolean {
  const at = time(signedAt);
  return Number.isNaN(at) || at >= time(revocation.revokedAt);
}

export const noteOf = (r: KeyRevocation): RevocationNote => ({ at: r.revokedAt, byId: r.issuerId, reason: r.reason });
