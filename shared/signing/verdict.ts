import type { TrustAnchor } from './certificates';
import { chainedCertificate, noteOf, revocationOf, revokedIssuerOf, signedAfterRevocation, type KeyRevocation, type RevocationNote } from './revocations';
import { signatureBytes, type KeyCertificate, type RecordSignature, type SignatureChecker, type SigningKey } from './signing-types';

/** What a reader is told about a signed record's signature. */
export type SignatureVerdict =
  | { readonly state: 'verified'; readonly signerId: string; readonly revoked?: RevocationNote }
  | { readonly state: 'before-keys' }
  | { readonly state: 'warning'; readonly reason: SignatureProblem; readonly revoked?: RevocationNote };

export const SIGNATURE_PROBLEMS = [
  'content-changed',
  'other-user',
  'unknown-key',
  'bad-signature',
  'uncertified-key',
  'no-root',
  'other-laptop',
  'revoked',
  'issuer-revoked',
] as const;
export type SignatureProblem = (typeof SIGNATURE_PROBLEMS)[number];

/** What the warning says, after "Signature not verified: ". */
export const SIGNATURE_PROBLEM_TEXT: Readonly<Record<SignatureProblem, string>> = {
  'content-changed': 'the content changed after it was signed',
  'other-user': 'the signature belongs to someone other than the named signer',
  'unknown-key': 'it was made with a key this clinic does not know',
  'bad-signature': 'the signature does not match the key',
  'uncertified-key': 'the signer’s key is not certified by an admin',
  'no-root': 'this laptop has not pinned the clinic’s trust root yet',
  'other-laptop': 'the signing key was issued for another laptop than the one it speaks for',
  revoked: 'the signer’s key was revoked before this signature was made',
  'issuer-revoked': 'the signer’s key was certified by a key that was revoked by then',
};

/**
 * Why a warning is shown, after "Signature not verified: " (or "…: "): a revocation is named with `revokedText`
 * ("revoked on 4 Dec 2026 by Dana Admin"), for the signer's key or for the key that certified it.
 */
export function warningWhy(verdict: Extract<SignatureVerdict, { state: 'warning' }>, revokedText: (revoked: RevocationNote) => string): string {
  if (!verdict.revoked) return SIGNATURE_PROBLEM_TEXT[verdict.reason];
  const revoked = revokedText(verdict.revoked);
  return verdict.reason === 'issuer-revoked' ? `certified by a key ${revoked}` : `key ${revoked}`;
}

export interface SignedSubject {
  /** Who the record names as its signer (the note's author, the co-signer). */
  readonly signerId: string;
  readonly purpose: RecordSignature['purpose'];
  /** The content hash recomputed from the record as stored now. */
  readonly contentHash: string;
  readonly signature: RecordSignature | null;
  /**
   * The laptop the record speaks for, when it is about one (an audit checkpoint: the laptop whose chain it vouches
   * for): the key's certificate must name that laptop, or a user's key on one laptop could vouch for another's chain.
   */
  readonly laptopId?: string;
}

export interface KeyDirectory {
  readonly keys: readonly SigningKey[];
  readonly certificates: readonly KeyCertificate[];
  readonly revocations: readonly KeyRevocation[];
  readonly anchor: TrustAnchor;
}

const warn = (reason: SignatureProblem): SignatureVerdict => ({ state: 'warning', reason });

function claimProblem(subject: SignedSubject, s: RecordSignature): SignatureProblem | '' {
  if (s.purpose !== subject.purpose || s.contentHash !== subject.contentHash) return 'content-changed';
  if (s.signerId !== subject.signerId) return 'other-user';
  return '';
}

/** A key that does not chain: "certified by a key revoked on …" when a revoked issuer is why, else "not certified". */
async function uncertified(keyId: string, dir: KeyDirectory, checker: SignatureChecker): Promise<SignatureVerdict> {
  const issuerRevocation = await revokedIssuerOf(keyId, dir, checker);
  return issuerRevocation ? { state: 'warning', reason: 'issuer-revoked', revoked: noteOf(issuerRevocation) } : warn('uncertified-key');
}

/**
 * The verdict on one record's signature: verified only when every check passes; no signature is "before keys". A
 * revoked key's signatures dated before the revocation stay verified (and say so); later ones are not verified.
 */
export async function verifySignature(subject: SignedSubject, dir: KeyDirectory, checker: SignatureChecker): Promise<SignatureVerdict> {
  const s = subject.signature;
  if (!s) return { state: 'before-keys' };
  const claim = claimProblem(subject, s);
  if (claim) return warn(claim);
  const key = dir.keys.find((k) => k.keyId === s.keyId) ?? dir.certificates.find((c) => c.keyId === s.keyId);
  if (!key || (await checker.fingerprint(key.publicKey)) !== key.keyId) return warn('unknown-key');
  if (key.userId !== s.signerId) return warn('other-user');
  if (!(await checker.verify(key.publicKey, signatureBytes(s), s.sig))) return warn('bad-signature');
  if (dir.anchor.rootKeyId === '') return warn('no-root');
  const cert = await chainedCertificate(s.keyId, dir, checker);
  if (!cert) return uncertified(s.keyId, dir, checker);
  if (cert.publicKey !== key.publicKey) return warn('uncertified-key');
  if (cert.userId !== s.signerId) return warn('other-user');
  if (subject.laptopId !== undefined && cert.laptopId !== subject.laptopId) return warn('other-laptop');
  const revocation = await revocationOf(s.keyId, dir, checker);
  if (!revocation) return { state: 'verified', signerId: s.signerId };
  if (signedAfterRevocation(s.signedAt, revocation)) return { state: 'warning', reason: 'revoked', revoked: noteOf(revocation) };
  return { state: 'verified', signerId: s.signerId, revoked: noteOf(revocation) };
}
