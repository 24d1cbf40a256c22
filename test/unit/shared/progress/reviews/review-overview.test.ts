import { describe, expect, it } from 'vitest';
import { DEFAULT_PROGRESS_RULE_PARAMS, recommendLevelOfCare } from '../../../../../shared/progress';
import {
  buildTimeline,
  cosignStateOf,
  latestSignedReview,
  nextReviewDue,
  outreachDates,
  primaryChange,
} from '../../../../../shared/progress/reviews/review-overview';
import { attachmentOf, attachmentRecordOf, reviewContentHash, reviewOf, reviewRecordOf } from '../../../../../shared/progress/reviews/review-record';
import { EMPTY_DECISION, type ProgressReview } from '../../../../../shared/progress/reviews/review-types';
import { IMPROVING_SNAPSHOT, signedReview } from './review-fixture';

const SNAPSHOT = IMPROVING_SNAPSHOT;
const T = '2026-12-04T09:00:00.000Z';
const review = (over: Partial<ProgressReview> = {}): ProgressReview =>
  signedReview({ evidence: { asOf: '2026-12-04' }, snapshot: SNAPSHOT, recommendation: recommendLevelOfCare(SNAPSHOT), ...over });

describe('the Overview’s pure figures', () => {
  it.each([
    ['18 → 8', { baseline: 18, scores: [13, 9, 8] }, 'reliable_improvement', 'PHQ-9 18 → 8: reliable improvement (reliable change ≥ 6 points).'],
    ['18 → 13 (5 points)', { baseline: 18, scores: [13] }, 'no_reliable_change', 'PHQ-9 18 → 13: no reliable change (reliable change ≥ 6 points).'],
    ['8 → 14 (6 points worse)', { baseline: 8, scores: [14] }, 'reliable_deterioration', 'PHQ-9 8 → 14: reliably worse (reliable change ≥ 6 points).'],
    ['baseline only', { baseline: 18, scores: [] }, 'no_follow_up', 'PHQ-9 baseline 18; no score since.'],
    ['never given', { baseline: null, scores: [] }, 'no_data', 'PHQ-9 has not been given yet.'],
  ] as const)('primary measure %s', (_name, scores, state, sentence) => {
    const change = primaryChange({ instrument: 'PHQ-9', lastAdministeredDaysAgo: 1, ...scores }, DEFAULT_PROGRESS_RULE_PARAMS);
    expect(change).toMatchObject({ state, sentence });
  });

  it('the next review date: the plan’s until a later signed review moves it on; none without either', () => {
    const plan = { versionId: 'pv1', reviewDueOn: '2026-12-05', reviewPreset: 'waypoint_default' } as const;
    expect(nextReviewDue(null, [])).toBe('');
    expect(nextReviewDue(plan, [])).toBe('2026-12-05');
    expect(nextReviewDue(plan, [review()])).toBe('2027-01-03');
    expect(nextReviewDue(plan, [review({ status: 'draft' })])).toBe('2026-12-05');
  });

  it('outreach days come from every review’s decision, draft or signed, oldest first and each once', () => {
    const outreach = (dates: readonly string[]) => ({ ...EMPTY_DECISION, outreach: dates.map((date) => ({ date, method: 'phone' as const })) });
    expect(
      outreachDates([
        review({ decision: outreach(['2026-12-03', '2026-12-01']) }),
        review({ status: 'draft', decision: outreach(['2026-12-03', '', '2026-12-05']) }),
      ]),
    ).toEqual(['2026-12-01', '2026-12-03', '2026-12-05']);
    expect(outreachDates([review()])).toEqual([]);
  });

  it('the latest signed review is the last by review date; drafts do not count', () => {
    const older = review({ id: 'a', asOfDate: '2026-11-01' });
    expect(latestSignedReview([review({ id: 'b' }), older, review({ id: 'c', asOfDate: '2026-12-20', status: 'draft' })])?.id).toBe('b');
    expect(latestSignedReview([])).toBeNull();
  });

  it('the timeline holds level-of-care changes, signed reviews and medication changes, newest first', () => {
    const entries = buildTimeline(
      [{ date: '2026-10-26', label: 'Admitted to IOP' }],
      [review(), review({ id: 'd', status: 'draft' })],
      [{ date: '2026-11-10', label: 'Started Sertraline 50 mg' }],
    );
    expect(entries.map((e) => [e.date, e.kind, e.label])).toEqual([
      ['2026-12-04', 'review', 'Progress review: decision continue; recommendation step down'],
      ['2026-11-10', 'medication', 'Started Sertraline 50 mg'],
      ['2026-10-26', 'level_of_care', 'Admitted to IOP'],
    ]);
  });
});

describe('how a review is stored', () => {
  it('round-trips through its careplans record, its rule set and frozen parameters included', () => {
    const r = review();
    const back = reviewOf(reviewRecordOf(r));
    expect(back).toEqual(r);
    expect(back?.recommendation?.ruleSetVersion).toBe('waypoint-progress-rules/1');
    expect(back?.recommendation?.params.instruments['PHQ-9']?.stepDown).toBe(9);
  });

  it('co-signs and addenda are their own records pointing at the review, never read as reviews', () => {
    const record = attachmentRecordOf({ id: 'rv.cosign', reviewId: 'rv', clientId: 'c1', entry: 'cosign', text: '', signerId: 'sup', signedAt: T }, 'h');
    expect(reviewOf(record)).toBeNull();
    expect(attachmentOf(record)).toMatchObject({ reviewId: 'rv', entry: 'cosign', signerId: 'sup' });
  });

  it('the content hash covers the decision and the evidence, not the signatures or status', async () => {
    const base = await reviewContentHash(review());
    expect(await reviewContentHash(review({ status: 'draft', signatures: [], contentHash: '' }))).toBe(base);
    expect(await reviewContentHash(review({ decision: { ...EMPTY_DECISION, decision: 'step_down', rationale: 'r'.repeat(25) } }))).not.toBe(base);
    expect(await reviewContentHash(review({ evidence: { asOf: '2026-12-03' } }))).not.toBe(base);
  });

  it.each([
    ['a draft', { status: 'draft', cosignRequired: true }, [], { state: 'not_required' }],
    ['signed, no co-sign needed', { cosignRequired: false }, [], { state: 'not_required' }],
    ['signed, needs one, none yet', { cosignRequired: true }, [], { state: 'awaiting' }],
    ['signed, an addendum only', { cosignRequired: true }, [{ entry: 'addendum' }], { state: 'awaiting' }],
    ['signed, another review’s co-sign', { cosignRequired: true }, [{ entry: 'cosign', reviewId: 'other' }], { state: 'awaiting' }],
    ['signed, co-signed', { cosignRequired: true }, [{ entry: 'cosign' }], { state: 'cosigned', signerId: 'sup', signedAt: T }],
  ] as const)('co-sign state: %s', (_name, over, atts, expected) => {
    const attachments = atts.map((a) => ({ id: 'x', reviewId: review().id, clientId: 'c1', text: '', signerId: 'sup', signedAt: T, ...a }));
    expect(cosignStateOf(review(over), attachments)).toEqual(expected);
  });
});
