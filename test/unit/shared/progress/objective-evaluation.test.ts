import { describe, expect, it } from 'vitest';
import { behaviourWeek, dailyValues } from '../../../../shared/progress/plans/behaviour-weeks';
import { evaluateObjective, type ObjectiveData } from '../../../../shared/progress/plans/evaluate';
import { homeworkCompletion } from '../../../../shared/progress/plans/homework-completion';
import { objectiveProgress } from '../../../../shared/progress/plans/objective-progress';
import type { HomeworkAssignment, HomeworkCompletion, MeasureTarget, TargetBehaviourEntry } from '../../../../shared/progress/plans/types';
import { phqObjective } from './plan-fixture';

const NO_DATA: ObjectiveData = { measures: [], behaviourEntries: [], homework: [], completions: [] };
const phq = (completedOn: string, score: number | null) => ({ instrumentId: 'PHQ-9', completedOn, score });
const panic = (date: string, value: number, reporter: TargetBehaviourEntry['reporter'] = 'client', enteredAt = `${date}T20:00:00Z`): TargetBehaviourEntry => ({
  behaviourId: 'panic_attacks',
  date,
  reporter,
  value,
  recall: 'same_day',
  enteredAt,
});
const week = (end: string, values: readonly (number | null)[]): TargetBehaviourEntry[] =>
  values.flatMap((v, i) => (v === null ? [] : [panic(`2026-12-${String(Number(end.slice(8)) - 6 + i).padStart(2, '0')}`, v)]));
const panicTarget: MeasureTarget = {
  kind: 'target_behaviour',
  behaviourId: 'panic_attacks',
  aggregate: 'sum_per_week',
  comparator: '<=',
  value: 1,
  consecutiveWeeks: 2,
};

describe('measure objectives from scored responses', () => {
  it.each([
    ['no scores yet', [], false, null],
    ['one score below 10 is not two', [phq('2026-12-10', 8)], false, 8],
    ['two consecutive below 10', [phq('2026-12-03', 9), phq('2026-12-10', 8)], true, 8],
    ['the latest two, not any two', [phq('2026-12-01', 5), phq('2026-12-03', 9), phq('2026-12-10', 12)], false, 12],
    ['unscored administrations are skipped', [phq('2026-12-03', 9), phq('2026-12-05', null), phq('2026-12-10', 8)], true, 8],
    ['scores after asOf are not seen', [phq('2026-12-03', 9), phq('2026-12-10', 8), phq('2026-12-20', 20)], true, 8],
    ['10 is not below 10', [phq('2026-12-03', 10), phq('2026-12-10', 10)], false, 10],
  ])('%s', (_name, measures, satisfied, value) => {
    const result = evaluateObjective(phqObjective(), { ...NO_DATA, measures }, '2026-12-15');
    expect(result?.satisfied).toBe(satisfied);
    expect(result?.value).toBe(value);
  });

  it('a manual objective is not evaluated automatically', () => {
    expect(evaluateObjective(phqObjective({ measure: { kind: 'manual' } }), NO_DATA, '2026-12-15')).toBeNull();
  });

  it.each([
    ['reliable_improvement', 18, 12, true],
    ['reliable_improvement', 18, 14, false],
    ['response', 18, 9, true],
    ['remission', 18, 5, false],
    ['remission', 18, 4, true],
  ] as const)('PHQ-9 %s from %i to %i → %s', (change, before, after, met) => {
    const o = phqObjective({ measure: { kind: 'instrument_change', instrumentId: 'PHQ-9', change }, baselineValue: before });
    expect(evaluateObjective(o, { ...NO_DATA, measures: [phq('2026-12-10', after)] }, '2026-12-15')?.satisfied).toBe(met);
  });
});

