import { describe, expect, it } from 'vitest';
import { behaviourPeriodTotal } from '../../../../shared/progress/plans/behaviour-period';
import type { TargetBehaviourEntry } from '../../../../shared/progress/plans/types';

const AT = '2026-11-30T09:00:00.000Z';
const day = (date: string, value: number, reporter: TargetBehaviourEntry['reporter'] = 'client'): TargetBehaviourEntry => ({
  behaviourId: 'panic_attacks',
  date,
  reporter,
  value,
  recall: 'same_day',
  enteredAt: AT,
});
const week = (date: string, value: number): TargetBehaviourEntry => ({ ...day(date, value), span: 'week' });

describe('behaviourPeriodTotal: a weekly total covers the 7 days to its date, never one day’s value', () => {
  it.each([
    ['nothing recorded', [], { daysRecorded: 0, weeklyTotals: 0, total: 0 }],
    ['two days', [day('2026-11-03', 2), day('2026-11-04', 1)], { daysRecorded: 2, weeklyTotals: 0, total: 3 }],
    ['one weekly total: seven days known, its value once', [week('2026-11-14', 5)], { daysRecorded: 7, weeklyTotals: 1, total: 5 }],
    [
      'a weekly total stands for day entries of its week',
      [week('2026-11-14', 5), day('2026-11-10', 9), day('2026-11-20', 1)],
      { daysRecorded: 8, weeklyTotals: 1, total: 6 },
    ],
    [
      'a weekly total ending in the period but starting before it: only its days in the period are known',
      [week('2026-11-03', 4)],
      { daysRecorded: 3, weeklyTotals: 1, total: 4 },
    ],
    ['a weekly total ending after the period is not counted', [week('2026-12-02', 4)], { daysRecorded: 0, weeklyTotals: 0, total: 0 }],
    ['two weekly totals', [week('2026-11-14', 5), week('2026-11-21', 2)], { daysRecorded: 14, weeklyTotals: 2, total: 7 }],
    ['a family report is never counted', [day('2026-11-03', 2, 'family')], { daysRecorded: 0, weeklyTotals: 0, total: 0 }],
  ] as const)('%s', (_name, entries, expected) => {
    expect(behaviourPeriodTotal(entries, 'panic_attacks', '2026-11-01', '2026-11-30')).toEqual(expected);
  });
});
