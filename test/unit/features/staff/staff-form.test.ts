import { describe, expect, it } from 'vitest';
import { EMPTY_STAFF_FORM, validateStaffForm, type StaffFormValues } from '../../../../renderer/features/staff/staff-form';

const VALID: StaffFormValues = { ...EMPTY_STAFF_FORM, name: ' Tess Therapist ', role: 'therapist' };

describe('validateStaffForm', () => {
  it('returns the trimmed staff input (no passphrase: the member chooses it at first sign-in)', () => {
    expect(validateStaffForm(VALID)).toEqual({
      ok: true,
      input: { name: 'Tess Therapist', role: 'therapist', credentials: '', supervised: false },
    });
  });

  it.each<[string, Partial<StaffFormValues>, string[]]>([
    ['no name', { name: '  ' }, ['name']],
    ['no role', { role: '' }, ['role']],
    ['everything missing', { name: '', role: '' }, ['name', 'role']],
  ])('%s → errors on %j', (_name, overrides, paths) => {
    const result = validateStaffForm({ ...VALID, ...overrides });
    expect(result.ok ? [] : Object.keys(result.errors)).toEqual(paths);
  });
});
