import { describe, expect, it } from 'vitest';
import type { ClinicRecord } from '../../../../shared/domain/records';
import { clinicDayOf } from '../../../../shared/progress/alerts';
import { CLINIC_TIME_ZONE_REF, clinicTimeZoneOf, clinicToday, timeZoneError } from '../../../../shared/progress/clinic-time-zone';
import { buildReviewEvidence } from '../../../../shared/progress/snapshot';
import { AS_OF, mark, records, session } from './snapshot/fixture';

const setting = (id: string, createdAt: string, timeZone: unknown, over: Partial<ClinicRecord> = {}): ClinicRecord => ({
  id,
  kind: 'settings',
  status: 'open',
  refCollection: CLINIC_TIME_ZONE_REF.collection,
  refId: CLINIC_TIME_ZONE_REF.id,
  data: { timeZone },
  reason: '',
  authorId: 'admin',
  createdAt,
  updatedAt: createdAt,
  ...over,
});
const LAPTOP = 'Europe/Berlin';

describe('the clinic’s time zone setting (progress.md §0.2)', () => {
  it.each([
    ['unset: every laptop’s own zone', '', null],
    ['an IANA zone', 'America/New_York', null],
    ['UTC', 'UTC', null],
    ['an unknown name', 'Mars/Olympus_Mons', '“Mars/Olympus_Mons” is not a time zone this computer knows; choose one from the list (e.g. America/New_York).'],
    [
      'spaces around a name',
      ' America/New_York',
      '“ America/New_York” is not a time zone this computer knows; choose one from the list (e.g. America/New_York).',
    ],
  ])('%s', (_name, value, message) => {
    expect(timeZoneError(value)).toBe(message);
  });

  it.each([
    ['no record: the laptop’s zone', [], { timeZone: LAPTOP, setting: '', recordId: '' }],
    [
      'a saved zone',
      [setting('s1', '2026-12-01T10:00:00Z', 'America/New_York')],
      { timeZone: 'America/New_York', setting: 'America/New_York', recordId: 's1' },
    ],
    [
      'the newest record wins',
      [setting('s2', '2026-12-02T10:00:00Z', 'Asia/Tokyo'), setting('s1', '2026-12-01T10:00:00Z', 'America/New_York')],
      { timeZone: 'Asia/Tokyo', recordId: 's2' },
    ],
    [
      'set back to unset: the laptop’s zone',
      [setting('s1', '2026-12-01T10:00:00Z', 'America/New_York'), setting('s2', '2026-12-02T10:00:00Z', '')],
      { timeZone: LAPTOP, setting: '', recordId: 's2' },
    ],
    [
      'an unusable newest record is skipped',
      [
        setting('s1', '2026-12-01T10:00:00Z', 'America/New_York'),
        setting('s2', '2026-12-02T10:00:00Z', 'Nowhere/Zone'),
        setting('s3', '2026-12-03T10:00:00Z', 42),
      ],
      { timeZone: 'America/New_York', recordId: 's1' },
    ],
    [
      'other settings records are not the zone',
      [setting('r1', '2026-12-01T10:00:00Z', 'Asia/Tokyo', { refCollection: 'progress', refId: 'rule-params' })],
      { timeZone: LAPTOP, recordId: '' },
    ],
  ] as const)('in force: %s', (_name, recs, expected) => {
    expect(clinicTimeZoneOf(recs, LAPTOP)).toMatchObject(expected);
  });

  // 04:30 UTC on 5 December is still the evening of 4 December in New York, already 5 December in Berlin.
  const INSTANT = new Date('2026-12-05T04:30:00.000Z');
  it.each([
    ['a New York clinic on a Berlin laptop', [setting('s1', '2026-12-01T10:00:00Z', 'America/New_York')], '2026-12-04'],
    ['no setting: the Berlin laptop’s day', [], '2026-12-05'],
  ] as const)('today at a day boundary: %s', (_name, recs, day) => {
    const { timeZone } = clinicTimeZoneOf(recs, LAPTOP);
    expect(clinicToday(INSTANT, timeZone)).toBe(day);
    expect(clinicDayOf(INSTANT.toISOString(), timeZone)).toBe(day); // the dashboard alerts' clinic day
  });

  it('attendance at 23:30 New York time counts on the clinic’s day, not the laptop’s', () => {
    // AS_OF is the fixture's review date; a session late on that evening in New York is the next day in Berlin.
    const late = new Date(`${AS_OF}T23:30:00-05:00`).toISOString();
    const recs = records({ sessions: [session('s1', late)], attendance: [mark('s1', late, 'present')] });
    const inClinicZone = buildReviewEvidence(recs, {
      asOf: AS_OF,
      timeZone: clinicTimeZoneOf([setting('s1', '2026-12-01T10:00:00Z', 'America/New_York')], LAPTOP).timeZone,
    });
    const inLaptopZone = buildReviewEvidence(recs, { asOf: AS_OF, timeZone: clinicTimeZoneOf([], LAPTOP).timeZone });
    expect(inClinicZone.evidence.attendance.attended).toBe(1);
    expect(inLaptopZone.evidence.attendance.attended).toBe(0);
  });
});
