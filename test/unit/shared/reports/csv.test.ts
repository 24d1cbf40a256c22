import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../../shared/instruments/csv';
import { BEHAVIOUR_CSV_COLUMNS, MEASURE_CSV_COLUMNS, behavioursCsv, csvField, isoWithOffset, measuresCsv, pseudonyms, toCsv } from '../../../../shared/reports';

describe('csvField (RFC 4180)', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rhere', '"cr\rhere"'],
    ['Zoë Ångström', 'Zoë Ångström'],
    [12.5, '12.5'],
    [true, 'true'],
    [null, ''],
    [Number.NaN, ''],
  ] as const)('%j → %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});

describe('toCsv', () => {
  it('writes a BOM, a header and CRLF rows that read back to the same fields', () => {
    const text = toCsv(
      ['name', 'note'],
      [
        ['Zoë, "Z" Ångström', 'line one\nline two'],
        ['Łukasz', ''],
      ],
    );
    expect(text.startsWith('\uFEFFname,note\r\n')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parseCsv(text).map((r) => r.fields)).toEqual([
      ['name', 'note'],
      ['Zoë, "Z" Ångström', 'line one\nline two'],
      ['Łukasz', ''],
    ]);
  });

  it('refuses a row whose width differs from the header', () => {
    expect(() => toCsv(['a', 'b'], [['1']])).toThrow(/1 fields; the header has 2/);
  });
});

describe('isoWithOffset', () => {
  it.each([
    ['2026-01-02T23:30:00.000Z', 60, '2026-01-03T00:30:00+01:00'],
    ['2026-07-01T12:00:00Z', -240, '2026-07-01T08:00:00-04:00'],
    ['2026-07-01T12:00:00Z', 330, '2026-07-01T17:30:00+05:30'],
    ['2026-07-01T12:00:00Z', 0, '2026-07-01T12:00:00+00:00'],
  ] as const)('%s at %i min → %s', (instant, offset, expected) => {
    expect(isoWithOffset(instant, offset)).toBe(expected);
  });
});

describe('pseudonyms', () => {
  it('gives every client one key, never their id, and another order for another salt', () => {
    const ids = Array.from({ length: 12 }, (_, i) => `client-${String(i)}`);
    const a = pseudonyms(ids, 'salt-a');
    expect([...a.values()].sort()).toEqual(Array.from({ length: 12 }, (_, i) => `P${String(i + 1).padStart(3, '0')}`));
    const b = pseudonyms(ids, 'salt-b');
    expect(ids.map((id) => a.get(id))).not.toEqual(ids.map((id) => b.get(id)));
  });
});

const keys = { keyOf: (id: string) => `R-${id}`, offsetMinutesAt: () => 60 };

describe('measuresCsv', () => {
  it('has the §7.5 columns, one row per administration, baseline and change per client and instrument', () => {
    const text = measuresCsv(
      [
        {
          clientId: 'b',
          instrumentId: 'PHQ-9',
          instrumentVersion: '1.0.0',
          completedAt: '2026-01-20T09:00:00Z',
          respondent: 'client',
          total: 9,
          band: 'mild',
          flags: ['self_harm_item9'],
        },
        {
          clientId: 'b',
          instrumentId: 'PHQ-9',
          instrumentVersion: '1.0.0',
          completedAt: '2026-01-05T23:30:00Z',
          respondent: 'client',
          total: 18,
          band: 'moderately_severe',
          flags: ['above_cutoff_10', 'prorated'],
        },
        {
          clientId: 'a',
          instrumentId: 'GAD-7',
          instrumentVersion: '1.0.0',
          completedAt: '2026-01-06T09:00:00Z',
          respondent: 'clinician',
          total: 4,
          band: 'minimal',
          flags: [],
        },
      ],
      keys,
    );
    const [header, ...rows] = parseCsv(text).map((r) => r.fields);
    expect(header).toEqual([...MEASURE_CSV_COLUMNS]);
    expect(rows).toEqual([
      [
        'R-a',
        'GAD-7',
        '1.0.0',
        '2026-01-06',
        '2026-01-06T10:00:00+01:00',
        'clinician',
        '4',
        'minimal',
        '19',
        '',
        '4',
        '0',
        'no_reliable_change',
        '',
        '',
        'false',
        '1.0.0',
      ],
      [
        'R-b',
        'PHQ-9',
        '1.0.0',
        '2026-01-06',
        '2026-01-06T00:30:00+01:00',
        'client',
        '18',
        'moderately_severe',
        '66.7',
        'above_cutoff_10;prorated',
        '18',
        '0',
        'no_reliable_change',
        'false',
        'false',
        'true',
        '1.0.0',
      ],
      [
        'R-b',
        'PHQ-9',
        '1.0.0',
        '2026-01-20',
        '2026-01-20T10:00:00+01:00',
        'client',
        '9',
        'mild',
        '33.3',
        'self_harm_item9',
        '18',
        '-9',
        'reliably_improved',
        'true',
        'false',
        'false',
        '1.0.0',
      ],
    ]);
  });

  it('leaves change columns empty for an unscored administration and keeps the first scored one as baseline', () => {
    const text = measuresCsv(
      [
        {
          clientId: 'a',
          instrumentId: 'PHQ-9',
          instrumentVersion: '1.0.0',
          completedAt: '2026-01-01T09:00:00Z',
          respondent: 'client',
          total: null,
          band: null,
          flags: ['incomplete'],
        },
        {
          clientId: 'a',
          instrumentId: 'PHQ-9',
          instrumentVersion: '1.0.0',
          completedAt: '2026-01-08T09:00:00Z',
          respondent: 'client',
          total: 12,
          band: 'moderate',
          flags: [],
        },
      ],
      keys,
    );
    const rows = parseCsv(text)
      .slice(1)
      .map((r) => r.fields);
    expect(rows[0]?.slice(6, 15)).toEqual(['', '', '', 'incomplete', '', '', '', '', '']);
    expect(rows[1]?.slice(10, 13)).toEqual(['12', '0', 'no_reliable_change']);
  });
});

describe('behavioursCsv', () => {
  it('writes the current entry per day and reporter (a later correction wins), with names and commas quoted', () => {
    const text = behavioursCsv(
      [
        {
          clientId: 'c1',
          behaviourId: 'panic, attacks',
          date: '2026-01-02',
          reporter: 'client',
          value: 3,
          recall: 'same_day',
          enteredAt: '2026-01-02T20:00:00Z',
        },
        {
          clientId: 'c1',
          behaviourId: 'panic, attacks',
          date: '2026-01-02',
          reporter: 'client',
          value: 2,
          intensityMax: 7,
          recall: 'next_day',
          enteredAt: '2026-01-03T08:00:00Z',
        },
        {
          clientId: 'c1',
          behaviourId: 'panic, attacks',
          date: '2026-01-01',
          reporter: 'clinician',
          value: 0,
          recall: 'timeline_followback',
          enteredAt: '2026-01-05T08:00:00Z',
        },
      ],
      { keyOf: (id) => `Zoë "${id}"` },
    );
    const [header, ...rows] = parseCsv(text).map((r) => r.fields);
    expect(header).toEqual([...BEHAVIOUR_CSV_COLUMNS]);
    expect(rows).toEqual([
      ['Zoë "c1"', 'panic, attacks', '2026-01-01', 'clinician', '0', '', 'timeline_followback'],
      ['Zoë "c1"', 'panic, attacks', '2026-01-02', 'client', '2', '7', 'next_day'],
    ]);
  });
});
