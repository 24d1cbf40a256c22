import { describe, expect, it } from 'vitest';
import { clientCopyProvidedOn } from '../../../../shared/progress/plans/client-copy-provided';
import { aftercareCopyGiven, dischargeClientCopyOf, dischargeClientCopyRecordOf, type DischargeClientCopy } from '../../../../shared/reports';

const copy = (over: Partial<DischargeClientCopy> = {}): DischargeClientCopy => ({
  id: 'ds-c1-2026-12-01-copy-1',
  summaryId: 'ds-c1-2026-12-01',
  clientId: 'c1',
  givenOn: '2026-12-04',
  givenBy: 'staff-therapist',
  recordedAt: '2026-12-04T09:00:00.000Z',
  ...over,
});

describe('the aftercare plan’s client copy given (§7.3, §7.4)', () => {
  it('is stored as its own signed record with a plan-style client-copy entry, and read back', () => {
    const record = dischargeClientCopyRecordOf(copy(), 'hash');
    expect(record).toMatchObject({ kind: 'discharge_summary', status: 'signed', planId: 'ds-c1-2026-12-01', content: { entry: 'client_copy' } });
    expect(clientCopyProvidedOn(record.lifecycle)).toBe('2026-12-04');
    expect(dischargeClientCopyOf(record)).toEqual(copy());
    expect(dischargeClientCopyOf({ ...record, content: { entry: 'addendum' } })).toBeNull();
  });

  it.each([
    ['none', [], null],
    ['another summary’s copy', [copy({ summaryId: 'other' })], null],
    ['one', [copy()], 'ds-c1-2026-12-01-copy-1'],
    ['the latest day', [copy({ id: 'b', givenOn: '2026-12-06' }), copy({ id: 'a', givenOn: '2026-12-05', recordedAt: '2026-12-07T00:00:00Z' })], 'b'],
    ['the latest recorded on one day', [copy({ id: 'late', recordedAt: '2026-12-04T15:00:00Z' }), copy({ id: 'early' })], 'late'],
  ] as const)('the copy shown: %s', (_name, copies, id) => {
    expect(aftercareCopyGiven(copies, 'ds-c1-2026-12-01')?.id ?? null).toBe(id);
  });
});
