import { describe, expect, it } from 'vitest';
import { clientInputSchema } from '../../../../shared/domain/client';

const INPUT = {
  firstName: 'Rowan',
  lastName: 'Example',
  preferredName: '',
  pronouns: '',
  dateOfBirth: '1990-04-02',
  program: 'Adult mental health',
  primaryClinicianId: 'u1',
  admissionDate: '2026-11-01',
  contacts: [],
};

describe('the client record’s level of care (PHP, IOP, OP or the clinic’s own code, progress.md §0.2)', () => {
  it.each([
    ['PHP', 'PHP', null],
    ['OP', 'OP', null],
    ['a clinic level RES', 'RES', null],
    ['an ASAM-style code', '2.1', null],
    ['empty', '', 'Choose a level of care.'],
    ['spaces inside', 'RES 2', 'Choose a level of care.'],
    ['too long', 'X'.repeat(21), 'Choose a level of care.'],
  ])('%s', (_name, levelOfCare, message) => {
    const parsed = clientInputSchema('2026-12-04').safeParse({ ...INPUT, levelOfCare });
    expect(parsed.success ? null : (parsed.error.issues.find((i) => i.path[0] === 'levelOfCare')?.message ?? null)).toBe(message);
  });
});
