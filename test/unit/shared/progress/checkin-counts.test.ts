import { describe, expect, it } from 'vitest';
import { BEHAVIOUR_PRESETS, withCounting, withWeeklyTarget, type TrackedBehaviour } from '../../../../shared/progress/plans/behaviour-presets';
import { behaviourSeries } from '../../../../shared/progress/plans/behaviour-series';
import { dailyValues, weeklyTotals } from '../../../../shared/progress/plans/behaviour-weeks';
import { parseCheckInCounts, recallOf } from '../../../../shared/progress/plans/checkin-counts';
import { evaluateObjective } from '../../../../shared/progress/plans/evaluate';
import type { Objective, TargetBehaviourEntry } from '../../../../shared/progress/plans/types';

function preset(id: string): TrackedBehaviour {
  const found = BEHAVIOUR_PRESETS.find((b) => b.behaviourId === id);
  if (!found) throw new Error(`no preset ${id}`);
  return found;
}
const PANIC = withWeeklyTarget(preset('panic_attacks'), { aggregate: 'sum_per_week', comparator: '<=', value: 1 });
const URGES = preset('self_harm_urges');
const USE_DAYS = preset('substance_use_day:any');
const BINGES = withCounting(withWeeklyTarget(preset('binge_episodes'), { aggregate: 'sum_per_week', comparator: '<=', value: 2 }), 'week');
const TRACKED = [PANIC, URGES, USE_DAYS, BINGES];
const AT = '2026-12-04T09:00:00.000Z';
const typed = (value: string, intensity = '') => ({ value, intensity });

describe('parseCheckInCounts: a check-in’s counts, blank = not recorded, bad input refused at its field', () => {
  it.each([
    ['nothing typed: nothing written (unknown, not zero)', {}, { ok: true, value: [] }],
    ['a negative count', { panic_attacks: typed('-1') }, { ok: false, errors: { 'panic_attacks.value': 'Enter a whole number of 0 or more.' } }],
    ['a fraction of a count', { panic_attacks: typed('1.5') }, { ok: false, errors: { 'panic_attacks.value': 'Enter a whole number of 0 or more.' } }],
    ['text that is not a number', { panic_attacks: typed('two') }, { ok: false, errors: { 'panic_attacks.value': 'Enter a whole number of 0 or more.' } }],
    ['a yes/no that is neither', { 'substance_use_day:any': typed('2') }, { ok: false, errors: { 'substance_use_day:any.value': 'Enter yes (1) or no (0).' } }],
    [
      'an intensity out of range',
      { self_harm_urges: typed('2', '11') },
      { ok: false, errors: { 'self_harm_urges.intensity': 'Enter the strongest intensity as a whole number from 0 to 10.' } },
    ],
    [
      'an intensity without its count',
      { self_harm_urges: typed('', '4') },
      { ok: false, errors: { 'self_harm_urges.value': 'Enter the count too, or clear the intensity.' } },
    ],
    [
      'a weekly total that is negative',
      { binge_episodes: typed('-3') },
      { ok: false, errors: { 'binge_episodes.value': 'Enter the week’s total as a whole number of 0 or more.' } },
    ],
    [
      'a weekly total that is a fraction',
      { binge_episodes: typed('2.5') },
      { ok: false, errors: { 'binge_episodes.value': 'Enter the week’s total as a whole number of 0 or more.' } },
    ],
  ] as const)('%s', (_name, inputs, expected) => {
    expect(parseCheckInCounts(TRACKED, inputs, '2026-12-04', '2026-12-04', AT)).toEqual(expected);
  });

  it('typed counts become the client’s entries for the check-in’s day; a weekly behaviour’s is the week’s total', () => {
    const r = parseCheckInCounts(
      TRACKED,
      { panic_attacks: typed('0'), self_harm_urges: typed('3', '6'), binge_episodes: typed('4') },
      '2026-12-03',
      '2026-12-04',
      AT,
    );
    expect(r).toEqual({
      ok: true,
      value: [
        { behaviourId: 'panic_attacks', date: '2026-12-03', reporter: 'client', value: 0, recall: 'next_day', enteredAt: AT },
        { behaviourId: 'self_harm_urges', date: '2026-12-03', reporter: 'client', value: 3, intensityMax: 6, recall: 'next_day', enteredAt: AT },
        { behaviourId: 'binge_episodes', date: '2026-12-03', reporter: 'client', value: 4, recall: 'next_day', enteredAt: AT, span: 'week' },
      ],
    });
  });

  it.each([
    ['2026-12-04', 'same_day'],
    ['2026-12-03', 'next_day'],
    ['2026-11-30', 'timeline_followback'],
  ] as const)('recallOf(%s) on 2026-12-04 = %s', (day, recall) => {
    expect(recallOf(day, '2026-12-04')).toBe(recall);
  });
});

describe('weekly totals: one total stands for its seven days', () => {
  const entry = (date: string, value: number, over: Partial<TargetBehaviourEntry> = {}): TargetBehaviourEntry => ({
    behaviourId: 'binge_episodes',
    date,
    reporter: 'client',
    value,
    recall: 'same_day',
    enteredAt: `${date}T20:00:00Z`,
    span: 'week',
    ...over,
  });
  const entries = [entry('2026-11-20', 5), entry('2026-12-02', 1), entry('2026-12-04', 3, { enteredAt: '2026-12-04T08:00:00Z' }), entry('2026-12-04', 2)];

  it('a total is never read as one day’s count', () => {
    expect(dailyValues(entries, 'binge_episodes').size).toBe(0);
    expect([...weeklyTotals(entries, 'binge_episodes')]).toEqual([
      ['2026-11-20', 5],
      ['2026-12-02', 1],
      ['2026-12-04', 2],
    ]);
  });

  it('each week shows the total whose last day falls in it (the latest of them); a week without one stays unknown', () => {
    const s = behaviourSeries(BINGES, entries, '2026-12-04', { weeks: 3, days: 1 });
    expect(s.weeks).toEqual([
      { start: '2026-11-14', end: '2026-11-20', daysRecorded: 7, value: 5, satisfied: false, weeklyTotal: true },
      { start: '2026-11-21', end: '2026-11-27', daysRecorded: 0, value: null, satisfied: null, weeklyTotal: false },
      { start: '2026-11-28', end: '2026-12-04', daysRecorded: 7, value: 2, satisfied: true, weeklyTotal: true },
    ]);
    expect(s.days).toEqual([{ date: '2026-12-04', value: null, intensity: null }]);
  });

  it('an objective on the behaviour is judged from the weekly totals', () => {
    const objective: Objective = {
      objectiveId: 'o1',
      statement: 'At most 2 binges a week',
      startDate: '2026-11-01',
      targetDate: '2027-01-01',
      baselineValue: null,
      status: 'in_progress',
      statusSource: 'auto',
      interventions: [],
      measure: { kind: 'target_behaviour', behaviourId: 'binge_episodes', aggregate: 'sum_per_week', comparator: '<=', value: 2, consecutiveWeeks: 1 },
    };
    const data = { measures: [], behaviourEntries: entries, homework: [], completions: [] };
    expect(evaluateObjective(objective, data, '2026-12-04')).toMatchObject({ satisfied: true, value: 2 });
    expect(evaluateObjective(objective, data, '2026-11-20')).toMatchObject({ satisfied: false, value: 5 });
  });
});