describe('target-behaviour objectives: a missing day is unknown, not zero', () => {
  it.each([
    ['two full weeks at or under 1', [...week('2026-12-08', [0, 0, 1, 0, 0, 0, 0]), ...week('2026-12-15', [0, 0, 0, 0, 1, 0, 0])], true],
    ['one week over the target', [...week('2026-12-08', [0, 2, 1, 0, 0, 0, 0]), ...week('2026-12-15', [0, 0, 0, 0, 0, 0, 0])], false],
    ['a missing day leaves a "≤" week open', [...week('2026-12-08', [0, 0, 0, 0, 0, 0, 0]), ...week('2026-12-15', [0, 0, null, 0, 0, 0, 0])], false],
    ['no entries at all is not zero attacks', [], false],
  ])('%s', (_name, entries, satisfied) => {
    const o = phqObjective({ measure: panicTarget });
    expect(evaluateObjective(o, { ...NO_DATA, behaviourEntries: entries }, '2026-12-15')?.satisfied).toBe(satisfied);
  });

  it('reports days recorded out of days in the window', () => {
    const o = phqObjective({ measure: panicTarget });
    const entries = week('2026-12-15', [0, 0, null, 0, 0, 0, 0]);
    expect(evaluateObjective(o, { ...NO_DATA, behaviourEntries: entries }, '2026-12-15')?.detail).toBe('6 of 14 days recorded; missing days leave it open.');
  });

  it.each([
    ['≥ target reached on known days is decided', '>=', 3, [1, 1, 1, null, null, null, null], true],
    ['≥ target not reached with days missing is open', '>=', 3, [1, 1, null, null, null, null, null], null],
    ['≤ target already exceeded is decided', '<=', 0, [2, null, null, null, null, null, null], false],
  ] as const)('%s', (_name, comparator, target, values, satisfied) => {
    const daily = dailyValues(week('2026-12-07', values), 'panic_attacks');
    expect(behaviourWeek(daily, '2026-12-07', 'days_with_any_per_week', comparator, target).satisfied).toBe(satisfied);
  });

  it('the client’s report wins over a clinician’s for the same day; family reports are never mixed in', () => {
    const entries = [
      panic('2026-12-01', 3, 'clinician'),
      panic('2026-12-01', 1, 'client'),
      panic('2026-12-02', 2, 'clinician'),
      panic('2026-12-03', 9, 'family'),
    ];
    expect([...dailyValues(entries, 'panic_attacks')].sort()).toEqual([
      ['2026-12-01', 1],
      ['2026-12-02', 2],
    ]);
  });

  it('a later entry by the same reporter supersedes', () => {
    const entries = [panic('2026-12-01', 4, 'client', '2026-12-01T20:00:00Z'), panic('2026-12-01', 0, 'client', '2026-12-02T08:00:00Z')];
    expect(dailyValues(entries, 'panic_attacks').get('2026-12-01')).toBe(0);
  });
});

const daily: HomeworkAssignment = {
  homeworkId: 'h1',
  clientId: 'c1',
  title: 'Thought record',
  instructions: '',
  category: 'thought_record',
  objectiveIds: [],
  assignedInSessionId: null,
  assignedBy: 's1',
  assignedOn: '2026-12-01',
  schedule: { type: 'daily', from: '2026-12-01', to: '2026-12-31' },
  status: 'assigned',
  attachments: [],
};
const done = (date: string, units = 1, reporter: HomeworkCompletion['reporter'] = 'client', isDone = true): HomeworkCompletion => ({
  homeworkId: 'h1',
  date,
  reporter,
  done: isDone,
  units,
  quality: null,
  barrier: null,
  note: null,
  reviewedInSessionId: null,
  enteredAt: `${date}T21:00:00Z`,
});

