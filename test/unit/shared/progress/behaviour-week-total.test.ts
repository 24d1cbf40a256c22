import { describe, expect, it } from 'vitest';
import {
  BEHAVIOUR_PRESETS,
  clientBehaviours,
  planBehaviourDefinitions,
  withCounting,
  type TrackedBehaviour,
} from '../../../../shared/progress/plans/behaviour-presets';
import { weeklyTargetText } from '../../../../shared/progress/plans/behaviour-series';
import { parseWeeklyTotal } from '../../../../shared/progress/plans/checkin-counts';
import { blankGoal, blankObjective, blankProblem } from '../../../../shared/progress/plans/plan-builders';
import type { Objective } from '../../../../shared/progress/plans/types';

function preset(id: string): TrackedBehaviour {
  const found = BEHAVIOUR_PRESETS.find((b) => b.behaviourId === id);
  if (!found) throw new Error(`no preset ${id}`);
  return found;
}
const PANIC = preset('panic_attacks');
const URGES = preset('self_harm_urges');
const USE_DAYS = preset('substance_use_day:any');
const STAMP = { reporter: 'clinician', enteredAt: '2026-12-05T09:00:00.000Z' } as const;
const TODAY = '2026-12-05';

describe('parseWeeklyTotal: a week’s total from the Behaviours tab, checked as the check-in checks it', () => {
  it.each([
    [
      'a total of the week to yesterday',
      PANIC,
      '2026-12-04',
      '3',
      '',
      {
        ok: true,
        value: {
          behaviourId: 'panic_attacks',
          date: '2026-12-04',
          reporter: 'clinician',
          value: 3,
          recall: 'next_day',
          enteredAt: STAMP.enteredAt,
          span: 'week',
        },
      },
    ],
    [
      'a blank total: nothing saved, asked for (unknown, not zero)',
      PANIC,
      TODAY,
      ' ',
      '',
      { ok: false, errors: { total: 'Enter the week’s total; a week you do not know stays unknown (nothing is saved).' } },
    ],
    ['a negative total', PANIC, TODAY, '-2', '', { ok: false, errors: { total: 'Enter the week’s total as a whole number of 0 or more.' } }],
    ['not a number', PANIC, TODAY, 'some', '', { ok: false, errors: { total: 'Enter the week’s total as a whole number of 0 or more.' } }],
    ['more than 7 use days in a week', USE_DAYS, TODAY, '8', '', { ok: false, errors: { total: 'Enter the number of days it happened, 0 to 7.' } }],
    ['a week ending in the future', PANIC, '2026-12-06', '1', '', { ok: false, errors: { weekEnd: 'The day cannot be in the future.' } }],
    ['a week end that is not a date', PANIC, '', '1', '', { ok: false, errors: { weekEnd: 'Enter the day as a date.' } }],
    [
      'an intensity out of range',
      URGES,
      TODAY,
      '4',
      '12',
      { ok: false, errors: { intensity: 'Enter the strongest intensity as a whole number from 0 to 10.' } },
    ],
    [
      'with its strongest intensity',
      URGES,
      TODAY,
      '4',
      '6',
      {
        ok: true,
        value: {
          behaviourId: 'self_harm_urges',
          date: TODAY,
          reporter: 'clinician',
          value: 4,
          intensityMax: 6,
          recall: 'same_day',
          enteredAt: STAMP.enteredAt,
          span: 'week',
        },
      },
    ],
  ] as const)('%s', (_name, behaviour, weekEnd, total, intensity, expected) => {
    expect(parseWeeklyTotal(behaviour, weekEnd, { value: total, intensity }, TODAY, STAMP)).toEqual(expected);
  });
});

describe('planBehaviourDefinitions: a plan behaviour carries the target written on its objective', () => {
  const objective = {
    ...blankObjective('o1', 'target_behaviour', '2026-12-01', '2027-01-15', 'panic_attacks'),
    measure: { kind: 'target_behaviour', behaviourId: 'panic_attacks', aggregate: 'sum_per_week', comparator: '<=', value: 1, consecutiveWeeks: 2 } as const,
  };
  const plan = (objectives: readonly Objective[], targetBehaviours: readonly TrackedBehaviour[] = [PANIC, URGES]) => ({
    targetBehaviours,
    problems: [{ ...blankProblem('p', 1), goals: [{ ...blankGoal('g', '2027-01-31'), objectives }] }],
  });
  it.each([
    ['the objective’s target', plan([objective]), { panic_attacks: '≤ 1 a week', self_harm_urges: '' }],
    ['no objective: no target', plan([]), { panic_attacks: '', self_harm_urges: '' }],
    [
      'an objective with no number yet',
      plan([{ ...objective, measure: { ...objective.measure, value: Number.NaN } }]),
      { panic_attacks: '', self_harm_urges: '' },
    ],
    [
      'the definition’s own target wins',
      plan([objective], [{ ...PANIC, weeklyTarget: { aggregate: 'sum_per_week', comparator: '<=', value: 3 } }]),
      { panic_attacks: '≤ 3 a week' },
    ],
  ] as const)('%s', (_name, version, expected) => {
    const shown = clientBehaviours([withCounting(PANIC, 'week')], planBehaviourDefinitions(version));
    expect(Object.fromEntries(shown.map((b) => [b.behaviourId, weeklyTargetText(b)]))).toEqual(expected);
  });
});
