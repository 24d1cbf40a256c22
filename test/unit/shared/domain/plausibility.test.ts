import { describe, expect, it } from 'vitest';
import { MAX_AGE_YEARS, admissionProblem, validateClientInput, type ClientStatus } from '../../../../shared/domain/client';
import { recordedDayProblem } from '../../../../shared/domain/dates';
import { characterCount, tooLongMessage } from '../../../../shared/domain/text-length';
import { onScale } from '../../../../shared/instruments/scoring';

const TODAY = '2026-12-04';
const VALID = {
  firstName: 'Rowan',
  lastName: 'Example',
  preferredName: '',
  pronouns: '',
  dateOfBirth: '1990-04-02',
  levelOfCare: 'IOP',
  program: 'Adolescent',
  primaryClinicianId: 's1',
  admissionDate: '2026-11-20',
  status: 'active',
  contacts: [],
};

const FUTURE_ADMISSION = 'The admission date is in the future. Choose Planned admission, or enter the day the client was admitted.';
const BEFORE_BIRTH = 'The admission date cannot be before the date of birth.';
const PLANNED_PAST = 'A planned admission is today or later. If the client has been admitted, choose Admitted.';

describe('validateClientInput: dates a chart audit would question', () => {
  it.each<[string, Record<string, unknown>, Record<string, string>]>([
    ['admitted tomorrow', { admissionDate: '2026-12-05' }, { admissionDate: FUTURE_ADMISSION }],
    ['admitted next year, status left out', { admissionDate: '2027-01-10', status: undefined }, { admissionDate: FUTURE_ADMISSION }],
    ['admitted before birth', { admissionDate: '1990-04-01' }, { admissionDate: BEFORE_BIRTH }],
    ['planned admission before birth', { admissionDate: '1990-04-01', status: 'planned' }, { admissionDate: BEFORE_BIRTH }],
    ['planned admission yesterday', { admissionDate: '2026-12-03', status: 'planned' }, { admissionDate: PLANNED_PAST }],
    ['born 1890 (age 136)', { dateOfBirth: '1890-06-01' }, { dateOfBirth: 'This date of birth makes the client 136 years old: check the year.' }],
    ['121st birthday today', { dateOfBirth: '1905-12-04' }, { dateOfBirth: 'This date of birth makes the client 121 years old: check the year.' }],
    ['born today', { dateOfBirth: TODAY, admissionDate: TODAY }, { dateOfBirth: 'The date of birth must be in the past.' }],
    ['a status the form cannot set', { status: 'discharged' }, { status: 'Choose admitted or planned.' }],
  ])('%s', (_, patch, errors) => {
    const r = validateClientInput({ ...VALID, ...patch }, TODAY);
    expect(r.ok ? {} : r.errors).toEqual(errors);
  });

  it('reports an implausible admission together with the other fields’ errors', () => {
    const r = validateClientInput({ ...VALID, firstName: '', admissionDate: '2027-01-01' }, TODAY);
    expect(r.ok ? {} : r.errors).toEqual({ firstName: 'Enter the client’s first name.', admissionDate: FUTURE_ADMISSION });
  });

  it.each<[string, Record<string, unknown>]>([
    ['admitted today', { admissionDate: TODAY }],
    ['admitted on the day of birth', { dateOfBirth: '2010-05-05', admissionDate: '2010-05-05' }],
    [`aged ${String(MAX_AGE_YEARS)}, 121 tomorrow`, { dateOfBirth: '1905-12-05' }],
    ['planned for today', { admissionDate: TODAY, status: 'planned' }],
    ['planned for next month', { admissionDate: '2027-01-04', status: 'planned' }],
    ['a discharged client’s edit (no status)', { status: undefined }],
  ])('accepts %s', (_, patch) => {
    const r = validateClientInput({ ...VALID, ...patch }, TODAY);
    expect(r.ok).toBe(true);
  });

  it('keeps the status it was given', () => {
    const r = validateClientInput({ ...VALID, admissionDate: '2027-01-04', status: 'planned' }, TODAY);
    expect(r.ok && r.value.status).toBe('planned');
  });
});

describe('admissionProblem', () => {
  it.each<[string, string, ClientStatus, string | null]>([
    ['2026-12-04', '1990-04-02', 'active', null],
    ['2026-12-05', '1990-04-02', 'active', FUTURE_ADMISSION],
    ['2026-12-05', '1990-04-02', 'discharged', FUTURE_ADMISSION],
    ['2026-12-05', '1990-04-02', 'planned', null],
    ['2026-12-03', '1990-04-02', 'planned', PLANNED_PAST],
    ['1990-04-01', '1990-04-02', 'active', BEFORE_BIRTH],
    ['1990-04-01', '', 'active', null],
  ])('admission %s, born %s, %s → %s', (admission, born, status, expected) => {
    expect(admissionProblem(admission, born, status, TODAY)).toBe(expected);
  });
});

describe('recordedDayProblem (measures and check-ins)', () => {
  it.each<[string, string, string | null]>([
    ['2026-12-04', '1990-04-02', null],
    ['1990-04-02', '1990-04-02', null],
    ['2026-12-05', '1990-04-02', 'This day is in the future: choose today or an earlier day.'],
    ['1990-04-01', '1990-04-02', 'This day is before the client’s date of birth: check the year.'],
    ['1990-04-01', '', null],
    ['', '1990-04-02', 'Enter the day, for example today.'],
    ['2026-02-30', '1990-04-02', 'Enter the day, for example today.'],
  ])('%s, born %s → %s', (day, born, expected) => {
    expect(recordedDayProblem(day, TODAY, born)).toBe(expected);
  });
});

describe('text length limits: counted while typing, refused when over, never cut', () => {
  it.each<[string, number, string, string | null]>([
    ['', 500, '0 of 500 characters', null],
    ['  abc  ', 3, '3 of 3 characters', null],
    ['a'.repeat(500), 500, '500 of 500 characters', null],
    ['a'.repeat(501), 500, '501 of 500 characters', 'The comment is 501 characters; the most is 500. Shorten it to save.'],
    ['b'.repeat(10_000), 2000, '10000 of 2000 characters', 'The comment is 10000 characters; the most is 2000. Shorten it to save.'],
  ])('%# (%i max)', (text, max, count, problem) => {
    expect(characterCount(text, max)).toBe(count);
    expect(tooLongMessage('The comment', text, max)).toBe(problem);
  });
});

describe('onScale (visual-analogue items are never rounded to fit)', () => {
  const line = { min: 0, max: 10, step: 0.1 };
  it.each<[number, boolean]>([
    [0, true],
    [10, true],
    [6.4, true],
    [10.1, false],
    [-0.1, false],
    [5.25, false],
    [Number.NaN, false],
  ])('%d → %s', (value, ok) => {
    expect(onScale(line, value)).toBe(ok);
  });
});
