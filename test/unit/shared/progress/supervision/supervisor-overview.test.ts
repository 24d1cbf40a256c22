import { describe, expect, it } from 'vitest';
import { overseesCaseloads } from '../../../../../shared/domain/staff';
import type { RecommendationResult } from '../../../../../shared/progress/recommendation/engine';
import type { Recommendation } from '../../../../../shared/progress/recommendation/rules';
import type { ProgressReview, ReviewAttachment, ReviewDecisionKind } from '../../../../../shared/progress/reviews/review-types';
import {
  disagreements,
  plansToSign,
  reviewOverdue,
  reviewsToSign,
  supervisionOverview,
  type SupervisedClient,
} from '../../../../../shared/progress/supervision';
import { planVersion } from '../plan-fixture';
import { signedReview } from '../reviews/review-fixture';

// 09:00 in Chicago on Friday 4 December 2026.
const clock = { now: new Date('2026-12-04T15:00:00Z'), timeZone: 'America/Chicago' };
const today = '2026-12-04';

const avery: SupervisedClient = { id: 'c1', name: 'Quinn, Avery', status: 'active', primaryClinicianId: 's1' };
const discharged: SupervisedClient = { ...avery, status: 'discharged' };

const rec = (recommendation: Recommendation): RecommendationResult => ({
  recommendation,
  rule: 'continue.default',
  matchedRules: ['continue.default'],
  planRevisionSuggested: false,
  dataWarnings: [],
  ruleSetVersion: '1',
  params: {} as RecommendationResult['params'], // not read by the view
});

const decided = (decision: ReviewDecisionKind, recommendation: Recommendation | null, over: Partial<ProgressReview> = {}) =>
  signedReview({ recommendation: recommendation ? rec(recommendation) : null, decision: { ...signedReview().decision, decision }, ...over });

const cosign: ReviewAttachment = {
  id: 'a1',
  reviewId: 'rv-c1-2026-12-04',
  clientId: 'c1',
  entry: 'cosign',
  text: '',
  signerId: 's9',
  signedAt: '2026-12-04T16:00:00Z',
};
const addendum: ReviewAttachment = { ...cosign, id: 'a2', entry: 'addendum', text: 'More.' };

describe('plansToSign', () => {
  it.each([
    ['a draft fires', avery, 'draft', 1],
    ['a version awaiting its co-sign fires', avery, 'awaiting_signatures', 1],
    ['an active version is clear', avery, 'active', 0],
    ['a superseded version is clear', avery, 'superseded', 0],
    ['a version entered in error is clear', avery, 'entered_in_error', 0],
    ['a draft of a discharged client is clear', discharged, 'draft', 0],
  ] as const)('%s', (_, client, status, count) => {
    expect(plansToSign(client, [planVersion({ status })])).toHaveLength(count);
  });

  it('counts only the client’s own versions', () => {
    expect(plansToSign(avery, [planVersion({ status: 'draft', clientId: 'c2' })])).toEqual([]);
  });
});

describe('reviewsToSign', () => {
  it.each([
    ['a draft review fires', avery, signedReview({ status: 'draft' }), [], 'draft'],
    ['a signed review needing a co-sign fires', avery, signedReview({ cosignRequired: true }), [], 'awaiting_cosign'],
    ['it still fires after the client is discharged', discharged, signedReview({ cosignRequired: true }), [], 'awaiting_cosign'],
    ['an addendum is not a co-sign', avery, signedReview({ cosignRequired: true }), [addendum], 'awaiting_cosign'],
    ['the co-sign clears it', avery, signedReview({ cosignRequired: true }), [cosign], null],
    ['a signed review needing no co-sign is clear', avery, signedReview(), [], null],
    ['a draft of a discharged client is clear', discharged, signedReview({ status: 'draft' }), [], null],
  ] as const)('%s', (_, client, review, attachments, state) => {
    expect(reviewsToSign(client, [review], attachments).map((r) => r.state)).toEqual(state ? [state] : []);
  });
});

describe('disagreements (last 90 days)', () => {
  it.each([
    ['a decision unlike the recommendation fires', decided('continue', 'step_down'), 1],
    ['a transfer when the engine said discharge fires', decided('transfer', 'discharge'), 1],
    ['a decision following the recommendation is clear', decided('step_down', 'step_down'), 0],
    ['a review without a recommendation is clear', decided('continue', null), 0],
    ['a draft is clear (not decided yet)', decided('continue', 'intensify', { status: 'draft' }), 0],
    ['on the window’s first day it fires', decided('continue', 'intensify', { asOfDate: '2026-09-06' }), 1],
    ['the day before the window it is clear', decided('continue', 'intensify', { asOfDate: '2026-09-05' }), 0],
  ] as const)('%s', (_, review, count) => {
    expect(disagreements(avery, [review], today)).toHaveLength(count);
  });
});

