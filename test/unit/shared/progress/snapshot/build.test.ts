import { describe, expect, it } from 'vitest';
import { addDays } from '../../../../../shared/progress/plans/days';
import { clinicDay } from '../../../../../shared/progress/snapshot';
import { AS_OF, attendanceOn, build, checkIn, mark, measure, phq, session } from './fixture';

describe('clinic days', () => {
  it.each([
    ['an evening in New York stays on its day', '2026-12-01T03:30:00.000Z', 'America/New_York', '2026-11-30'],
    ['the same instant in Berlin is the next day', '2026-12-01T03:30:00.000Z', 'Europe/Berlin', '2026-12-01'],
    ['a bare date is kept', '2026-12-01', 'Pacific/Auckland', '2026-12-01'],
  ])('%s', (_name, instant, zone, day) => {
    expect(clinicDay(instant, zone)).toBe(day);
  });
});

describe('primary measure against the episode baseline', () => {
  it.each([
    [
      'baseline in the window, later scores in order',
      [phq('r1', '2026-10-28', 18), phq('r2', '2026-11-10', 13), phq('r3', '2026-11-24', 9)],
      { baseline: 18, scores: [13, 9], lastAdministeredDaysAgo: 7 },
    ],
    [
      'a score before the window is not the baseline',
      [phq('r0', '2026-10-20', 25), phq('r1', '2026-11-05', 18), phq('r2', '2026-11-20', 12)],
      { baseline: 18, scores: [12], lastAdministeredDaysAgo: 11 },
    ],
    [
      'no score in the window: the first later one, late',
      [phq('r1', '2026-11-20', 18), phq('r2', '2026-11-27', 15)],
      { baseline: 18, scores: [15], lateBaseline: true },
    ],
    [
      'same day: the later administration is kept',
      [phq('r1', '2026-11-01', 18), measure('r2', 'PHQ-9', '2026-11-20T09:00:00.000Z', 14), measure('r3', 'PHQ-9', '2026-11-20T17:00:00.000Z', 12)],
      { baseline: 18, scores: [12] },
    ],
    [
      'a superseded score is left out',
      [phq('r1', '2026-11-01', 18), phq('r2', '2026-11-20', 20), phq('r3', '2026-11-20', 11, { supersedesId: 'r2' })],
      { baseline: 18, scores: [11] },
    ],
    ['scores after asOf are not seen', [phq('r1', '2026-11-01', 18), phq('r2', '2026-12-05', 4)], { baseline: 18, scores: [], lastAdministeredDaysAgo: 30 }],
    ['never given', [], { baseline: null, scores: [], lastAdministeredDaysAgo: null }],
  ])('%s', (_name, responses, expected) => {
    const { snapshot } = build({ responses });
    expect(snapshot.primary).toMatchObject({ instrument: 'PHQ-9', ...expected });
  });

  it('anchors on the current episode, not the first admission', () => {
    const episodes = [
      { id: 'e1', startedOn: '2026-10-01', endedOn: '2026-11-15', levelOfCareCode: 'PHP' },
      { id: 'e2', startedOn: '2026-11-15', endedOn: null, levelOfCareCode: 'IOP' },
    ];
    const responses = [phq('r1', '2026-10-01', 22), phq('r2', '2026-11-14', 14), phq('r3', '2026-11-28', 9)];
    const { snapshot, evidence } = build({ episodes, responses });
    expect(snapshot.primary).toMatchObject({ baseline: 14, scores: [9] });
    expect(snapshot.daysInProgram).toBe(16);
    expect(evidence.episode).toEqual({ episodeId: 'e2', admittedOn: '2026-11-15', levelOfCare: 'IOP', daysInProgram: 16 });
  });

  it('lists every measure with its records, the primary first, with reliable change', () => {
    const responses = [
      measure('g1', 'GAD-7', '2026-11-02T10:00:00Z', 15),
      measure('g2', 'GAD-7', '2026-11-25T10:00:00Z', 9),
      phq('r1', '2026-11-01', 18),
      phq('r2', '2026-11-24', 8),
    ];
    const { evidence } = build({ responses });
    expect(evidence.measures.map((m) => [m.instrumentId, m.primary, m.changeFromBaseline, m.changeClass])).toEqual([
      ['PHQ-9', true, -10, 'reliably_improved'],
      ['GAD-7', false, -6, 'reliably_improved'],
    ]);
    expect(evidence.measures[0]?.administrations.map((a) => a.responseId)).toEqual(['r1', 'r2']);
    expect(evidence.measures[0]?.phq9Outcome).toEqual({ response: true, remission: false, clinicallySignificant: true });
  });
});

