import { describe, expect, it } from 'vitest';
import { homeworkWeeks } from '../../../../shared/progress/plans/homework-weeks';
import type { HomeworkAssignment, HomeworkCompletion } from '../../../../shared/progress/plans/types';

const DAILY: HomeworkAssignment = {
  homeworkId: 'hw1',
  clientId: 'c1',
  title: 'Breathing',
  instructions: '',
  category: 'skills_practice',
  objectiveIds: [],
  assignedInSessionId: null,
  assignedBy: 's',
  assignedOn: '2026-11-21',
  schedule: { type: 'daily', from: '2026-11-21', to: '2026-12-04' },
  status: 'in_progress',
  attachments: [],
};
const report = (date: string, over: Partial<HomeworkCompletion> = {}): HomeworkCompletion => ({
  homeworkId: 'hw1',
  date,
  reporter: 'clinician',
  done: true,
  units: 1,
  quality: null,
  barrier: null,
  note: null,
  reviewedInSessionId: null,
  enteredAt: `${date}T12:00:00Z`,
  ...over,
});

describe('homeworkWeeks', () => {
  it('per week: completion %, mean clinician quality and barriers; a week with nothing expected has no %', () => {
    const completions = [
      report('2026-11-21', { quality: 2 }),
      report('2026-11-22', { quality: 1 }),
      report('2026-11-23', { done: false, units: 0, barrier: 'no_time' }),
      report('2026-11-28', { reporter: 'client', quality: null }),
      report('2026-12-01', { done: false, units: 0, barrier: 'no_time' }),
      report('2026-12-02', { quality: 2 }),
    ];
    expect(homeworkWeeks([DAILY], completions, '2026-12-04', 3)).toEqual([
      { start: '2026-11-14', end: '2026-11-20', done: 0, expected: 0, pct: null, meanQuality: null, barriers: {} },
      { start: '2026-11-21', end: '2026-11-27', done: 2, expected: 7, pct: 28, meanQuality: 1.5, barriers: { no_time: 1 } },
      { start: '2026-11-28', end: '2026-12-04', done: 2, expected: 7, pct: 28, meanQuality: 2, barriers: { no_time: 1 } },
    ]);
  });
});
