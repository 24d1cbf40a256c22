import { describe, expect, it } from 'vitest';
import { auditFilterOf, describeAuditFilter, EMPTY_AUDIT_FILTER_FORM, nextDay, type AuditFilterForm } from '../../../../shared/audit/audit-filter-form';

// A clinic at UTC-5: local midnight is 05:00Z.
const startOfDay = (day: string) => `${day}T05:00:00.000Z`;
const form = (over: Partial<AuditFilterForm>): AuditFilterForm => ({ ...EMPTY_AUDIT_FILTER_FORM, ...over });

describe('auditFilterOf', () => {
  it.each([
    ['nothing set is no filter', form({}), { ok: true, filter: {} }],
    [
      'who, client and action',
      form({ actorId: 's1', clientId: 'c1', action: 'view' }),
      { ok: true, filter: { actorId: 's1', clientId: 'c1', action: 'view' } },
    ],
    ['an unknown action is ignored', form({ action: 'fly' }), { ok: true, filter: {} }],
    [
      'a one-day range covers the whole local day',
      form({ from: '2026-12-01', to: '2026-12-01' }),
      { ok: true, filter: { fromAt: '2026-12-01T05:00:00.000Z', toAt: '2026-12-02T05:00:00.000Z' } },
    ],
    ['the range crosses a month end', form({ to: '2026-11-30' }), { ok: true, filter: { toAt: '2026-12-01T05:00:00.000Z' } }],
    [
      'an end before the start is refused at the end field',
      form({ from: '2026-12-02', to: '2026-12-01' }),
      { ok: false, field: 'to', message: 'The end date is before the start date.' },
    ],
    ['a malformed start is refused', form({ from: '12/01/2026' }), { ok: false, field: 'from', message: 'Enter a date as YYYY-MM-DD.' }],
  ])('%s', (_name, input, result) => {
    expect(auditFilterOf(input, startOfDay)).toEqual(result);
  });

  it('nextDay crosses a leap day and a year end', () => {
    expect([nextDay('2028-02-28'), nextDay('2026-12-31')]).toEqual(['2028-02-29', '2027-01-01']);
  });
});

describe('describeAuditFilter', () => {
  const names = { clientNames: new Map([['c1', 'Ana Ruiz']]), staffNames: new Map([['s1', 'Dr. Tess']]) };
  it.each([
    [form({}), 'all events'],
    [form({ actorId: 's1', clientId: 'c1', action: 'export', from: '2026-12-01' }), 'by Dr. Tess; client Ana Ruiz; action Exported; 2026-12-01 to today'],
  ])('%j', (input, words) => {
    expect(describeAuditFilter(input, names)).toBe(words);
  });
});
