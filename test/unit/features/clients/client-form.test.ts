import { describe, expect, it } from 'vitest';
import { validateClientInput } from '../../../../shared/domain/client';
import {
  changedFields,
  clientToForm,
  clinicianOptions,
  defaultClinicianId,
  formToInput,
  newClientForm,
  withProgram,
  type ClinicianOption,
} from '../../../../renderer/features/clients/client-form';
import { client, staff } from './fixtures';

const TODAY = '2026-11-20';

describe('newClientForm', () => {
  it('needs only names and birth date to be valid: IOP, the first program, the clinician, admitted today', () => {
    const form = { ...newClientForm('s1', TODAY), firstName: 'Rowan', lastName: 'Example', dateOfBirth: '2001-02-03' };
    const result = validateClientInput(formToInput(form), TODAY);
    expect(result.ok && result.value).toMatchObject({
      levelOfCare: 'IOP',
      program: 'Adult mental health',
      primaryClinicianId: 's1',
      admissionDate: TODAY,
      contacts: [],
    });
  });
});

describe('clientToForm → formToInput', () => {
  it('round-trips a client record to the same validated input', () => {
    const c = client({ contacts: [{ name: 'Pat', relation: 'Parent', phone: '555 123 4567', email: '' }] });
    const result = validateClientInput(formToInput(clientToForm(c)), TODAY);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // Everything the form edits: the client minus what the chart keeps beside it (id, discharge, stamps).
    const chartOnly = new Set(['id', 'dischargeDate', 'dischargeReason', 'dischargeNote', 'authorId', 'createdAt', 'updatedAt']);
    const input = Object.fromEntries(Object.entries(c).filter(([key]) => !chartOnly.has(key)));
    // An older record has no Part 2 mark: the form saves its program's default explicitly.
    expect(result.value).toEqual({ ...input, part2: false });
  });

  it.each([
    ['a new client on a substance-use track', null, 'Substance use', true],
    ['a new client on an adult track', null, 'Adult mental health', false],
    ['marked Part 2 on an adult track', true, 'Adult mental health', true],
    ['marked not Part 2 on a substance-use track', false, 'Substance use', false],
  ] as const)('the 42 CFR Part 2 mark saved for %s', (_, part2, program, saved) => {
    const form = { ...newClientForm('s1', TODAY), firstName: 'Rowan', lastName: 'Example', dateOfBirth: '2001-02-03', program, part2 };
    const result = validateClientInput(formToInput(form), TODAY);
    expect(result.ok && result.value.part2).toBe(saved);
    expect(clientToForm(client({ program, part2: saved })).part2).toBe(saved);
  });

  it('a client saved on an adult track and moved to a substance-use track becomes Part 2', () => {
    const saved = client({ program: 'Adult mental health', part2: false });
    const moved = withProgram(clientToForm(saved), 'Substance use');
    const result = validateClientInput(formToInput(moved), TODAY);
    expect(result.ok && result.value.part2).toBe(true);
  });
});

describe('form errors land on the field the user sees', () => {
  it.each<[string, Record<string, unknown>, string]>([
    ['missing first name', { firstName: '  ' }, 'firstName'],
    ['birth date in the future', { dateOfBirth: '2030-01-01' }, 'dateOfBirth'],
    ['impossible admission date', { admissionDate: '2026-02-30' }, 'admissionDate'],
    ['no clinician', { primaryClinicianId: '' }, 'primaryClinicianId'],
    [
      'second contact without phone or email',
      {
        contacts: [
          { name: 'A', relation: 'Parent', phone: '5551234567', email: '' },
          { name: 'B', relation: 'Friend', phone: '', email: '' },
        ],
      },
      'contacts.1.phone',
    ],
    ['contact without a relation', { contacts: [{ name: 'A', relation: '', phone: '5551234567', email: '' }] }, 'contacts.0.relation'],
  ])('%s → %s', (_name, overrides, path) => {
    const form = { ...newClientForm('s1', TODAY), firstName: 'R', lastName: 'E', dateOfBirth: '2001-02-03', ...overrides };
    const result = validateClientInput(formToInput(form), TODAY);
    expect(result.ok ? {} : Object.keys(result.errors)).toContain(path);
  });
});

describe('clinicianOptions / defaultClinicianId', () => {
  const therapist = staff({ id: 't', name: 'Tess' });
  const admin = staff({ id: 'adm', name: 'Alex', role: 'admin' });
  const former = staff({ id: 'old', name: 'Olga', active: false });
  it.each<[string, Parameters<typeof clinicianOptions>, ClinicianOption[]]>([
    ['active non-admins only', [[therapist, admin, former], 't'], [{ value: 't', label: 'Tess' }]],
    [
      'keeps the current, now inactive, clinician',
      [[therapist, former], 't', 'old'],
      [
        { value: 't', label: 'Tess' },
        { value: 'old', label: 'Olga (inactive)' },
      ],
    ],
    ['first run: only the admin, who is offered', [[admin], 'adm'], [{ value: 'adm', label: 'Alex' }]],
    ['nobody at all', [[], 'adm'], []],
  ])('%s', (_name, args, expected) => {
    expect(clinicianOptions(...args)).toEqual(expected);
  });

  it.each<[ClinicianOption[], string, string]>([
    [
      [
        { value: 't', label: 'Tess' },
        { value: 'u', label: 'Uma' },
      ],
      'u',
      'u',
    ],
    [
      [
        { value: 't', label: 'Tess' },
        { value: 'u', label: 'Uma' },
      ],
      'adm',
      '',
    ],
    [[{ value: 't', label: 'Tess' }], 'adm', 't'],
    [[], 'adm', ''],
  ])('options %j for user %s default to %j', (options, userId, expected) => {
    expect(defaultClinicianId(options, userId)).toBe(expected);
  });
});

describe('changedFields', () => {
  it.each<[object, object, string[]]>([
    [{ a: 1, b: 'x' }, { a: 1, b: 'x' }, []],
    [{ a: 1, b: 'x' }, { a: 2, b: 'x' }, ['a']],
    [{ contacts: [{ n: 1 }] }, { contacts: [{ n: 2 }] }, ['contacts']],
    [{ id: 'c1', a: 1 }, { a: 1 }, []],
  ])('%j → %j changed %j', (before, after, expected) => {
    expect(changedFields(before, after)).toEqual(expected);
  });
});
