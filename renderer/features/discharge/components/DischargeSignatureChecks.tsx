import { Stack } from '@mantine/core';
import { useMemo } from 'react';
import {
  dischargeAddendumSubject,
  dischargeCosignSubject,
  dischargeSubject,
  type DischargeAddendum,
  type DischargeCosign,
  type DischargeSummary,
} from '../../../../shared/reports';
import { SignatureCheck, useSignatureVerdicts, useSignerNames } from '../../../signing';

/** The summary itself, its co-sign or one of its addenda, for checking its key signature. */
interface SignedPart {
  readonly id: string;
  readonly summary: DischargeSummary;
  readonly cosign?: DischargeCosign;
  readonly addendum?: DischargeAddendum;
}

function subjectOf(p: SignedPart) {
  if (p.cosign) return dischargeCosignSubject(p.cosign, p.summary);
  return p.addendum ? dischargeAddendumSubject(p.addendum, p.summary) : dischargeSubject(p.summary);
}

/** Live verdicts by record id on a summary's signature, its co-sign's and its addenda's. */
export function useDischargeVerdicts(summary: DischargeSummary, cosigns: readonly DischargeCosign[], addenda: readonly DischargeAddendum[]) {
  const parts = useMemo(
    () => [
      { id: summary.id, summary },
      ...cosigns.filter((c) => c.summaryId === summary.id).map((cosign) => ({ id: cosign.id, summary, cosign })),
      ...addenda.filter((a) => a.summaryId === summary.id).map((addendum) => ({ id: addendum.id, summary, addendum })),
    ],
    [summary, cosigns, addenda],
  );
  return useSignatureVerdicts<SignedPart>(parts, subjectOf);
}

/** What a reader is told about the author's signature of a signed summary and its supervisor's co-sign. */
export function DischargeSignatureChecks({
  summary,
  cosigns,
  verdicts,
}: {
  readonly summary: DischargeSummary;
  readonly cosigns: readonly DischargeCosign[];
  readonly verdicts: ReturnType<typeof useDischargeVerdicts>;
}) {
  const nameOf = useSignerNames();
  const cosign = cosigns.find((c) => c.summaryId === summary.id);
  return (
    <Stack gap={4}>
      <SignatureCheck verdict={verdicts?.get(summary.id)} signerName={nameOf(summary.signature?.signerId ?? summary.authorId)} />
      {cosign && <SignatureCheck verdict={verdicts?.get(cosign.id)} signerName={nameOf(cosign.signerId)} />}
    </Stack>
  );
}
