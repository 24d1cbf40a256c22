import { describe, expect, it } from 'vitest';
import { validateBehaviourEntry, validateHomeworkAssignment, validateHomeworkCompletion } from '../../../../shared/progress/plans/entry-validation';
import { canTransition, reviewDueOn, reviewState, transitionRefusal } from '../../../../shared/progress/plans/plan-status';
import { plannedHoursPerWeek, validatePlanVersion } from '../../../../shared/progress/plans/plan-validation';
import type { MeasureTarget, TargetBehaviourDefinition, TreatmentPlanVersion } from '../../../../shared/progress/plans/types';
import { phqObjective, planVersion } from './plan-fixture';

function withObjective(over: Parameters<typeof phqObjective>[0]): TreatmentPlanVersion {
  const v = planVersion();
  const problem = v.problems[0];
  const goal = problem?.goals[0];
  if (!problem || !goal) throw new Error('fixture');
  return { ...v, problems: [{ ...problem, goals: [{ ...goal, objectives: [phqObjective(over)] }] }] };
}

describe('status transitions', () => {
  it.each([
    ['draft', 'awaiting_signatures', true],
    ['draft', 'active', true],
    ['awaiting_signatures', 'draft', false],
    ['active', 'superseded', true],
    ['active', 'closed', true],
    ['superseded', 'active', false],
    ['closed', 'active', false],
    ['entered_in_error', 'draft', false],
  ] as const)('%s → %s: %s', (from, to, ok) => {
    expect(canTransition(from, to)).toBe(ok);
  });

  it('entered in error needs a reason', () => {
    expect(transitionRefusal('active', 'entered_in_error')).toBe('Say why this version was entered in error.');
    expect(transitionRefusal('active', 'entered_in_error', 'Wrong client')).toBeNull();
    expect(transitionRefusal('superseded', 'active')).toBe('A plan version that is superseded cannot become active.');
  });
});

describe('review cycle', () => {
  it.each([
    ['waypoint_default', '2026-12-01', null, '2026-12-31'],
    ['waypoint_default', '2026-12-01', '2026-12-28', '2027-01-27'],
    ['cms_iop', '2026-12-01', null, '2027-01-30'],
    ['cms_php', '2026-12-01', null, '2026-12-19'],
    ['cms_php', '2026-12-01', '2026-12-18', '2027-01-17'],
    ['nd_iop', '2026-12-01', null, '2026-12-15'],
    ['ks_outpatient', '2026-12-01', null, '2027-03-01'],
  ] as const)('%s from %s (last review %s) → %s', (preset, from, last, due) => {
    expect(reviewDueOn(preset, from, last)).toBe(due);
  });

  it.each([
    ['2026-12-20', 'not_due'],
    ['2026-12-24', 'due_soon'],
    ['2026-12-31', 'due_soon'],
    ['2027-01-01', 'overdue'],
  ] as const)('due 2026-12-31, on %s: %s', (asOf, state) => {
    expect(reviewState('2026-12-31', asOf)).toBe(state);
  });
});

