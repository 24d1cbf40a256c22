import { describe, expect, it } from 'vitest';
import { objectiveProgress } from '../../../../shared/progress/plans/objective-progress';
import {
  objectiveStatusEntry,
  objectiveStatusErrors,
  objectiveStatusesOf,
  withClinicianStatus,
  type ObjectiveStatusEntry,
} from '../../../../shared/progress/plans/objective-status';
import { blankObjective } from '../../../../shared/progress/plans/plan-builders';
import type { ObjectiveData } from '../../../../shared/progress/plans/evaluate';

const signed = { status: 'active', at: '2026-12-01T10:00:00.000Z', by: 'me', reason: '' };
const judged = (objectiveId: string, status: ObjectiveStatusEntry['status'], at: string): ObjectiveStatusEntry => ({
  objectiveId,
  status,
  reason: 'Seen in session',
  on: at.slice(0, 10),
  at,
  by: 'dr',
});
const entry = (e: ObjectiveStatusEntry) => objectiveStatusEntry('active', e);

describe('a clinician’s judgement of an objective', () => {
  it.each([
    ['a status and a reason', { objectiveId: 'o1', status: 'not_met', reason: 'Stopped the exposure work' }, {}],
    ['no status chosen', { objectiveId: 'o1', status: '', reason: 'x' }, { status: 'Choose a status.' }],
    ['a blank reason', { objectiveId: 'o1', status: 'met', reason: '   ' }, { reason: 'Give the reason for this judgement.' }],
    [
      'an objective not in the version',
      { objectiveId: 'gone', status: 'met', reason: 'x' },
      { objectiveId: 'This objective is not in the plan version in force.' },
    ],
  ] as const)('%s', (_name, input, errors) => {
    expect(objectiveStatusErrors(input, ['o1', 'o2'])).toEqual(errors);
  });

  it('is a history entry that keeps the version’s status (so the guard sees no status change)', () => {
    expect(entry(judged('o1', 'not_met', 'at'))).toEqual({
      status: 'active',
      at: 'at',
      by: 'dr',
      reason: 'Seen in session',
      event: 'objective_status',
      objectiveId: 'o1',
      objectiveStatus: 'not_met',
      on: 'at',
    });
  });

  it.each([
    ['no judgement', [[signed]], {}],
    ['one judgement', [[signed, entry(judged('o1', 'met', '2026-12-02T09:00:00Z'))]], { o1: 'met' }],
    [
      'the latest wins, across versions and whatever the merge order',
      [[signed, entry(judged('o1', 'not_met', '2026-12-09T09:00:00Z'))], [entry(judged('o1', 'met', '2026-12-03T09:00:00Z'))]],
      { o1: 'not_met' },
    ],
    [
      'per objective',
      [[entry(judged('o1', 'met', '2026-12-02T09:00:00Z')), entry(judged('o2', 'discontinued', '2026-12-02T09:00:00Z'))]],
      { o1: 'met', o2: 'discontinued' },
    ],
    ['a client-copy entry is no judgement', [[{ ...signed, event: 'client_copy', on: '2026-12-02' }]], {}],
    ['an unknown status is ignored', [[{ ...entry(judged('o1', 'met', 'x')), objectiveStatus: 'great' }]], {}],
  ] as const)('%s', (_name, lifecycles, expected) => {
    expect(Object.fromEntries([...objectiveStatusesOf(lifecycles)].map(([id, e]) => [id, e.status]))).toEqual(expected);
  });
});

describe('the judged status beside the computed one', () => {
  const EMPTY: ObjectiveData = { measures: [], behaviourEntries: [], homework: [], completions: [] };
  const phq = {
    ...blankObjective('o1', 'instrument', '2026-12-01', '2027-01-15'),
    measure: { kind: 'instrument', instrumentId: 'PHQ-9', comparator: '<', value: 10, over: 'latest' } as const,
  };
  const met: ObjectiveData = { ...EMPTY, measures: [{ instrumentId: 'PHQ-9', completedOn: '2026-12-03', score: 6 }] };
  const manual = blankObjective('o2', 'manual', '2026-12-01', '2027-01-15');
  it.each([
    ['a manual objective judged met', manual, EMPTY, judged('o2', 'met', 'x'), 'met', 'clinician', 'in_progress'],
    ['computed met overridden as not met', phq, met, judged('o1', 'not_met', 'x'), 'not_met', 'clinician', 'met'],
    ['discontinued while the data say in progress', phq, EMPTY, judged('o1', 'discontinued', 'x'), 'discontinued', 'clinician', 'in_progress'],
    ['a withdrawn judgement goes back to the data', phq, met, judged('o1', 'computed', 'x'), 'met', 'auto', 'met'],
  ] as const)('%s', (_name, objective, data, judgement, status, source, computed) => {
    const shown = objectiveProgress(withClinicianStatus(objective, judgement), data, '2026-12-05');
    expect([shown.status, shown.statusSource]).toEqual([status, source]);
    expect(objectiveProgress(objective, data, '2026-12-05').status).toBe(computed);
  });
});
