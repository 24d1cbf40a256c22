import { describe, expect, it } from 'vitest';
import {
  assignmentCompletion,
  openHomework,
  parseHomeworkForm,
  parseHomeworkReview,
  statusAfterReview,
  type HomeworkFormValues,
  type HomeworkReviewValues,
} from '../../../../shared/progress/plans/homework-form';
import type { HomeworkAssignment, HomeworkCompletion } from '../../../../shared/progress/plans/types';

const TODAY = '2026-12-04';
const CTX = { homeworkId: 'hw1', assignedBy: 'staff-1', assignedInSessionId: 's1', today: TODAY };
const FORM: HomeworkFormValues = {
  title: 'Grounding 5-4-3-2-1',
  instructions: '',
  category: 'skills_practice',
  skill: 'Grounding',
  scheduleType: 'once',
  dueOn: '2026-12-11',
  from: TODAY,
  to: '2026-12-10',
  timesPerWeek: '3',
};

const assignment = (over: Partial<HomeworkAssignment> = {}): HomeworkAssignment => ({
  homeworkId: 'hw1',
  clientId: 'c1',
  title: 'Grounding',
  instructions: '',
  category: 'skills_practice',
  objectiveIds: [],
  assignedInSessionId: null,
  assignedBy: 'staff-1',
  assignedOn: '2026-11-27',
  schedule: { type: 'once', dueOn: TODAY },
  status: 'assigned',
  attachments: [],
  ...over,
});
const done = (date: string, units = 1, over: Partial<HomeworkCompletion> = {}): HomeworkCompletion => ({
  homeworkId: 'hw1',
  date,
  reporter: 'clinician',
  done: units > 0,
  units,
  quality: null,
  barrier: null,
  note: null,
  reviewedInSessionId: null,
  enteredAt: `${date}T12:00:00Z`,
  ...over,
});

describe('parseHomeworkForm', () => {
  it('a valid one-off assignment, with its linked skill', () => {
    expect(parseHomeworkForm(FORM, CTX)).toEqual({
      ok: true,
      value: {
        homeworkId: 'hw1',
        clientId: '',
        title: 'Grounding 5-4-3-2-1',
        instructions: '',
        category: 'skills_practice',
        skill: 'Grounding',
        objectiveIds: [],
        assignedInSessionId: 's1',
        assignedBy: 'staff-1',
        assignedOn: TODAY,
        schedule: { type: 'once', dueOn: '2026-12-11' },
        status: 'assigned',
        attachments: [],
      },
    });
  });
  it.each([
    ['no title', { title: ' ' }, { title: 'Give the homework a title.' }],
    ['a due date in the past', { dueOn: '2026-12-01' }, { dueOn: 'The due date cannot be in the past.' }],
    ['a due date that is not a date', { dueOn: '' }, { dueOn: 'Enter the due date as a date.' }],
    ['no category', { category: '' }, { category: 'Choose a category.' }],
    ['daily from the past', { scheduleType: 'daily', from: '2026-12-01' }, { from: 'The first day cannot be in the past.' }],
    ['last day before the first', { scheduleType: 'daily', to: '2026-12-03' }, { to: 'The last day cannot be before the first.' }],
    [
      'times a week not a number',
      { scheduleType: 'per_week', timesPerWeek: 'often' },
      { timesPerWeek: 'Enter the times per week as a whole number of at least 1.' },
    ],
  ] as const)('%s', (_name, over, errors) => {
    expect(parseHomeworkForm({ ...FORM, ...over }, CTX)).toEqual({ ok: false, errors });
  });
});