describe('plan validation: a clear message at the field', () => {
  const objectivePath = 'problems.0.goals.0.objectives.0';
  it('a complete plan has no errors to save or to sign', () => {
    expect(validatePlanVersion(planVersion(), 'sign')).toEqual({});
  });

  it.each([
    ['an objective without a target', { measure: undefined as unknown as MeasureTarget }, `${objectivePath}.measure`, 'Give the objective a target.'],
    [
      'a target score that is not a number',
      { measure: { kind: 'instrument', instrumentId: 'PHQ-9', comparator: '<', value: Number.NaN, over: 'latest' } },
      `${objectivePath}.measure.value`,
      'Enter the target score as a number.',
    ],
    [
      'a negative behaviour count',
      { measure: { kind: 'target_behaviour', behaviourId: 'panic_attacks', aggregate: 'sum_per_week', comparator: '<=', value: -1, consecutiveWeeks: 2 } },
      `${objectivePath}.measure.value`,
      'Enter the target as a number of 0 or more.',
    ],
    [
      'a behaviour the plan does not define',
      { measure: { kind: 'target_behaviour', behaviourId: 'binge_episodes', aggregate: 'sum_per_week', comparator: '<=', value: 0, consecutiveWeeks: 2 } },
      `${objectivePath}.measure.behaviourId`,
      'Choose a target behaviour defined in this plan.',
    ],
    [
      'a target date before the plan starts',
      { targetDate: '2026-11-15' },
      `${objectivePath}.targetDate`,
      'The target date cannot be before the plan starts (2026-12-01).',
    ],
    ['a target date that is not a date', { targetDate: '2027-02-30' }, `${objectivePath}.targetDate`, 'Enter the target date as a date.'],
    ['not met without a reason', { status: 'not_met', statusSource: 'clinician' }, `${objectivePath}.statusReason`, 'Give the reason for this status.'],
  ] as const)('%s', (_name, over, path, message) => {
    const errors = validatePlanVersion(withObjective(over), 'save');
    expect(errors[path]).toBe(message);
  });

  it('a revision carries forward an objective whose target date passed before the revision started (the objective’s own start still bounds it)', () => {
    const carried = { ...withObjective({ startDate: '2026-11-01', targetDate: '2026-11-15' }), version: 2, effectiveFrom: '2026-12-01' };
    expect(validatePlanVersion(carried, 'save')[`${objectivePath}.targetDate`]).toBeUndefined();
    const early = { ...withObjective({ startDate: '2026-12-01', targetDate: '2026-11-15' }), version: 2 };
    expect(validatePlanVersion(early, 'save')[`${objectivePath}.targetDate`]).toBe('The target date cannot be before the objective starts.');
  });

  it('signing also needs strengths, discharge criteria, a change summary from version 2 and confirmed library text', () => {
    const v = { ...withObjective({ fromLibrary: true }), version: 2, strengths: [' '], dischargeCriteria: { text: '', objectiveIds: [] }, changeSummary: '' };
    expect(validatePlanVersion(v, 'save')).toEqual({});
    expect(validatePlanVersion(v, 'sign')).toEqual({
      strengths: 'List at least one strength.',
      'dischargeCriteria.text': 'Write the discharge criteria discussed with the client.',
      changeSummary: 'Summarise what this revision changes.',
      'problems.0.goals.0.objectives.0.statement': 'Edit or confirm this library wording for this client before signing.',
    });
  });

  it('warns when planned hours are under the IOP minimum of 9 a week', () => {
    expect(plannedHoursPerWeek(planVersion())).toEqual({ hours: 9, belowIopMinimum: false });
    expect(plannedHoursPerWeek(planVersion({ services: [{ type: 'group', minutesPerSession: 120, sessionsPerWeek: 3, durationWeeks: null }] }))).toEqual({
      hours: 6,
      belowIopMinimum: true,
    });
  });
});

const panicDef: TargetBehaviourDefinition = {
  behaviourId: 'panic_attacks',
  label: 'Panic attacks',
  valueType: 'count',
  direction: 'lower_is_better',
  period: 'day',
  reporters: ['client'],
};

describe('daily entries', () => {
  it.each([
    ['2', {}],
    [0, {}],
    [-1, { value: 'Enter a whole number of 0 or more.' }],
    ['two', { value: 'Enter a whole number of 0 or more.' }],
    ['', { value: 'Enter a whole number of 0 or more.' }],
    [1.5, { value: 'Enter a whole number of 0 or more.' }],
  ])('a count of %j', (value, errors) => {
    expect(validateBehaviourEntry(panicDef, { date: '2026-12-03', value }, '2026-12-05')).toEqual(errors);
  });

  it('refuses a future day and a yes/no that is neither', () => {
    expect(validateBehaviourEntry({ ...panicDef, valueType: 'yes_no' }, { date: '2026-12-06', value: 2 }, '2026-12-05')).toEqual({
      date: 'The day cannot be in the future.',
      value: 'Enter yes (1) or no (0).',
    });
  });

  it.each([
    [{ date: '2026-12-03', done: true, units: 1 }, {}],
    [{ date: '2026-12-03', done: true, units: -2 }, { units: 'Enter how many times as a whole number of 0 or more.' }],
    [{ date: '2026-12-03', done: true, units: 0 }, { units: 'Done needs at least 1; enter 0 only when it was not done.' }],
    [{ date: '2026-12-03', done: false, units: 0, quality: 3 }, { quality: 'Rate the quality 0, 1 or 2.' }],
  ])('homework report %j', (input, errors) => {
    expect(validateHomeworkCompletion(input, '2026-12-05')).toEqual(errors);
  });

  it('homework due before it was assigned', () => {
    expect(validateHomeworkAssignment({ title: 'Walk', assignedOn: '2026-12-05', schedule: { type: 'once', dueOn: '2026-12-01' } })).toEqual({
      'schedule.dueOn': 'The due date cannot be before the day it was assigned.',
    });
  });
});