describe('attendance (28-day window, excused out of the denominator, cancelled not scheduled)', () => {
  const base = attendanceOn([
    ['2026-10-30', 'present'], // outside the window (32 days ago)
    ['2026-11-10', 'present'],
    ['2026-11-12', 'absent-excused'],
    ['2026-11-17', 'late'],
    ['2026-11-19', 'absent-unexcused'],
    ['2026-11-24', 'absent-excused'],
    ['2026-11-26', 'absent-unexcused'],
  ]);
  it.each([
    ['counts, streak skipping excused', base, { scheduled: 6, attended: 2, excused: 2, attendancePct: 50, consecutiveMissed: 2, daysSinceLastAttended: 14 }],
    [
      'a program-cancelled session is not scheduled',
      { ...base, sessions: base.sessions.map((s) => (s.id === 's-2026-11-26' ? { ...s, status: 'cancelled' as const } : s)) },
      { scheduled: 5, consecutiveMissed: 1 },
    ],
    [
      'no sessions: days since admission',
      { attendance: [], sessions: [] },
      { scheduled: 0, attendancePct: null, consecutiveMissed: 0, daysSinceLastAttended: 30 },
    ],
  ])('%s', (_name, data, expected) => {
    const { evidence, snapshot } = build(data);
    expect(evidence.attendance).toMatchObject(expected);
    expect(snapshot.attendance).toEqual({
      scheduled: evidence.attendance.scheduled,
      attended: evidence.attendance.attended,
      excused: evidence.attendance.excused,
    });
  });

  it('names the records behind each figure', () => {
    const { evidence } = build(base);
    expect(evidence.attendance.records).toEqual({
      scheduled: ['a-s-2026-11-10', 'a-s-2026-11-12', 'a-s-2026-11-17', 'a-s-2026-11-19', 'a-s-2026-11-24', 'a-s-2026-11-26'],
      attended: ['a-s-2026-11-10', 'a-s-2026-11-17'],
      excused: ['a-s-2026-11-12', 'a-s-2026-11-24'],
      consecutiveMissed: ['a-s-2026-11-19', 'a-s-2026-11-26'],
      lastAttended: 'a-s-2026-11-17',
      unmarkedSessions: [],
    });
    expect(evidence.attendance.hoursPerWeek.delivered).toBeCloseTo(6 / (29 / 7), 1);
  });

  // §5.3 counts the sessions in the window, not the marks: the client's own session left unmarked is scheduled and
  // missed once its day has passed; today's may not be marked yet; a group session counts only with a mark.
  const own = (day: string, status: 'scheduled' | 'held' | 'cancelled' = 'held') => ({
    ...session(`o-${day}`, `${day}T10:00:00.000Z`, status, 1),
    kind: 'individual' as const,
    clientId: 'c1',
    groupId: '',
  });
  const marked = attendanceOn([
    ['2026-11-10', 'present'],
    ['2026-11-17', 'present'],
  ]);
  it.each([
    ['marked only', marked, { scheduled: 2, attended: 2, consecutiveMissed: 0 }, []],
    [
      'two own sessions unmarked after the last attended',
      { ...marked, sessions: [...marked.sessions, own('2026-11-20', 'scheduled'), own('2026-11-27')] },
      { scheduled: 4, attended: 2, attendancePct: 50, consecutiveMissed: 2, daysSinceLastAttended: 14 },
      ['o-2026-11-20', 'o-2026-11-27'],
    ],
    [
      'an unmarked own session today is not counted yet',
      { ...marked, sessions: [...marked.sessions, own(AS_OF, 'scheduled')] },
      { scheduled: 2, consecutiveMissed: 0 },
      [],
    ],
    [
      'a cancelled own session is not scheduled',
      { ...marked, sessions: [...marked.sessions, own('2026-11-20', 'cancelled')] },
      { scheduled: 2, consecutiveMissed: 0 },
      [],
    ],
    [
      'an unmarked group session is not counted',
      { ...marked, sessions: [...marked.sessions, session('g-2026-11-20', '2026-11-20T10:00:00.000Z')] },
      { scheduled: 2 },
      [],
    ],
    [
      'an own session outside the window is not scheduled but still breaks nothing',
      { ...marked, sessions: [...marked.sessions, own('2026-10-20')] },
      { scheduled: 2, consecutiveMissed: 0 },
      [],
    ],
    [
      'an own session with its mark is counted once',
      { sessions: [own('2026-11-20')], attendance: [mark('o-2026-11-20', '2026-11-20T10:00:00.000Z', 'present')] },
      { scheduled: 1, attended: 1 },
      [],
    ],
  ])('unmarked sessions: %s', (_name, data, expected, unmarked) => {
    const { evidence, snapshot } = build(data);
    expect(evidence.attendance).toMatchObject(expected);
    expect(evidence.attendance.records.unmarkedSessions).toEqual(unmarked);
    expect(snapshot.attendance.scheduled).toBe(evidence.attendance.scheduled);
  });

  it('engagement: the window against the one before', () => {
    const { sessions, attendance } = attendanceOn([
      ['2026-10-20', 'present'],
      ['2026-11-20', 'present'],
      ['2026-11-27', 'present'],
    ]);
    const rated = attendance.map((a, i) => ({ ...a, engagement: [2, 4, 5][i] ?? null }));
    const { evidence } = build({ sessions, attendance: rated });
    expect(evidence.engagement).toMatchObject({ meanRating: 4.5, ratingCount: 2, previousMeanRating: 2, recordIds: ['a-s-2026-11-20', 'a-s-2026-11-27'] });
  });
});

describe('check-ins', () => {
  const days = (from: number, to: number, mood: number, cravings: number) =>
    Array.from({ length: to - from + 1 }, (_, i) => checkIn(`k${String(from + i)}`, `${addDays(AS_OF, -(from + i))}T18:00:00.000Z`, mood, cravings));
  it.each([
    ['mood fell 2 points and cravings rose', [...days(0, 6, 4, 6), ...days(7, 13, 6, 3)], { flags: ['mood_fell', 'cravings_rose'], completionPct: 100 }],
    ['a 1-point change raises nothing', [...days(0, 2, 5, 3), ...days(7, 9, 6, 2)], { flags: [], completionPct: 42 }],
    ['no check-ins', [], { flags: [], completionPct: 0 }],
  ])('%s', (_name, responses, expected) => {
    const { evidence } = build({ responses });
    expect(evidence.checkIns).toMatchObject(expected);
    expect(evidence.checkIns.recordIds).toHaveLength(responses.length);
  });
});
