import { describe, expect, it } from 'vitest';
import { suggestUsername, validateEnrollForm, type EnrollFormValues } from '../../../renderer/features/sync/enroll-form';

const VALID: EnrollFormValues = { staffId: 's1', username: 'tess', password: 'twelve chars!', adminUsername: 'admin', adminPassword: 'pw' };

describe('enroll form', () => {
  it.each<[string, Partial<EnrollFormValues>, string[]]>([
    ['a valid form', {}, []],
    ['no staff member', { staffId: '' }, ['staffId']],
    ['a user name with a space', { username: 'tess t' }, ['username']],
    ['a user name starting with a digit', { username: '1tess' }, ['username']],
    ['a short password', { password: 'short' }, ['password']],
    ['no admin credentials', { adminUsername: ' ', adminPassword: '' }, ['adminUsername', 'adminPassword']],
  ])('%s', (_name, overrides, fields) => {
    expect(Object.keys(validateEnrollForm({ ...VALID, ...overrides }))).toEqual(fields);
  });

  it.each([
    ['Tess Therapist', 'tess-therapist'],
    ['  Zoë  O’Brien ', 'zoe-o-brien'],
  ])('suggests a user name for %j', (name, expected) => {
    expect(suggestUsername(name)).toBe(expected);
  });
});
