import { describe, expect, it } from 'vitest';
import { feedsFromEvidence } from '../../../../renderer/features/dashboard/progress-feeds';
import { reviewRecordOf } from '../../../../shared/progress/reviews/review-record';
import { EMPTY_DECISION } from '../../../../shared/progress/reviews/review-types';
import { signedReview } from '../../shared/progress/reviews/review-fixture';

const T = '2026-12-04T09:00:00.000Z';
const review = signedReview;
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
