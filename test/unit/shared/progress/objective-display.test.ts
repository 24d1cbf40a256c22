import { describe, expect, it } from 'vitest';
import type { ObjectiveData } from '../../../../shared/progress/plans/evaluate';
import { evidenceObjectiveStatusText, shownObjectiveStatus, shownObjectiveStatusText } from '../../../../shared/progress/plans/objective-display';
import type { ObjectiveStatusEntry } from '../../../../shared/progress/plans/objective-status';
import { planSummary } from '../../../../shared/reports/plan-summary';
import { build, phq } from './snapshot/fixture';
import { phqObjective, planVersion } from './plan-fixture';

const AS_OF = '2026-12-20';
const data = (scores: readonly (readonly [string, number])[]): ObjectiveData => ({
  measures: scores.map(([completedOn, score]) => ({ instrumentId: 'PHQ-9', completedOn, score })),
  behaviourEntries: [],
  homework: [],
  completions: [],
});
const met = data([
  ['2026-12-05', 8],
  ['2026-12-12', 7],
]);
const open = data([['2026-12-05', 15]]);
const judged = (status: ObjectiveStatusEntry['status'], on = '2026-12-18'): ObjectiveStatusEntry => ({
  objectiveId: 'o1',
  status,
  reason: 'Seen in session',
  on,
  at: `${on}T10:00:00.000Z`,
  by: 'dr',
});

describe('the status an objective is shown with: the clinician’s judgement where set, the computed one beside it', () => {
  it.each([
    { name: 'no judgement: the status from the data', d: open, j: undefined, shown: 'in_progress', source: 'data', text: 'in progress' },
    { name: 'met by the data, no judgement', d: met, j: undefined, shown: 'met', source: 'data', text: 'met' },
    {
      name: 'partially met by judgement while the data say in progress',
      d: open,
      j: judged('partially_met'),
      shown: 'partially_met',
      source: 'clinician',
      text: 'partially met (clinician’s judgement; from the data: in progress)',
    },
    {
      name: 'not met by judgement although the data met it',
      d: met,
      j: judged('not_met'),
      shown: 'not_met',
      source: 'clinician',
      text: 'not met (clinician’s judgement; from the data: met)',
    },
    {
      name: 'met confirmed by the clinician',
      d: open,
      j: judged('met'),
      shown: 'met',
      source: 'clinician',
      text: 'met (clinician’s judgement; from the data: in progress)',
    },
    {
      name: 'deferred',
      d: open,
      j: judged('deferred'),
      shown: 'deferred',
      source: 'clinician',
      text: 'deferred (clinician’s judgement; from the data: in progress)',
    },
    { name: 'withdrawn ("computed"): the data again', d: open, j: judged('computed'), shown: 'in_progress', source: 'data', text: 'in progress' },
    {
      name: 'judged after the date shown: not applied',
      d: open,
      j: judged('not_met', '2026-12-21'),
      shown: 'in_progress',
      source: 'data',
      text: 'in progress',
    },
  ] as const)('$name', ({ d, j, shown, source, text }) => {
    const result = shownObjectiveStatus(phqObjective(), d, AS_OF, j);
    expect([result.shown.status, result.shown.source]).toEqual([shown, source]);
    expect(shownObjectiveStatusText(result.shown)).toBe(text);
    if (source === 'clinician') expect(result.shown).toMatchObject({ reason: 'Seen in session', on: '2026-12-18' });
  });

  it.each([
    { o: { status: 'in_progress' }, expected: { shown: 'in progress', fromData: null } },
    { o: { status: 'in_progress', computedStatus: 'target_passed' }, expected: { shown: 'target date passed', fromData: null } },
    {
      o: { status: 'in_progress', computedStatus: 'due_soon', judgement: { status: 'partially_met', reason: 'r', on: '2026-12-18' } },
      expected: { shown: 'partially met (clinician’s judgement)', fromData: 'due soon' },
    },
  ] as const)('review evidence $o.status / $o.computedStatus → $expected.shown', ({ o, expected }) => {
    expect(evidenceObjectiveStatusText(o)).toEqual(expected);
  });
});

describe('the review evidence and the report’s plan section use the clinician’s judgement', () => {
  const plan = (objective = phqObjective({ startDate: '2026-11-01', targetDate: '2027-01-15' })) => {
    const v = planVersion({ status: 'active', effectiveFrom: '2026-11-01' });
    const [problem] = v.problems;
    const [goal] = problem?.goals ?? [];
    if (!problem || !goal) throw new Error('fixture plan has a goal');
    return planVersion({ ...v, problems: [{ ...problem, goals: [{ ...goal, objectives: [objective] }] }] });
  };
  const responses = [phq('r1', '2026-11-01', 18), phq('r2', '2026-11-20', 15)];

  it.each([
    { name: 'no judgement', j: undefined, list: { objectiveId: 'o1', status: 'in_progress', computedStatus: 'in_progress' }, counts: { active: 1, met: 0 } },
    {
      name: 'judged met: shown and counted met, the data’s status beside it',
      j: judged('met', '2026-11-28'),
      list: { status: 'met', computedStatus: 'in_progress', judgement: { status: 'met', reason: 'Seen in session', on: '2026-11-28' } },
      counts: { active: 1, met: 1 },
    },
    { name: 'judged discontinued: left out like a discontinued objective', j: judged('discontinued', '2026-11-28'), list: null, counts: { active: 0, met: 0 } },
  ])('evidence: $name', ({ j, list, counts }) => {
    const { evidence, snapshot } = build({ planVersions: [plan()], responses, objectiveJudgements: new Map(j ? [['o1', j]] : []) });
    expect(evidence.objectives.list).toEqual(list ? [expect.objectContaining(list)] : []);
    expect(snapshot.objectives).toEqual(counts);
  });

  it('report: the status cell gives the judgement with the computed status, the evidence cell the reason', () => {
    const judgements = new Map([['o1', judged('partially_met', '2026-11-28')]]);
    const summary = planSummary(plan(), open, { from: '2026-11-01', to: '2026-12-01' }, judgements);
    expect(summary.problems[0]?.goals[0]?.objectives[0]).toMatchObject({
      status: 'partially met (clinician’s judgement; from the data: in progress)',
      evidence: expect.stringContaining('Clinician’s reason (2026-11-28): Seen in session') as string,
    });
    const before = planSummary(plan(), open, { from: '2026-11-01', to: '2026-11-27' }, judgements);
    expect(before.problems[0]?.goals[0]?.objectives[0]?.status).toBe('in_progress');
  });
});
