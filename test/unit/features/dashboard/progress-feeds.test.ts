import { describe, expect, it } from 'vitest';
import { feedsFromEvidence } from '../../../../renderer/features/dashboard/progress-feeds';
import { reviewRecordOf } from '../../../../shared/progress/reviews/review-record';
import { EMPTY_DECISION, type ProgressReview } from '../../../../shared/progress/reviews/review-types';

const T = '2026-12-04T09:00:00.000Z';
const review = (over: Partial<ProgressReview>): ProgressReview => ({
  id: 'rv-c1-2026-12-04',
  clientId: 'c1',
  status: 'signed',
  asOfDate: '2026-12-04',
  dueOn: '2026-12-05',
  planVersionId: 'pv1',
  evidence: null,
  snapshot: null,
  recommendation: null,
  decision: { ...EMPTY_DECISION, decision: 'continue', rationale: 'r'.repeat(25) },
  nextReviewDueOn: '2027-01-03',
  cosignRequired: false,
  contentHash: 'h',
  signatures: [],
  authorId: 's1',
  createdAt: T,
  updatedAt: T,
  signedAt: T,
  ...over,
});
const outreach = (...dates: string[]) => ({ ...EMPTY_DECISION, outreach: dates.map((date) => ({ date, method: 'phone' as const })) });

describe('the dashboard’s feeds from the client’s progress reviews', () => {
  it.each([
    ['no reviews', [], { lastReviewSignedAt: null, reviewDueOn: null, outreachAt: [] }],
    ['a signed review: its signing and the review date it set', [review({})], { lastReviewSignedAt: T, reviewDueOn: '2027-01-03', outreachAt: [] }],
    [
      'outreach in a draft decision counts; the draft sets no review date',
      [
        review({ id: 'rv-c1-2026-11-04', asOfDate: '2026-11-04', nextReviewDueOn: '2026-12-04', signedAt: '2026-11-04T09:00:00.000Z' }),
        review({ status: 'draft', signedAt: '', nextReviewDueOn: '', decision: outreach('2026-12-02', '2026-12-03') }),
      ],
      { lastReviewSignedAt: '2026-11-04T09:00:00.000Z', reviewDueOn: '2026-12-04', outreachAt: ['2026-12-02', '2026-12-03'] },
    ],
  ] as const)('%s', (_name, reviews, fed) => {
    expect(feedsFromEvidence(null, reviews.map(reviewRecordOf), null)).toMatchObject(fed);
  });
});
