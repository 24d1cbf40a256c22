/**
 * What verifying a plan version's key signatures checks (issue 18 item 6): a staff signature signs the version's
 * content hash; the hash is recomputed from the version as stored now. Pure (hash-wasm only).
 */
import { isRecordSignature, type RecordSigner, type SignedPurpose } from '../../signing/signing-types';
import type { SignedSubject } from '../../signing/verdict';
import { planContentHash, type HashedVersion } from './plan-hash';
import type { Signature } from './types';

/** Signs a version's content hash for one purpose, as the signer gives it at `signedAt`. */
export type HashSigner = (contentHash: string, signedAt: string) => Promise<NonNullable<Signature['key']>>;

/** A HashSigner for one purpose (null when the signer has no open key: then nothing is key-signed). */
export function hashSignerOf(signer: RecordSigner | null, purpose: SignedPurpose): HashSigner | null {
  return signer ? (contentHash, signedAt) => signer(purpose, contentHash, signedAt) : null;
}

/** The purpose a staff signature on a version signs: a safety or relapse plan's, or a treatment plan's author or co-sign. */
export function planSignaturePurpose(version: HashedVersion, s: Pick<Signature, 'role'>): SignedPurpose | null {
  if ('kind' in version) return s.role === 'author' ? 'safety-plan' : null;
  if (s.role === 'author') return 'plan';
  return s.role === 'supervisor' ? 'plan-cosign' : null;
}

/** The subject of one staff signature on a version; null for signatures no key signs (the client's, a physician's). */
export async function planSignatureSubject(version: HashedVersion, s: Signature): Promise<SignedSubject | null> {
  const purpose = planSignaturePurpose(version, s);
  if (!purpose || !s.signerId) return null;
  const hash = await planContentHash(version);
  // A stored hash that no longer matches the content is a change, whatever the signature says.
  const contentHash = hash === version.contentHash && s.contentHash === hash ? hash : '';
  return { signerId: s.signerId, purpose, contentHash, signature: isRecordSignature(s.key) ? s.key : null };
}