describe('reviewOverdue (alert 7’s rule)', () => {
  const active = (reviewDueOn: string) => planVersion({ status: 'active', reviewDueOn });
  it.each([
    ['the plan’s review date passed: fires', avery, [active('2026-12-03')], [], '2026-12-03'],
    ['due today is not overdue yet', avery, [active('2026-12-04')], [], null],
    ['a draft plan sets no review date', avery, [planVersion({ status: 'draft', reviewDueOn: '2026-11-01' })], [], null],
    [
      'a review signed in the due-soon window before the date clears it',
      avery,
      [active('2026-12-03')],
      [signedReview({ signedAt: '2026-11-27T16:00:00Z', nextReviewDueOn: '2026-12-03' })],
      null,
    ],
    [
      'a review signed too early does not',
      avery,
      [active('2026-12-03')],
      [signedReview({ signedAt: '2026-11-20T16:00:00Z', nextReviewDueOn: '2026-12-01' })],
      '2026-12-03',
    ],
    [
      'the later date a signed review set wins',
      avery,
      [active('2026-11-01')],
      [signedReview({ signedAt: '2026-10-30T16:00:00Z', nextReviewDueOn: '2026-12-20' })],
      null,
    ],
    ['a discharged client is clear', discharged, [active('2026-12-01')], [], null],
  ] as const)('%s', (_, client, plans, reviews, dueOn) => {
    expect(reviewOverdue(client, plans, reviews, clock)?.dueOn ?? null).toBe(dueOn);
  });
});

describe('supervisionOverview', () => {
  const blake: SupervisedClient = { id: 'c2', name: 'Adams, Blake', status: 'active', primaryClinicianId: 's2' };
  const records = {
    clients: [avery, blake],
    plans: [planVersion({ status: 'draft' }), planVersion({ versionId: 'v9', clientId: 'c2', status: 'active', reviewDueOn: '2026-11-30' })],
    reviews: [
      decided('continue', 'step_down', {
        clientId: 'c2',
        id: 'rv-c2',
        asOfDate: '2026-10-30',
        signedAt: '2026-10-30T16:00:00Z',
        nextReviewDueOn: '2026-11-29',
      }),
    ],
    attachments: [],
  };

  it('groups by the client’s primary clinician', () => {
    const rows = supervisionOverview(records, null, clock);
    expect(rows.map((r) => [r.clinicianId, r.plansToSign.length, r.reviewsToSign.length, r.disagreements.length, r.reviewsOverdue.length])).toEqual([
      ['s1', 1, 0, 0, 0],
      ['s2', 0, 0, 1, 1],
    ]);
  });

  it('honours the clinician filter, showing a picked clinician with nothing to do', () => {
    expect(supervisionOverview(records, ['s2', 's3'], clock).map((r) => [r.clinicianId, r.disagreements.length])).toEqual([
      ['s2', 1],
      ['s3', 0],
    ]);
  });

  it('for every clinician, leaves out the ones with nothing counted', () => {
    expect(supervisionOverview({ ...records, plans: [], reviews: [] }, null, clock)).toEqual([]);
  });

  /** `items` with a count of every walk over them (iteration or a list method), to see how often the overview reads them. */
  function walked<T>(items: readonly T[]): { readonly list: readonly T[]; readonly walks: () => number } {
    const WALKS = new Set<PropertyKey>([Symbol.iterator, 'filter', 'flatMap', 'map', 'forEach', 'find', 'some', 'every', 'reduce']);
    let walks = 0;
    const list = new Proxy(items, {
      get(target, key, receiver) {
        if (WALKS.has(key)) walks += 1;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    return { list, walks: () => walks };
  }

  it.each([10, 200])('walks the clinic’s plans, reviews and attachments once each, for %i clients', (n) => {
    const clients = Array.from({ length: n }, (_, i): SupervisedClient => ({ ...avery, id: `c${String(i)}`, primaryClinicianId: `s${String(i % 7)}` }));
    const plans = walked(clients.map((c) => planVersion({ versionId: `v-${c.id}`, clientId: c.id, status: 'draft' })));
    const reviews = walked(clients.map((c) => decided('continue', 'step_down', { clientId: c.id, id: `rv-${c.id}`, asOfDate: '2026-11-30' })));
    const attachments = walked([{ ...cosign, reviewId: 'rv-c1' }]);
    const rows = supervisionOverview({ clients, plans: plans.list, reviews: reviews.list, attachments: attachments.list }, null, clock);
    expect(rows.flatMap((r) => r.plansToSign)).toHaveLength(n);
    expect(rows.flatMap((r) => r.disagreements)).toHaveLength(n);
    expect([plans.walks(), reviews.walks(), attachments.walks()]).toEqual([1, 1, 1]);
  });
});

describe('overseesCaseloads (who sees the supervisor view and the clinician picker)', () => {
  it.each([
    ['therapist', false],
    ['medication-manager', false],
    ['supervisor', true],
    ['admin', true],
  ] as const)('%s → %s', (role, sees) => {
    expect(overseesCaseloads(role)).toBe(sees);
  });
});
