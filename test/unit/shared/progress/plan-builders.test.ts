import { describe, expect, it } from 'vitest';
import {
  behaviourDefinition,
  blankGoal,
  blankObjective,
  blankPlan,
  blankProblem,
  inEpisode,
  withSchedule,
} from '../../../../shared/progress/plans/plan-builders';
import { validatePlanVersion } from '../../../../shared/progress/plans/plan-validation';
import { PLAN_START } from './plan-fixture';

describe('blank plan parts', () => {
  it('a new plan is a storable draft whose review is due one clinic cycle (30 days) after it starts', () => {
    const plan = blankPlan(PLAN_START);
    expect(plan).toMatchObject({
      version: 1,
      status: 'draft',
      reviewPreset: 'waypoint_default',
      reviewDueOn: '2026-12-31',
      levelOfCare: { scheme: 'mh', code: 'IOP' },
    });
    expect(validatePlanVersion(plan, 'save')).toEqual({});
  });

  it.each([
    ['an open episode gives the version its id and level', { id: 'adm-1', levelOfCareCode: 'OP' }, 'adm-1', 'OP'],
    ['no open episode: the version keeps the client’s id and level', null, 'c1', 'IOP'],
  ] as const)('%s', (_name, open, episodeId, code) => {
    expect(inEpisode(blankPlan(PLAN_START), open)).toMatchObject({ episodeId, levelOfCare: { scheme: 'mh', code } });
  });

  it.each([
    ['moving the start moves the review date', '2026-12-10', 'waypoint_default', '2027-01-09'],
    ['a 14-day preset', '2026-12-01', 'nd_iop', '2026-12-15'],
    ['Medicare PHP: first recertification by day 18', '2026-12-01', 'cms_php', '2026-12-19'],
    ['a start still being typed keeps the last review date', '2026-1', 'waypoint_default', '2026-12-31'],
  ] as const)('%s', (_name, start, preset, due) => {
    expect(withSchedule(blankPlan(PLAN_START), start, preset).reviewDueOn).toBe(due);
  });

  it.each([
    ['a measure objective has no target score yet', 'instrument', 'problems.0.goals.0.objectives.0.measure.value', 'Enter the target score as a number.'],
    [
      'a behaviour objective starts on the given behaviour',
      'target_behaviour',
      'problems.0.goals.0.objectives.0.measure.value',
      'Enter the target as a number of 0 or more.',
    ],
    ['a homework objective starts complete (80 % over 14 days)', 'homework', 'problems.0.goals.0.objectives.0.statement', 'Describe the objective.'],
  ] as const)('%s', (_name, kind, path, message) => {
    const objective = blankObjective('o1', kind, '2026-12-01', '2027-01-15', 'panic_attacks');
    const plan = {
      ...blankPlan(PLAN_START),
      targetBehaviours: [behaviourDefinition('panic_attacks')],
      problems: [
        { ...blankProblem('pr1', 1), statement: 'Panic', goals: [{ ...blankGoal('g1', '2027-01-31'), clientWords: 'Calm', objectives: [objective] }] },
      ],
    };
    expect(validatePlanVersion(plan, 'save')[path]).toBe(message);
    expect(validatePlanVersion(plan, 'save')['problems.0.goals.0.objectives.0.measure.behaviourId']).toBeUndefined();
  });

  it.each([
    ['panic_attacks', { behaviourId: 'panic_attacks', label: 'Panic attacks' }],
    ['  Skipped meals ', { behaviourId: 'custom:skipped_meals', label: 'Skipped meals', valueType: 'count' }],
  ] as const)('behaviour %s', (input, expected) => {
    expect(behaviourDefinition(input)).toMatchObject({ ...expected, period: 'day' });
  });
});
