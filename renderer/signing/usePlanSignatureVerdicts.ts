import { useMemo } from 'react';
import type { HashedVersion } from '../../shared/progress/plans/plan-hash';
import { planSignatureSubject } from '../../shared/progress/plans/plan-signatures';
import type { Signature } from '../../shared/progress/plans/types';
import type { SignatureVerdict, SignedSubject } from '../../shared/signing/verdict';
import { useSignatureVerdicts } from './useSignatureVerdicts';

interface StaffSignature {
  readonly id: string;
  readonly version: HashedVersion;
  readonly signature: Signature;
}

const subjectOf = async (s: StaffSignature): Promise<SignedSubject> =>
  (await planSignatureSubject(s.version, s.signature)) ?? { signerId: '', purpose: 'plan', contentHash: '', signature: null };

/**
 * Live verdicts on a plan version's staff signatures (author, supervisor), by index in `version.signatures`; the
 * client's acknowledgement and a physician's certification carry no key and get none.
 */
export function usePlanSignatureVerdicts(version: HashedVersion): ReadonlyMap<string, SignatureVerdict> | null {
  const staff = useMemo(
    () =>
      version.signatures.flatMap((signature, i) =>
        (signature.role === 'author' || signature.role === 'supervisor') && signature.signerId && signature.signedAt
          ? [{ id: String(i), version, signature }]
          : [],
      ),
    [version],
  );
  return useSignatureVerdicts(staff, subjectOf);
}