describe('homework completion %', () => {
  it.each([
    ['7 of 7 days', ['01', '02', '03', '04', '05', '06', '07'].map((d) => done(`2026-12-${d}`)), 100],
    ['3 of 7 days → 42 (floored)', ['01', '02', '03'].map((d) => done(`2026-12-${d}`)), 42],
    ['extra units never pass 100', [done('2026-12-01', 20)], 100],
    ['the clinician’s entry for a day wins', [done('2026-12-01'), done('2026-12-01', 0, 'clinician', false)], 0],
  ])('%s', (_name, completions, pct) => {
    expect(homeworkCompletion([daily], completions, '2026-12-07', 7).pct).toBe(pct);
  });

  it.each([
    [{ type: 'per_week', timesPerWeek: 3, from: '2026-12-01', to: '2026-12-31' } as const, 14, 6],
    [{ type: 'per_week', timesPerWeek: 3, from: '2026-12-01', to: '2026-12-31' } as const, 10, 4],
    [{ type: 'once', dueOn: '2026-12-05' } as const, 14, 1],
    [{ type: 'once', dueOn: '2026-12-20' } as const, 14, 0],
  ])('expected units of %j over %i days → %i', (schedule, days, expected) => {
    expect(homeworkCompletion([{ ...daily, schedule }], [], addDaysBack('2026-12-01', days), days).expected).toBe(expected);
  });

  it('an objective on homework is met at the percentage, compared in integers', () => {
    const o = phqObjective({ measure: { kind: 'homework', homeworkIds: 'all', completionPctAtLeast: 80, windowDays: 5 } });
    const four = ['01', '02', '03', '04'].map((d) => done(`2026-12-${d}`));
    expect(evaluateObjective(o, { ...NO_DATA, homework: [daily], completions: four }, '2026-12-05')).toMatchObject({ satisfied: true, value: 80 });
    expect(evaluateObjective(o, { ...NO_DATA, homework: [daily], completions: four.slice(1) }, '2026-12-05')?.satisfied).toBe(false);
  });

  it('is not met before a whole window has passed since the objective started', () => {
    const o = phqObjective({ measure: { kind: 'homework', homeworkIds: 'all', completionPctAtLeast: 80, windowDays: 14 } });
    expect(evaluateObjective(o, { ...NO_DATA, homework: [daily], completions: [done('2026-12-01')] }, '2026-12-01')).toMatchObject({
      satisfied: false,
      value: 100,
      detail: '1 of 1 expected units done (100 %). 1 of 14 days so far.',
    });
  });
});

function addDaysBack(from: string, days: number): string {
  return new Date(Date.parse(`${from}T00:00:00Z`) + (days - 1) * 86_400_000).toISOString().slice(0, 10);
}

describe('objective progress: met automatically, then badges', () => {
  const data = (measures: ReturnType<typeof phq>[]) => ({ ...NO_DATA, measures });
  it.each([
    ['met on the day the second score came in', [phq('2026-12-03', 9), phq('2026-12-10', 8)], '2026-12-20', 'met', '2026-12-10', []],
    [
      'met, then a later score above: not sustained',
      [phq('2026-12-03', 9), phq('2026-12-10', 8), phq('2026-12-17', 15)],
      '2026-12-20',
      'met',
      '2026-12-10',
      ['not_sustained'],
    ],
    ['not met, target within 7 days: due soon', [phq('2026-12-03', 15)], '2027-01-10', 'in_progress', null, ['due_soon']],
    ['not met by the target date: passed, status unchanged', [phq('2026-12-03', 15)], '2027-01-16', 'in_progress', null, ['target_date_passed']],
    ['met only after the target date is not auto-met', [phq('2027-01-20', 9), phq('2027-01-27', 8)], '2027-01-30', 'in_progress', null, ['target_date_passed']],
    ['before its start date', [], '2026-11-20', 'not_started', null, []],
  ])('%s', (_name, measures, asOf, status, metOn, badges) => {
    const p = objectiveProgress(phqObjective(), data(measures), asOf);
    expect(p).toMatchObject({ status, metOn, badges });
  });

  it('keeps a status a clinician set with a reason', () => {
    const o = phqObjective({ status: 'discontinued', statusSource: 'clinician', statusReason: 'Client moved to a different goal' });
    expect(objectiveProgress(o, data([phq('2026-12-03', 9), phq('2026-12-10', 8)]), '2026-12-20')).toMatchObject({
      status: 'discontinued',
      statusSource: 'clinician',
      badges: [],
    });
  });
});
