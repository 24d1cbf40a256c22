import { describe, expect, it } from 'vitest';
import { formatIsoDate } from '../../../../renderer/components/format-date';
import { hasDataFor, progressDetail, targetText } from '../../../../renderer/features/plans/plan-text';
import type { ObjectiveData } from '../../../../shared/progress/plans/evaluate';
import { objectiveProgress } from '../../../../shared/progress/plans/objective-progress';
import { blankObjective } from '../../../../shared/progress/plans/plan-builders';
import type { MeasureTarget } from '../../../../shared/progress/plans/types';

const PANIC = [{ behaviourId: 'panic_attacks', label: 'Panic attacks' }];
const EMPTY: ObjectiveData = { measures: [], behaviourEntries: [], homework: [], completions: [] };
const PHQ9: MeasureTarget = { kind: 'instrument', instrumentId: 'PHQ-9', comparator: '<', value: 10, over: 'latest' };
const BEHAVIOUR: MeasureTarget = {
  kind: 'target_behaviour',
  behaviourId: 'panic_attacks',
  aggregate: 'sum_per_week',
  comparator: '<=',
  value: 1,
  consecutiveWeeks: 2,
};

describe('objective wording and progress lines', () => {
  it.each([
    [PHQ9, 'PHQ-9 < 10'],
    [{ ...PHQ9, over: { lastN: 2 } }, 'PHQ-9 < 10 on the last 2 scores'],
    [{ ...PHQ9, value: Number.NaN }, 'PHQ-9 < …'],
    [BEHAVIOUR, 'Panic attacks ≤ 1 a week for 2 weeks in a row'],
    [{ kind: 'homework', homeworkIds: 'all', completionPctAtLeast: 80, windowDays: 14 }, 'Homework ≥ 80 % done over 14 days'],
    [{ kind: 'manual' }, 'Judged by the clinician'],
  ] as const)('target %#', (target, text) => {
    expect(targetText(target, PANIC)).toBe(text);
  });

  it.each([
    ['a measure with no score', PHQ9, EMPTY, false],
    ['a measure with a score of another instrument', PHQ9, { ...EMPTY, measures: [{ instrumentId: 'GAD-7', completedOn: '2026-12-02', score: 5 }] }, false],
    ['a measure with a score', PHQ9, { ...EMPTY, measures: [{ instrumentId: 'PHQ-9', completedOn: '2026-12-02', score: 5 }] }, true],
    ['a behaviour with no entry (a missing week is not zero)', BEHAVIOUR, EMPTY, false],
  ] as const)('%s', (_name, target, data, expected) => {
    expect(hasDataFor(target, data)).toBe(expected);
  });

  it('says "no data yet" rather than a computed zero when nothing was recorded', () => {
    const objective = { ...blankObjective('o1', 'target_behaviour', '2026-12-01', '2027-01-15', 'panic_attacks'), measure: BEHAVIOUR };
    const p = objectiveProgress(objective, EMPTY, '2026-12-05');
    expect(progressDetail(p, BEHAVIOUR, EMPTY)).toMatch(/^No data yet\./);
  });

  it('shows the latest score when there is one, its date in the app’s date format (not ISO)', () => {
    const objective = { ...blankObjective('o1', 'instrument', '2026-12-01', '2027-01-15'), measure: PHQ9 };
    const data = { ...EMPTY, measures: [{ instrumentId: 'PHQ-9', completedOn: '2026-12-03T10:00:00Z', score: 8 }] };
    const p = objectiveProgress(objective, data, '2026-12-05');
    expect([p.status, progressDetail(p, PHQ9, data)]).toEqual(['met', `Latest PHQ-9 8 on ${formatIsoDate('2026-12-03')}.`]);
    expect(formatIsoDate('2026-12-03')).not.toBe('2026-12-03');
  });
});
