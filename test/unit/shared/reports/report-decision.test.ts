import { describe, expect, it } from 'vitest';
import { DEFAULT_PROGRESS_RULE_PARAMS, recommendLevelOfCare } from '../../../../shared/progress';
import { EMPTY_DECISION, type ProgressReview, type ReviewAttachment } from '../../../../shared/progress/reviews/review-types';
import { buildProgressReport, decisionLines, documentText, reportDecisionOf, type ProgressReportInput, type ReportVersion } from '../../../../shared/reports';
import { IMPROVING_SNAPSHOT } from '../progress/reviews/review-fixture';

const SNAPSHOT = IMPROVING_SNAPSHOT;
const RATIONALE = 'Client asked for two more weeks of groups before stepping down.';
const review = (id: string, asOfDate: string, over: Partial<ProgressReview> = {}): ProgressReview => ({
  id,
  clientId: 'c1',
  status: 'signed',
  asOfDate,
  dueOn: '',
  planVersionId: 'pv1',
  evidence: null,
  snapshot: SNAPSHOT,
  recommendation: recommendLevelOfCare(SNAPSHOT, DEFAULT_PROGRESS_RULE_PARAMS),
  decision: {
    ...EMPTY_DECISION,
    decision: 'continue',
    overrideReason: 'client_preference',
    rationale: RATIONALE,
    planChanges: { frequency: '3 groups a week', newModality: 'DBT', medicationReviewRequested: true, familyInvolvement: false },
  },
  nextReviewDueOn: '',
  cosignRequired: false,
  contentHash: 'h',
  signatures: [],
  authorId: 's1',
  createdAt: `${asOfDate}T09:00:00Z`,
  updatedAt: `${asOfDate}T09:00:00Z`,
  signedAt: `${asOfDate}T10:00:00Z`,
  ...over,
});
const STAFF: Readonly<Record<string, string>> = { s1: 'Sam Rivera', s2: 'Pat Supervisor' };
const name = (id: string) => STAFF[id];
const NOVEMBER = { from: '2026-11-01', to: '2026-11-30' };

