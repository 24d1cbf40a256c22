import { describe, expect, it } from 'vitest';
import { findClinicRecords, findReviewsForClient, getReview } from '../../../renderer/db';
import {
  ReviewValidationError,
  addReviewAddendum,
  cosignReview,
  refreshReviewEvidence,
  saveProgressRuleParams,
  signReview,
  startReview,
} from '../../../renderer/features/reviews/review-actions';
import { clinicRuleParamsOf } from '../../../renderer/features/reviews/rule-params-records';
import { DEFAULT_PROGRESS_RULE_PARAMS, RULE_SET_VERSION, resolveProgressRuleParams, type ReviewSnapshot } from '../../../shared/progress';
import { reviewContentHash } from '../../../shared/progress/reviews/review-record';
import { EMPTY_DECISION, type ReviewDecisionInput } from '../../../shared/progress/reviews/review-types';
import { actorOn, auditTrail } from './actor';
import { DISENGAGED_SNAPSHOT, IMPROVING_SNAPSHOT } from '../../unit/shared/progress/reviews/review-fixture';

const IMPROVING = IMPROVING_SNAPSHOT;
const DISENGAGED = DISENGAGED_SNAPSHOT;
const CONTINUE: ReviewDecisionInput = {
  ...EMPTY_DECISION,
  decision: 'continue',
  overrideReason: 'client_preference',
  rationale: 'Client wants two more weeks of groups before stepping down.',
};
const START = { clientId: 'c1', asOfDate: '2026-12-04', dueOn: '2026-12-05', planVersionId: 'pv1' };

/** The field errors a refused write carries. */
async function fieldErrors(attempt: Promise<unknown>): Promise<Readonly<Record<string, string>>> {
  try {
    await attempt;
  } catch (e) {
    if (e instanceof ReviewValidationError) return e.errors;
    throw e;
  }
  throw new Error('The write was not refused.');
}

async function reviewWith(snapshot: ReviewSnapshot, role: 'therapist' | 'supervisor' = 'therapist') {
  const a = await actorOn(role);
  const review = await startReview(a.ctx, START);
  await refreshReviewEvidence(a.ctx, review.id, { evidence: { note: 'panels' }, snapshot }, DEFAULT_PROGRESS_RULE_PARAMS);
  return { ...a, review };
}

