import { describe, expect, it } from 'vitest';
import { EMPTY_STAFF_FORM, validateStaffForm, type StaffFormValues } from '../../../../renderer/features/staff/staff-form';

const VALID: StaffFormValues = {
  ...EMPTY_STAFF_FORM,
  name: ' Tess Therapist ',
  role: 'therapist',
  passphrase: 'tess keeps her own phrase',
  confirm: 'tess keeps her own phrase',
};

describe('validateStaffForm', () => {
  it('returns the trimmed staff input and the passphrase', () => {
    expect(validateStaffForm(VALID)).toEqual({
      ok: true,
      input: { name: 'Tess Therapist', role: 'therapist', credentials: '', supervised: false },
      passphrase: 'tess keeps her own phrase',
    });
  });

  it.each<[string, Partial<StaffFormValues>, string[]]>([
    ['no name', { name: '  ' }, ['name']],
    ['no role', { role: '' }, ['role']],
    ['short passphrase', { passphrase: 'short', confirm: 'short' }, ['passphrase']],
    ['common password', { passphrase: 'password1234', confirm: 'password1234' }, ['passphrase']],
    ['repeated letter', { passphrase: 'aaaaaaaaaaaa', confirm: 'aaaaaaaaaaaa' }, ['passphrase']],
    ['built on their own name', { name: 'Harborlight', passphrase: 'harborlight2026', confirm: 'harborlight2026' }, ['passphrase']],
    ['confirmation differs', { confirm: 'tess keeps her own phrasE' }, ['confirm']],
    ['everything missing', { name: '', role: '', passphrase: '', confirm: 'x' }, ['name', 'role', 'passphrase', 'confirm']],
  ])('%s → errors on %j', (_name, overrides, paths) => {
    const result = validateStaffForm({ ...VALID, ...overrides });
    expect(result.ok ? [] : Object.keys(result.errors)).toEqual(paths);
  });
});