describe('reportDecisionOf: the review a progress report shows (§7.1)', () => {
  it.each([
    ['no reviews', [], null],
    ['only a draft', [review('r1', '2026-11-20', { status: 'draft' })], null],
    ['a signed review with no decision', [review('r1', '2026-11-20', { decision: EMPTY_DECISION })], null],
    ['one signed in the period', [review('r1', '2026-11-20')], 'r1'],
    ['the later of two', [review('r1', '2026-11-05'), review('r2', '2026-11-25')], '2026-11-25'],
    ['one after the period is not this period’s', [review('r1', '2026-11-05'), review('r2', '2026-12-03')], '2026-11-05'],
    ['one before the period is still the decision in force', [review('r1', '2026-10-20')], '2026-10-20'],
  ] as const)('%s', (_name, reviews, expected) => {
    const d = reportDecisionOf(reviews, [], NOVEMBER, name);
    if (expected === null) expect(d).toBeNull();
    else expect(d?.decidedOn ?? '').toBe(expected === 'r1' ? '2026-11-20' : expected);
  });

  it('carries the decision, reason, target, plan changes, signer and co-signer in words', () => {
    const stepDown = review('r1', '2026-11-20', {
      decision: { ...EMPTY_DECISION, decision: 'step_down', rationale: RATIONALE, targetLevelOfCare: 'OP', targetDate: '2026-12-01' },
    });
    const cosign: ReviewAttachment = { id: 'a1', reviewId: 'r1', clientId: 'c1', entry: 'cosign', text: '', signerId: 's2', signedAt: '2026-11-21T08:00:00Z' };
    expect(reportDecisionOf([stepDown], [cosign], NOVEMBER, name)).toMatchObject({
      decision: 'step_down',
      decisionLabel: 'Step down',
      recommendationLabel: 'Step down',
      overrideReason: null,
      targetLevel: 'OP',
      targetDate: '2026-12-01',
      planChanges: [],
      decidedBy: 'Sam Rivera',
      signedOn: '2026-11-20',
      cosignedBy: 'Pat Supervisor on 2026-11-21',
    });
    expect(reportDecisionOf([review('r1', '2026-11-20', { authorId: 'gone' })], [], NOVEMBER, name)).toMatchObject({
      decisionLabel: 'Continue',
      overrideReason: 'Client preference',
      planChanges: ['session frequency: 3 groups a week', 'add DBT', 'medication review'],
      decidedBy: 'unknown',
      cosignedBy: null,
    });
  });

  it('the report prints it: the payer version in full, the client version in plain words', () => {
    const latestDecision = reportDecisionOf([review('r1', '2026-11-20')], [], NOVEMBER, name);
    const base: ProgressReportInput = {
      clinicName: 'Harbor Light IOP',
      part2Notice: '',
      client: {
        id: 'c1',
        firstName: 'Zoë',
        lastName: 'Ångström',
        dateOfBirth: '1991-03-04',
        program: 'Adult',
        levelOfCare: 'IOP',
        admissionDate: '2026-10-01',
      },
      clinicianName: 'Sam Rivera',
      period: NOVEMBER,
      generatedAt: '2026-12-01T10:00:00.000Z',
      measures: [],
      attendance: [],
      medications: [],
      plan: null,
      behaviourEntries: [],
      homework: [],
      homeworkCompletions: [],
      summary: '',
      latestDecision,
    };
    const text = (version: ReportVersion) => documentText(buildProgressReport(base, { version, optIns: [], medicationsForPayer: false }));
    expect(text('payer')).toContain(
      'Review of 20 November 2026: decision Continue. Recommendation: Step down. Differs from the recommendation: Client preference.',
    );
    expect(text('payer')).toContain(`Rationale: ${RATIONALE}`);
    expect(text('payer')).toContain('Plan changes: session frequency: 3 groups a week; add DBT; medication review.');
    expect(text('payer')).toContain('Signed by Sam Rivera on 20 November 2026.');
    expect(text('payer')).not.toContain('No progress review recorded.');
    expect(text('client')).toContain(
      'On 20 November 2026 your care team decided to continue at the same level of care. Changes to your plan: session frequency: 3 groups a week; add DBT; medication review.',
    );
    expect(text('client')).not.toContain(RATIONALE);
  });
});

// §5.5: a disengagement discharge relied on documented outreach; the signed decision says which, wherever it is printed.
describe('the outreach a discharge decision relied on', () => {
  const discharge = (outreach: ProgressReview['decision']['outreach'], decision: 'discharge' | 'continue' = 'discharge') =>
    review('r1', '2026-11-20', { decision: { ...EMPTY_DECISION, decision, rationale: RATIONALE, outreach } });
  it.each([
    ['none documented', discharge([]), null],
    [
      'two attempts, oldest first',
      discharge([
        { date: '2026-11-14', method: 'letter' },
        { date: '2026-11-12', method: 'phone' },
      ]),
      'Outreach before discharge: Phone on 12 November 2026; Letter on 14 November 2026.',
    ],
    [
      'an undated attempt is left out',
      discharge([
        { date: '', method: 'text' },
        { date: '2026-11-12', method: 'emergency_contact' },
      ]),
      'Outreach before discharge: Emergency contact (with consent) on 12 November 2026.',
    ],
    ['a decision other than discharge lists none', discharge([{ date: '2026-11-12', method: 'phone' }], 'continue'), null],
  ] as const)('%s', (_name, r, expected) => {
    expect(reportDecisionOf([r], [], NOVEMBER, name)?.outreach).toBe(expected);
  });

  it('the payer report and the discharge summary print the same decision lines, outreach included', () => {
    const d = reportDecisionOf(
      [
        discharge([
          { date: '2026-11-12', method: 'phone' },
          { date: '2026-11-14', method: 'text' },
        ]),
      ],
      [],
      NOVEMBER,
      name,
    );
    expect(d && decisionLines(d)).toEqual([
      'Review of 20 November 2026: decision Discharge. Recommendation: Step down.',
      'Target level of care: unchanged.',
      `Rationale: ${RATIONALE}`,
      'Plan changes: none.',
      'Outreach before discharge: Phone on 12 November 2026; Text message on 14 November 2026.',
      'Signed by Sam Rivera on 20 November 2026.',
    ]);
  });
});