describe('progress review actions on real storage', () => {
  it('starts one review per client and due date, reopening the draft; stores the recommendation with its rule set and parameters', async () => {
    const { ctx, review } = await reviewWith(IMPROVING);
    expect((await startReview(ctx, START)).id).toBe(review.id);
    const stored = await getReview(ctx.db, review.id);
    expect(stored?.recommendation).toMatchObject({ recommendation: 'step_down', rule: 'step_down.sustained_improvement', ruleSetVersion: RULE_SET_VERSION });
    expect(stored?.recommendation?.params.stepDownAttendancePct).toBe(80);
    expect(stored?.snapshot).toEqual(IMPROVING);
  });

  it('refuses a differing decision without a reason, then signs "continue" with one: frozen, audited as sign and override', async () => {
    const { ctx, db, review, tick } = await reviewWith(IMPROVING);
    tick();
    const noReason = signReview(ctx, review.id, { ...CONTINUE, overrideReason: '' });
    await expect(noReason).rejects.toThrow(ReviewValidationError);
    expect(await fieldErrors(noReason)).toMatchObject({ overrideReason: 'The decision differs from the recommendation (step down): choose why.' });
    const signed = await signReview(ctx, review.id, CONTINUE);
    expect(signed).toMatchObject({ status: 'signed', nextReviewDueOn: '2027-01-03', cosignRequired: false, decision: { decision: 'continue' } });
    expect(signed.contentHash).toMatch(/^[0-9a-f]{64}$/);
    await expect(refreshReviewEvidence(ctx, review.id, { evidence: null, snapshot: IMPROVING }, DEFAULT_PROGRESS_RULE_PARAMS)).rejects.toThrow(/signed/);
    await expect(
      db.careplans
        .findOne(review.id)
        .exec()
        .then((d) => d?.incrementalPatch({ reviewDueOn: '2027-02-01' })),
    ).rejects.toThrow(/signed and cannot change/);
    const trail = (await auditTrail(db)).map(({ action, entity, detail }) => ({ action, entity, detail }));
    expect(trail).toEqual([
      { action: 'create', entity: 'review', detail: 'Started the progress review of 2026-12-04 (due 2026-12-05) for client c1' },
      { action: 'sign', entity: 'review', detail: `Signed the progress review: decision continue (SHA-256 ${signed.contentHash})` },
      {
        action: 'edit',
        entity: 'review',
        detail: 'Decision continue overrides the recommendation step down (step_down.sustained_improvement); reason: client_preference',
      },
    ]);
    expect(JSON.stringify(trail)).not.toContain('two more weeks');
  });

  it('refuses a disengagement discharge until outreach is documented on two days; a discharge needs a supervisor co-sign', async () => {
    const { ctx, db, review, tick } = await reviewWith(DISENGAGED);
    expect((await getReview(db, review.id))?.recommendation?.rule).toBe('discharge.disengaged');
    const discharge: ReviewDecisionInput = {
      ...EMPTY_DECISION,
      decision: 'discharge',
      rationale: 'No contact for three weeks despite calls.',
      outreach: [{ date: '2026-11-28', method: 'phone' }],
    };
    expect((await fieldErrors(signReview(ctx, review.id, discharge))).outreach).toContain('at least 2 different days');
    const signed = await signReview(ctx, review.id, { ...discharge, outreach: [...discharge.outreach, { date: '2026-12-01', method: 'text' }] });
    expect(signed.cosignRequired).toBe(true);
    await expect(cosignReview(ctx, review.id)).rejects.toThrow(/Only a supervisor/);
    const supervisor = { ...ctx, actor: { id: 'sup1', role: 'supervisor' as const } };
    await cosignReview(supervisor, review.id);
    await expect(cosignReview(supervisor, review.id)).rejects.toThrow(/already co-signed/);
    tick();
    await addReviewAddendum(ctx, review.id, 'Letter returned undelivered on 12/06.');
    const { reviews, attachments } = await findReviewsForClient(db, 'c1');
    expect(reviews).toHaveLength(1);
    expect(attachments.map((a) => a.entry)).toEqual(['cosign', 'addendum']);
    expect((await auditTrail(db)).slice(-2).map((e) => [e.action, e.entity])).toEqual([
      ['cosign', 'review'],
      ['addendum', 'review'],
    ]);
  });

  it('stores the ASAM/LOCUS ratings with the review, covered by its hash; a rating out of range is refused at its field', async () => {
    const { ctx, review } = await reviewWith(IMPROVING);
    const dims = [1, 2, 3, 4, 5, 6].map((dimension) => ({ dimension, rating: dimension === 3 ? '3' : '', note: dimension === 3 ? 'Low mood most days' : '' }));
    const ratings = { asam: { edition: 'asam3' as const, dimensions: dims, clinicianLevel: '2.1' }, locus: { composite: '40', level: '3', note: '' } };
    const decision: ReviewDecisionInput = { ...CONTINUE, ratings };
    expect(await fieldErrors(signReview(ctx, review.id, decision))).toEqual({
      'ratings.locus.composite': 'The LOCUS composite is a whole number from 7 to 35.',
    });
    const signed = await signReview(ctx, review.id, { ...decision, ratings: { ...ratings, locus: { ...ratings.locus, composite: '18' } } });
    const stored = await getReview(ctx.db, review.id);
    expect(stored?.decision.ratings).toEqual({ ...ratings, locus: { composite: '18', level: '3', note: '' } });
    expect(await reviewContentHash(stored ?? signed)).toBe(signed.contentHash);
    expect(
      await reviewContentHash({ ...signed, decision: { ...signed.decision, ratings: { ...ratings, locus: { composite: '19', level: '3', note: '' } } } }),
    ).not.toBe(signed.contentHash);
  });

  it('saves the clinic rule parameters validated and audited; the newest valid set is the one in force', async () => {
    const { ctx, db } = await actorOn('admin');
    const bad = resolveProgressRuleParams({ stepDownAttendancePct: 120 });
    await expect(saveProgressRuleParams(ctx, bad, ['stepDownAttendancePct'])).rejects.toMatchObject({
      errors: { stepDownAttendancePct: 'must be a whole number from 0 to 100' },
    });
    await saveProgressRuleParams(ctx, resolveProgressRuleParams({ stepDownAttendancePct: 75 }), ['stepDownAttendancePct']);
    const inForce = clinicRuleParamsOf(await findClinicRecords(db, 'settings'));
    expect(inForce.params.stepDownAttendancePct).toBe(75);
    expect((await auditTrail(db)).map((e) => e.action)).toEqual(['settings']);
    expect((await auditTrail(db)).map((e) => e.detail)).toEqual([`Progress rule parameters (${RULE_SET_VERSION}) saved: stepDownAttendancePct`]);
  });
});
