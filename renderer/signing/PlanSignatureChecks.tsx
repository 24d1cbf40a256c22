import { Stack } from '@mantine/core';
import { useMemo } from 'react';
import type { HashedVersion } from '../../shared/progress/plans/plan-hash';
import { useLiveQuery, watchStaff } from '../db';
import { SignatureCheck } from './SignatureCheck';
import { usePlanSignatureVerdicts } from './usePlanSignatureVerdicts';

/**
 * What a reader is told about each staff signature on a plan version (author, supervisor co-sign). The name shown is
 * the staff member's whose key must have signed, never the name typed into the signature.
 */
export function PlanSignatureChecks({ version }: { readonly version: HashedVersion }) {
  const verdicts = usePlanSignatureVerdicts(version);
  const staff = useLiveQuery((db) => watchStaff(db), []).data;
  const names = useMemo(() => new Map((staff ?? []).map((s) => [s.id, s.name])), [staff]);
  const signed = version.signatures.flatMap((s, i) =>
    (s.role === 'author' || s.role === 'supervisor') && s.signerId && s.signedAt ? [{ i, signerId: s.signerId }] : [],
  );
  if (signed.length === 0) return null;
  return (
    <Stack gap={4}>
      {signed.map(({ i, signerId }) => (
        <SignatureCheck key={i} verdict={verdicts?.get(String(i))} signerName={names.get(signerId) ?? 'an unknown staff member'} />
      ))}
    </Stack>
  );
}
