import { describe, expect, it } from 'vitest';
import { filterSessions, sessionsByDay, viewDays, weekDays, type ScheduleFilter } from '../../../shared/domain/schedule-view';
import { sessionTimes } from '../../../shared/domain/sessions';

const s = (id: string, kind: 'individual' | 'group', clinicianIds: string[], groupId = '', date = '2026-12-03', time = '10:00') => ({
  id,
  kind,
  clinicianIds,
  groupId,
  ...sessionTimes(date, time, 50),
});
const sessions = [s('a', 'individual', ['u1']), s('b', 'group', ['u2', 'u1'], 'g1'), s('c', 'group', ['u3'], 'g2'), s('d', 'individual', ['u3'])];
const any: ScheduleFilter = { clinicianIds: [], groupId: '', kind: '' };

describe('schedule filters', () => {
  it.each([
    ['everyone, everything', any, ['a', 'b', 'c', 'd']],
    ['one clinician, lead or co-clinician', { ...any, clinicianIds: ['u1'] }, ['a', 'b']],
    ['two clinicians', { ...any, clinicianIds: ['u2', 'u3'] }, ['b', 'c', 'd']],
    ['one group', { ...any, groupId: 'g2' }, ['c']],
    ['one kind', { ...any, kind: 'individual' }, ['a', 'd']],
    ['clinician and kind together', { ...any, clinicianIds: ['u3'], kind: 'group' }, ['c']],
  ] as const)('%s', (_name, filter, ids) => {
    expect(filterSessions(sessions, filter).map((x) => x.id)).toEqual(ids);
  });
});

describe('day and week views', () => {
  it('a week runs Monday to Sunday around the day', () => {
    expect(weekDays('2026-12-03')).toEqual(['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06']);
    expect(weekDays('2026-12-06')[0]).toBe('2026-11-30');
    expect(weekDays('2026-11-30')[0]).toBe('2026-11-30');
    expect(viewDays('2026-12-03', 'day')).toEqual(['2026-12-03']);
  });
  it('groups sessions by local day in start order, every day present', () => {
    const byDay = sessionsByDay(
      [s('late', 'individual', ['u1'], '', '2026-12-01', '15:00'), s('early', 'individual', ['u1'], '', '2026-12-01', '09:00')],
      weekDays('2026-12-01'),
    );
    expect(byDay.get('2026-12-01')?.map((x) => x.id)).toEqual(['early', 'late']);
    expect(byDay.get('2026-12-02')).toEqual([]);
    expect(byDay.size).toBe(7);
  });
});
