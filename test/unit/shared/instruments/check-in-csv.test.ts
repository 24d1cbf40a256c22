import { describe, expect, it } from 'vitest';
import {
  CsvSyntaxError,
  cleanSkills,
  duplicateDay,
  importableRows,
  parseCsv,
  readCheckInCsv,
  scaleProblem,
  sleepProblem,
} from '../../../../shared/instruments';

const HEADER = 'Date,Mood,Anxiety,Stress,Cravings,Sleep hours,Coping skills,Journal';
const TODAY = '2026-11-10';

describe('parseCsv', () => {
  it.each([
    [
      'plain',
      'a,b\n1,2\n',
      [
        [1, ['a', 'b']],
        [2, ['1', '2']],
      ],
    ],
    [
      'CRLF and a blank line',
      'a,b\r\n\r\n1,2',
      [
        [1, ['a', 'b']],
        [3, ['1', '2']],
      ],
    ],
    [
      'quoted comma, quote and line break',
      'a,b\n"x, ""y""","line\nbreak"\nz,w',
      [
        [1, ['a', 'b']],
        [2, ['x, "y"', 'line\nbreak']],
        [4, ['z', 'w']],
      ],
    ],
    [
      'byte-order mark',
      '\uFEFFa\n1',
      [
        [1, ['a']],
        [2, ['1']],
      ],
    ],
  ] as const)('%s', (_name, text, expected) => {
    expect(parseCsv(text).map((r) => [r.line, r.fields])).toEqual(expected);
  });

  it('names the line of a quote never closed', () => {
    expect(() => parseCsv('a\n"open\nstill')).toThrow(new CsvSyntaxError(2, 'a quoted field is never closed (a " is missing)'));
  });
});

describe('check-in values', () => {
  it.each([
    [0, null],
    [10, null],
    [null, 'is empty: enter a whole number from 0 to 10'],
    [11, '11 is not a whole number from 0 to 10'],
    [2.5, '2.5 is not a whole number from 0 to 10'],
    [-1, '-1 is not a whole number from 0 to 10'],
  ])('scaleProblem(%s)', (value, expected) => {
    expect(scaleProblem(value)).toBe(expected);
  });
  it.each([
    [7.5, null],
    [0, null],
    [24, null],
    [25, '25 is not a number of hours from 0 to 24 (tenths allowed)'],
    [7.25, '7.25 is not a number of hours from 0 to 24 (tenths allowed)'],
  ])('sleepProblem(%s)', (value, expected) => {
    expect(sleepProblem(value)).toBe(expected);
  });
  it('cleans skills: trims, drops blanks and repeats', () => {
    expect(cleanSkills([' Grounding', '', 'grounding', 'Mindfulness '])).toEqual(['Grounding', 'Mindfulness']);
  });
});

describe('readCheckInCsv', () => {
  const csv = [
    HEADER,
    '2026-11-01,6,4,5,2,7.5,Grounding;Mindfulness,Slept well',
    '2026-11-02 08:30,7,3,4,1,8,,',
    '2026-11-03,12,3,4,1,8,,too happy',
    'yesterday,5,3,4,1,eight,,',
    '2026-11-02,5,5,5,5,6,,"second entry, same day"',
    '2026-11-05,5,5,5,5,6,,already stored',
  ].join('\n');

  it('reads good rows, names each bad cell by row and column, and marks duplicates', () => {
    const result = readCheckInCsv(csv, new Set(['2026-11-05']), TODAY);
    if (!result.ok) throw new Error(result.error);
    expect(result.rows.map((r) => [r.row, r.day, r.errors.map((e) => `${e.column}: ${e.message}`), r.duplicate])).toEqual([
      [2, '2026-11-01', [], null],
      [3, '2026-11-02', [], null],
      [4, '2026-11-03', ['Mood: 12 is not a whole number from 0 to 10'], null],
      [5, '', ['Date: “yesterday” is not a date like 2026-11-02', 'Sleep hours: “eight” is not a number'], null],
      [6, '2026-11-02', [], 'file'],
      [7, '2026-11-05', [], 'stored'],
    ]);
    expect(result.rows[0]).toMatchObject({
      answers: { mood: 6, anxiety: 4, stress: 5, cravings: 2, sleepHours: 7.5, copingSkills: ['Grounding', 'Mindfulness'] },
      journal: 'Slept well',
    });
    expect(importableRows(result.rows).map((r) => r.row)).toEqual([2, 3]);
  });

  it.each([
    ['no rows', HEADER, 'The file has no check-in rows: a header row and at least one row of data are needed.'],
    [
      'missing columns',
      'date,mood\n2026-11-01,5',
      'The file has no “anxiety”, “stress”, “cravings”, “sleep_hours” column. Expected columns: date, mood, anxiety, stress, cravings, sleep_hours, coping_skills, journal.',
    ],
    ['unclosed quote', `${HEADER}\n2026-11-01,1,1,1,1,1,,"open`, 'The file is not valid CSV. Line 2: a quoted field is never closed (a " is missing)'],
  ])('file-level problem: %s', (_name, text, error) => {
    expect(readCheckInCsv(text, new Set(), TODAY)).toEqual({ ok: false, error });
  });

  it('refuses a future day', () => {
    const result = readCheckInCsv(`${HEADER}\n2026-11-11,1,1,1,1,1,,`, new Set(), TODAY);
    expect(result.ok && result.rows[0]?.errors).toEqual([{ column: 'Date', message: '2026-11-11 is in the future' }]);
  });
});

describe('duplicateDay (the import’s rule, shared with the quick form and the round)', () => {
  it.each([
    ['a day already stored', '2026-11-09', ['2026-11-09'], [], 'stored'],
    ['stored wins over an earlier row', '2026-11-09', ['2026-11-09'], ['2026-11-09'], 'stored'],
    ['an earlier row of the same batch', '2026-11-08', ['2026-11-09'], ['2026-11-08'], 'file'],
    ['a new day', '2026-11-10', ['2026-11-09'], ['2026-11-08'], null],
    ['no day (a row that failed to read)', '', [''], [''], null],
  ] as const)('%s', (_name, day, stored, earlier, expected) => {
    expect(duplicateDay(day, new Set(stored), new Set(earlier))).toBe(expected);
  });
});
