import { Stack } from '@mantine/core';
import type { HashedVersion } from '../../shared/progress/plans/plan-hash';
import { SignatureCheck } from './SignatureCheck';
import { usePlanSignatureVerdicts } from './usePlanSignatureVerdicts';
import { useSignerNames } from './useSignerNames';

/**
 * What a reader is told about each staff signature on a plan version (author, supervisor co-sign). The name shown is
 * the staff member's whose key must have signed, never the name typed into the signature.
 */
export function PlanSignatureChecks({ version }: { readonly version: HashedVersion }) {
  const verdicts = usePlanSignatureVerdicts(version);
  const nameOf = useSignerNames();
  const signed = version.signatures.flatMap((s, i) =>
    (s.role === 'author' || s.role === 'supervisor') && s.signerId && s.signedAt ? [{ i, signerId: s.signerId }] : [],
  );
  if (signed.length === 0) return null;
  return (
    <Stack gap={4}>
      {signed.map(({ i, signerId }) => (
        <SignatureCheck key={i} verdict={verdicts?.get(String(i))} signerName={nameOf(signerId)} />
      ))}
    </Stack>
  );
}
