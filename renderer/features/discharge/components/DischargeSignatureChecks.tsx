import { Stack } from '@mantine/core';
import { useMemo } from 'react';
import { dischargeCosignSubject, dischargeSubject, type DischargeCosign, type DischargeSummary } from '../../../../shared/reports';
import { SignatureCheck, useSignatureVerdicts, useSignerNames } from '../../../signing';

/** The summary itself or its co-sign, for checking its key signature. */
interface SignedPart {
  readonly id: string;
  readonly summary: DischargeSummary;
  readonly cosign: DischargeCosign | null;
}

const subjectOf = (p: SignedPart) => (p.cosign ? dischargeCosignSubject(p.cosign, p.summary) : dischargeSubject(p.summary));

/** What a reader is told about the author's signature of a signed summary and its supervisor's co-sign. */
export function DischargeSignatureChecks({ summary, cosigns }: { readonly summary: DischargeSummary; readonly cosigns: readonly DischargeCosign[] }) {
  const parts = useMemo(
    () => [{ id: summary.id, summary, cosign: null }, ...cosigns.filter((c) => c.summaryId === summary.id).map((c) => ({ id: c.id, summary, cosign: c }))],
    [summary, cosigns],
  );
  const verdicts = useSignatureVerdicts<SignedPart>(parts, subjectOf);
  const nameOf = useSignerNames();
  return (
    <Stack gap={4}>
      {parts.map((p) => (
        <SignatureCheck key={p.id} verdict={verdicts?.get(p.id)} signerName={nameOf(p.cosign?.signerId ?? summary.signature?.signerId ?? summary.authorId)} />
      ))}
    </Stack>
  );
}
