import { describe, expect, it } from 'vitest';
import { BEHAVIOUR_PRESETS, withWeeklyTarget, type TrackedBehaviour } from '../../../../shared/progress/plans/behaviour-presets';
import { behaviourPeriodTotal } from '../../../../shared/progress/plans/behaviour-period';
import { behaviourSeries } from '../../../../shared/progress/plans/behaviour-series';
import type { TargetBehaviourEntry } from '../../../../shared/progress/plans/types';

const found = BEHAVIOUR_PRESETS.find((b) => b.behaviourId === 'panic_attacks');
if (!found) throw new Error('no panic_attacks preset');
const PANIC: TrackedBehaviour = withWeeklyTarget(found, { aggregate: 'sum_per_week', comparator: '<=', value: 5 });
const AS_OF = '2026-12-04'; // weeks shown: 21–27 Nov and 28 Nov – 4 Dec
const day = (date: string, value: number): TargetBehaviourEntry => ({
  behaviourId: 'panic_attacks',
  date,
  reporter: 'client',
  value,
  recall: 'same_day',
  enteredAt: `${date}T20:00:00Z`,
});
const total = (date: string, value: number): TargetBehaviourEntry => ({ ...day(date, value), span: 'week' });

type Week = readonly [daysRecorded: number, value: number | null, satisfied: boolean | null];

describe('weekly binning: a weekly total counts in the week holding its date, for its 7 days ending on that date (as the report counts it)', () => {
  it.each<readonly [string, readonly TargetBehaviourEntry[], Week, Week]>([
    ['a total dated the week’s last day fills that week', [total('2026-12-04', 3)], [0, null, null], [7, 3, true]],
    ['a total dated the day before the previous week ends belongs there', [total('2026-11-27', 3)], [7, 3, true], [0, null, null]],
    ['a total dated yesterday leaves today unknown (6 of 7 days, not decided)', [total('2026-12-03', 3)], [0, null, null], [6, 3, null]],
    ['a total dated yesterday plus today’s count: both are counted', [total('2026-12-03', 3), day('2026-12-04', 2)], [0, null, null], [7, 5, true]],
    ['a total dated the week’s first day covers only that day of it', [total('2026-11-28', 4), day('2026-12-01', 1)], [0, null, null], [2, 5, null]],
    ['a day the total covers is not counted twice', [total('2026-12-03', 3), day('2026-12-01', 9)], [0, null, null], [6, 3, null]],
    ['overlapping totals: the later one stands', [total('2026-12-01', 4), total('2026-12-04', 2)], [0, null, null], [7, 2, true]],
    ['over the target with days missing is already not met', [total('2026-12-02', 6)], [0, null, null], [5, 6, false]],
  ])('%s', (_name, entries, previous, current) => {
    const weeks = behaviourSeries(PANIC, entries, AS_OF, { weeks: 2, days: 7 }).weeks.map((w): Week => [w.daysRecorded, w.value, w.satisfied]);
    expect(weeks).toEqual([previous, current]);
  });

  it.each([
    [[total('2026-12-03', 3), day('2026-12-04', 2)]],
    [[total('2026-11-28', 4), day('2026-12-01', 1), day('2026-11-22', 1)]],
    [[total('2026-12-01', 4), total('2026-12-04', 2), day('2026-11-27', 3)]],
  ])('each week of the chart says what the report says of those seven days (%#)', (entries) => {
    for (const w of behaviourSeries(PANIC, entries, AS_OF, { weeks: 2, days: 7 }).weeks) {
      const report = behaviourPeriodTotal(entries, 'panic_attacks', w.start, w.end);
      expect([w.daysRecorded, w.value ?? 0]).toEqual([report.daysRecorded, report.total]);
    }
  });
});
