import { describe, expect, it } from 'vitest';
import { absenceStreak, attendanceRate, clientsWithAbsenceAlert, connectionSummary, engagementSeries, formatRate } from '../../../shared/domain/attendance';
import type { Attendance } from '../../../shared/domain/records';
import { sessionLabels } from '../../../renderer/features/sessions/engagement-chart';

type Status = Attendance['status'];
const day = (n: number) => `2026-11-${String(n).padStart(2, '0')}T15:00:00.000Z`;
const rec = (status: Status, n: number, clientId = 'c1', engagement: number | null = null) => ({
  status,
  sessionAt: day(n),
  clientId,
  sessionId: `s${n}`,
  engagement,
});

describe('attendanceRate', () => {
  it.each<[string, Status[], number | null, string]>([
    ['nothing recorded', [], null, 'No sessions recorded'],
    ['all present', ['present', 'late', 'left-early'], 1, '100% (3 of 3 sessions)'],
    ['excused absences are not counted', ['present', 'absent-excused', 'absent-unexcused'], 0.5, '50% (1 of 2 sessions, 1 excused absence not counted)'],
    ['only excused', ['absent-excused', 'absent-excused'], null, 'No sessions counted (2 excused absences)'],
    ['one of three', ['absent-unexcused', 'present', 'absent-unexcused'], 1 / 3, '33% (1 of 3 sessions)'],
  ])('%s', (_, statuses, rate, text) => {
    const r = attendanceRate(statuses.map((s, i) => rec(s, i + 1)));
    expect(r.rate).toBe(rate);
    expect(formatRate(r)).toBe(text);
  });
});

describe('engagementSeries', () => {
  it('orders by session time and skips absences and unrated sessions', () => {
    const series = engagementSeries([rec('present', 5, 'c1', 4), rec('late', 2, 'c1', 2), rec('absent-unexcused', 3), rec('present', 4, 'c1', null)]);
    expect(series).toEqual([
      { sessionId: 's2', at: day(2), engagement: 2 },
      { sessionId: 's5', at: day(5), engagement: 4 },
    ]);
  });
});

describe('absence alert', () => {
  it.each<[string, Status[], number]>([
    ['one unexcused absence', ['present', 'absent-unexcused'], 0],
    ['two in a row at the end', ['present', 'absent-unexcused', 'absent-unexcused'], 2],
    ['three in a row', ['absent-unexcused', 'absent-unexcused', 'absent-unexcused'], 3],
    ['two not in a row', ['absent-unexcused', 'present', 'absent-unexcused'], 0],
    ['attended after two: cleared', ['absent-unexcused', 'absent-unexcused', 'late'], 0],
    ['an excused absence breaks the run', ['absent-unexcused', 'absent-excused', 'absent-unexcused'], 0],
  ])('%s', (_, statuses, streak) => {
    expect(absenceStreak(statuses.map((s, i) => rec(s, i + 1)))).toHaveLength(streak);
  });

  it('judges by session time, not by the order records arrive', () => {
    expect(absenceStreak([rec('absent-unexcused', 9), rec('present', 1), rec('absent-unexcused', 8)])).toHaveLength(2);
    expect(absenceStreak([rec('absent-unexcused', 1), rec('present', 9), rec('absent-unexcused', 2)])).toHaveLength(0);
  });

  it('lists only clients whose latest sessions are consecutive unexcused absences', () => {
    const records = [
      rec('absent-unexcused', 1, 'a'),
      rec('absent-unexcused', 2, 'a'),
      rec('absent-unexcused', 1, 'b'),
      rec('present', 2, 'b'),
      rec('absent-unexcused', 3, 'b'),
    ];
    expect([...clientsWithAbsenceAlert(records)]).toEqual(['a']);
  });
});

describe('connectionSummary', () => {
  it.each([
    [[], 'None'],
    [['audio', 'dropped'], 'Audio, Dropped'],
    [['joined by phone'], 'joined by phone'],
  ])('%j → %s', (problems, text) => {
    expect(connectionSummary(problems)).toBe(text);
  });
});

describe('sessionLabels', () => {
  const at = (sessionId: string, iso: string) => ({ sessionId, at: iso, engagement: 3 });
  const date = (iso: string) => iso.slice(0, 10);
  const time = (iso: string) => iso.slice(11, 16);
  it.each([
    ['one session a day: dates only', [at('a', '2026-11-02T09:00'), at('b', '2026-11-03T09:00')], ['2026-11-02', '2026-11-03']],
    [
      'two sessions on one day: both get their time',
      [at('a', '2026-11-02T09:00'), at('b', '2026-11-02T14:30'), at('c', '2026-11-04T09:00')],
      ['2026-11-02 09:00', '2026-11-02 14:30', '2026-11-04'],
    ],
  ])('%s', (_name, points, expected) => {
    expect(sessionLabels(points, date, time)).toEqual(expected);
  });
});
