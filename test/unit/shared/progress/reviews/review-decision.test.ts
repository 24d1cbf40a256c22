import { describe, expect, it } from 'vitest';
import { recommendLevelOfCare } from '../../../../../shared/progress';
import {
  decisionSigningErrors,
  followUpSteps,
  nextReviewDate,
  outreachDays,
  reviewDueState,
  reviewNeedsCosign,
} from '../../../../../shared/progress/reviews/review-decision';
import { EMPTY_DECISION, type ReviewDecisionInput } from '../../../../../shared/progress/reviews/review-types';
import { IMPROVING_SNAPSHOT } from './review-fixture';

const BASE = IMPROVING_SNAPSHOT;
const STEP_DOWN = recommendLevelOfCare(BASE);
const INTENSIFY = recommendLevelOfCare({ ...BASE, openSafetyAlert: true });
const DISENGAGED = recommendLevelOfCare({ ...BASE, attendance: { scheduled: 8, attended: 3, excused: 0 }, consecutiveMissed: 4, daysSinceLastAttended: 20 });
const RATIONALE = 'Twenty characters or more of reasons.';
const d = (over: Partial<ReviewDecisionInput>): ReviewDecisionInput => ({ ...EMPTY_DECISION, rationale: RATIONALE, ...over });

describe('what a review decision needs before it is signed (progress.md §5.4, §5.5)', () => {
  it.each([
    ['agreeing step down with target level and date', d({ decision: 'step_down', targetLevelOfCare: 'OP', targetDate: '2026-12-10' }), STEP_DOWN, []],
    ['no decision', d({}), STEP_DOWN, ['decision']],
    [
      'a rationale of 19 characters',
      d({ decision: 'step_down', rationale: 'x'.repeat(19), targetLevelOfCare: 'OP', targetDate: '2026-12-10' }),
      STEP_DOWN,
      ['rationale'],
    ],
    [
      'a rationale of exactly 20 characters',
      d({ decision: 'step_down', rationale: 'x'.repeat(20), targetLevelOfCare: 'OP', targetDate: '2026-12-10' }),
      STEP_DOWN,
      [],
    ],
    ['continue against a step-down recommendation without a reason', d({ decision: 'continue' }), STEP_DOWN, ['overrideReason']],
    ['continue against a step-down recommendation with a reason', d({ decision: 'continue', overrideReason: 'client_preference' }), STEP_DOWN, []],
    ['step down without a target level', d({ decision: 'step_down' }), STEP_DOWN, ['targetLevelOfCare']],
    ['a target level without a date', d({ decision: 'intensify', targetLevelOfCare: 'PHP' }), INTENSIFY, ['targetDate']],
    ['a target date before the review', d({ decision: 'step_down', targetLevelOfCare: 'OP', targetDate: '2026-12-03' }), STEP_DOWN, ['targetDate']],
    ['no recommendation loaded', d({ decision: 'continue' }), null, ['evidence']],
    ['disengagement discharge with no outreach', d({ decision: 'discharge' }), DISENGAGED, ['outreach']],
    [
      'disengagement discharge with two attempts on one day',
      d({
        decision: 'discharge',
        outreach: [
          { date: '2026-12-01', method: 'phone' },
          { date: '2026-12-01', method: 'text' },
        ],
      }),
      DISENGAGED,
      ['outreach'],
    ],
    [
      'disengagement discharge with attempts on two days',
      d({
        decision: 'discharge',
        outreach: [
          { date: '2026-11-30', method: 'phone' },
          { date: '2026-12-01', method: 'text' },
        ],
      }),
      DISENGAGED,
      [],
    ],
  ])('%s', (_name, decision, rec, fields) => {
    expect(Object.keys(decisionSigningErrors(decision, rec, '2026-12-04')).sort()).toEqual([...fields].sort());
  });

  it('counts outreach by distinct valid day', () => {
    expect(
      outreachDays([
        { date: '2026-12-01', method: 'phone' },
        { date: '2026-12-01', method: 'letter' },
        { date: 'bad', method: 'text' },
      ]),
    ).toBe(1);
  });
});

describe('who co-signs and what a decision opens', () => {
  it.each([
    ['a supervised author', true, 'continue', STEP_DOWN, true],
    ['an unsupervised author who agrees', false, 'step_down', STEP_DOWN, false],
    ['any discharge', false, 'discharge', DISENGAGED, true],
    ['continue against an intensify recommendation', false, 'continue', INTENSIFY, true],
    ['intensify as recommended', false, 'intensify', INTENSIFY, false],
  ] as const)('%s', (_name, supervised, decision, rec, needed) => {
    expect(reviewNeedsCosign(supervised, decision, rec)).toBe(needed);
  });

  it('opens discharge/transfer steps for step down, discharge and transfer; none for continue', () => {
    expect(followUpSteps('continue')).toEqual([]);
    expect(followUpSteps('step_down').map((s) => s.key)).toEqual(['level_change', 'plan_version', 'transfer_note', 'aftercare_plan']);
    expect(followUpSteps('discharge').map((s) => s.key)).toEqual(['aftercare_plan', 'discharge_summary', 'discharge_client']);
    expect(followUpSteps('transfer').map((s) => s.key)).toContain('transfer_note');
  });

  it.each([
    ['', '2026-12-04', 'none'],
    ['2026-12-12', '2026-12-04', 'not_due'],
    ['2026-12-11', '2026-12-04', 'due_soon'],
    ['2026-12-04', '2026-12-04', 'due_soon'],
    ['2026-12-03', '2026-12-04', 'overdue'],
  ] as const)('review due %s on %s is %s', (due, today, state) => {
    expect(reviewDueState(due, today)).toBe(state);
  });

  it('sets the next review 30 days on by default', () => {
    expect(nextReviewDate('2026-12-04')).toBe('2027-01-03');
    expect(nextReviewDate('2026-12-04', 14)).toBe('2026-12-18');
  });
});