describe('parseHomeworkReview', () => {
  const ctx = { homeworkId: 'hw1', today: TODAY, sessionId: 's2', enteredAt: '2026-12-04T10:00:00Z' };
  const v = (over: Partial<HomeworkReviewValues>): HomeworkReviewValues => ({ outcome: 'done', units: '1', quality: '', barrier: '', note: '', ...over });
  it.each([
    ['no outcome', v({ outcome: '' }), { outcome: 'Choose done, partly done or not done.' }],
    ['negative times', v({ units: '-1' }), { units: 'Enter how many times as a whole number of 0 or more.' }],
    ['times as text', v({ units: 'lots' }), { units: 'Enter how many times as a whole number of 0 or more.' }],
    ['done zero times', v({ units: '0' }), { units: 'Done needs at least 1; enter 0 only when it was not done.' }],
  ] as const)('%s', (_name, values, errors) => {
    expect(parseHomeworkReview(values, ctx)).toEqual({ ok: false, errors });
  });
  it('a done review and a not-done one (times default to 0)', () => {
    expect(parseHomeworkReview(v({ quality: '2', note: ' used it twice ', units: '2' }), ctx)).toEqual({
      ok: true,
      value: {
        homeworkId: 'hw1',
        date: TODAY,
        reporter: 'clinician',
        done: true,
        units: 2,
        quality: 2,
        barrier: null,
        note: 'used it twice',
        reviewedInSessionId: 's2',
        enteredAt: ctx.enteredAt,
      },
    });
    const not = parseHomeworkReview(v({ outcome: 'not_done', units: '', barrier: 'no_time' }), ctx);
    expect(not.ok && [not.value.done, not.value.units, not.value.barrier]).toEqual([false, 0, 'no_time']);
  });
});

describe('statusAfterReview and completion', () => {
  it.each([
    ['once, done', assignment(), 'done', [], 'completed'],
    ['once, partly', assignment(), 'partly', [], 'partially_completed'],
    ['once, not done', assignment(), 'not_done', [], 'not_completed'],
    ['excused stays excused', assignment({ status: 'excused' }), 'done', [], 'excused'],
    [
      'daily, all days done',
      assignment({ schedule: { type: 'daily', from: '2026-12-02', to: TODAY } }),
      'done',
      [done('2026-12-02'), done('2026-12-03'), done(TODAY)],
      'completed',
    ],
    [
      'daily, some done and over',
      assignment({ schedule: { type: 'daily', from: '2026-12-02', to: TODAY } }),
      'partly',
      [done('2026-12-03')],
      'partially_completed',
    ],
    [
      'daily, some done, still running',
      assignment({ schedule: { type: 'daily', from: '2026-12-02', to: '2026-12-08' } }),
      'partly',
      [done('2026-12-03')],
      'in_progress',
    ],
  ] as const)('%s', (_name, a, outcome, completions, status) => {
    expect(statusAfterReview(a, outcome, completions, TODAY)).toBe(status);
  });
  it.each([
    ['once due today, done', assignment(), [done(TODAY)], { done: 1, expected: 1, pct: 100 }],
    ['once due today, not done', assignment(), [done(TODAY, 0)], { done: 0, expected: 1, pct: 0 }],
    ['once not due yet', assignment({ schedule: { type: 'once', dueOn: '2026-12-10' } }), [], { done: 0, expected: 0, pct: null }],
    [
      'daily, 2 of 3 days so far',
      assignment({ schedule: { type: 'daily', from: '2026-12-02', to: '2026-12-08' } }),
      [done('2026-12-02'), done(TODAY)],
      { done: 2, expected: 3, pct: 66 },
    ],
  ] as const)('assignmentCompletion: %s', (_name, a, completions, expected) => {
    expect(assignmentCompletion(a, completions, TODAY)).toEqual(expected);
  });
  it('open homework: assigned or in progress, earliest due first', () => {
    const list = [
      assignment({ homeworkId: 'late', schedule: { type: 'once', dueOn: '2026-12-20' } }),
      assignment({ homeworkId: 'done', status: 'completed' }),
      assignment({ homeworkId: 'soon' }),
    ];
    expect(openHomework(list).map((a) => a.homeworkId)).toEqual(['soon', 'late']);
  });
});
