import { describe, expect, it } from 'vitest';
import type { ClinicRecord } from '../../../../shared/domain/records';
import {
  CLINIC_CONTACT_REF,
  documentCrisisContacts,
  NATIONAL_CRISIS_LINE,
  clientCopyCrisisLines,
  clinicContactErrors,
  clinicContactOf,
  clinicHeaderLine,
} from '../../../../shared/reports';

const rec = (id: string, createdAt: string, data: Record<string, unknown>): ClinicRecord => ({
  id,
  authorId: 'a',
  createdAt,
  updatedAt: createdAt,
  kind: 'settings',
  status: 'open',
  refCollection: CLINIC_CONTACT_REF.collection,
  refId: CLINIC_CONTACT_REF.id,
  data,
  reason: '',
});

describe('the clinic’s phone and crisis line on client copies (§4.4, §7.4)', () => {
  it.each([
    ['none set', [], { phone: '', crisisLine: '' }],
    [
      'set',
      [rec('a', '2026-12-01T10:00:00Z', { phone: '(555) 010-0100', crisisLine: '555 0199' })],
      { phone: '(555) 010-0100', crisisLine: '555 0199', recordId: 'a' },
    ],
    [
      'the newest wins',
      [rec('a', '2026-12-01T10:00:00Z', { phone: '555 0100', crisisLine: '' }), rec('b', '2026-12-02T10:00:00Z', { phone: '555 0200', crisisLine: '' })],
      { phone: '555 0200', recordId: 'b' },
    ],
    [
      'an unreadable newer one is skipped',
      [rec('a', '2026-12-01T10:00:00Z', { phone: '555 0100', crisisLine: '' }), rec('b', '2026-12-02T10:00:00Z', { phone: 'call us', crisisLine: '' })],
      { phone: '555 0100', recordId: 'a' },
    ],
  ] as const)('in force: %s', (_name, records, expected) => {
    expect(clinicContactOf(records)).toMatchObject(expected);
  });

  it.each([
    ['both empty', '', '', {}],
    ['digits and punctuation', '+1 (555) 010-0100', '988', {}],
    ['words in the phone', 'call reception', '', { phone: 'Enter a telephone number (digits, spaces, + ( ) -), or leave it empty.' }],
    ['letters in the crisis line', '', 'ask Jo', { crisisLine: 'Enter a telephone number (digits, spaces, + ( ) -), or leave it empty.' }],
  ] as const)('at the fields: %s', (_name, phone, crisisLine, errors) => {
    expect(clinicContactErrors({ phone, crisisLine })).toEqual(errors);
  });

  it.each([
    ['unset: 988 only, and ask the clinic for its phone', '', '', [NATIONAL_CRISIS_LINE], 'Harbor Light · ask the clinic for its phone number'],
    ['set: the clinic’s line first, then 988', '555 0100', '555 0199', ['Clinic crisis line: 555 0199', NATIONAL_CRISIS_LINE], 'Harbor Light · phone 555 0100'],
  ] as const)('%s', (_name, phone, crisisLine, lines, header) => {
    expect(clientCopyCrisisLines({ crisisLine })).toEqual(lines);
    expect(clinicHeaderLine('Harbor Light', phone)).toBe(header);
  });
});

describe('documentCrisisContacts (the discharge summary’s crisis contacts, §7.3)', () => {
  const plan = 'Crisis team — 555 0300';
  it.each([
    ['nothing set: 988 only', { phone: '', crisisLine: '' }, [], [NATIONAL_CRISIS_LINE]],
    [
      'the clinic’s phone and crisis line, then 988',
      { phone: '555 0100', crisisLine: '555 0199' },
      [],
      ['Clinic phone: 555 0100', 'Clinic crisis line: 555 0199', NATIONAL_CRISIS_LINE],
    ],
    ['then the safety plan’s own lines', { phone: '', crisisLine: '555 0199' }, [plan], ['Clinic crisis line: 555 0199', NATIONAL_CRISIS_LINE, plan]],
    [
      'a plan line giving 988 replaces the national line',
      { phone: '555 0100', crisisLine: '' },
      ['988 Lifeline — 988'],
      ['Clinic phone: 555 0100', '988 Lifeline — 988'],
    ],
  ] as const)('%s', (_, contact, own, lines) => {
    expect(documentCrisisContacts(contact, own)).toEqual(lines);
  });
});
