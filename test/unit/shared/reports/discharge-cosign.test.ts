import { describe, expect, it } from 'vitest';
import { dischargeCosignRefusal, dischargeCosignStateOf, type DischargeCosign, type DischargeSummary } from '../../../../shared/reports';

const signature = (cosignRequired?: boolean) => ({
  signerId: 'ira',
  signerName: 'Ira',
  credentials: 'AMFT',
  signedAt: '2026-12-03T10:00:00Z',
  contentHash: 'h',
  ...(cosignRequired === undefined ? {} : { cosignRequired }),
});
const summary = (status: 'draft' | 'signed', cosignRequired?: boolean): DischargeSummary => ({
  id: 'ds1',
  clientId: 'c1',
  status,
  dischargeDate: '2026-12-01',
  dueOn: '2026-12-16',
  content: { narrative: {}, aftercare: {} } as DischargeSummary['content'],
  facts: null,
  contentHash: 'h',
  signature: status === 'signed' ? signature(cosignRequired) : null,
  authorId: 'ira',
  createdAt: '',
  updatedAt: '',
});
const COSIGN: DischargeCosign = {
  id: 'ds1-cosign',
  summaryId: 'ds1',
  clientId: 'c1',
  signerId: 'sam',
  signerName: 'Sam',
  credentials: 'LCSW',
  signedAt: '2026-12-04T10:00:00Z',
};
const SAM = { id: 'sam', role: 'supervisor' };

describe('discharge summary co-sign', () => {
  it.each([
    ['a draft', summary('draft'), [], SAM, 'not_required', 'This discharge summary does not need a co-sign.'],
    ['signed before co-signs existed', summary('signed'), [], SAM, 'not_required', 'This discharge summary does not need a co-sign.'],
    ['signed by an unsupervised clinician', summary('signed', false), [], SAM, 'not_required', 'This discharge summary does not need a co-sign.'],
    ['a supervisor co-signs a supervised clinician’s', summary('signed', true), [], SAM, 'awaiting', null],
    ['an admin may co-sign too', summary('signed', true), [], { id: 'ada', role: 'admin' }, 'awaiting', null],
    [
      'a therapist may not',
      summary('signed', true),
      [],
      { id: 'tom', role: 'therapist' },
      'awaiting',
      'Only a supervisor or an admin can co-sign a discharge summary.',
    ],
    [
      'its own signer may not',
      summary('signed', true),
      [],
      { id: 'ira', role: 'supervisor' },
      'awaiting',
      'A discharge summary cannot be co-signed by the clinician who signed it.',
    ],
    ['once only', summary('signed', true), [COSIGN], SAM, 'cosigned', 'This discharge summary is already co-signed.'],
  ] as const)('%s', (_name, s, cosigns, actor, state, refusal) => {
    expect(dischargeCosignStateOf(s, cosigns).state).toBe(state);
    expect(dischargeCosignRefusal(actor, s, cosigns)).toBe(refusal);
  });
});
