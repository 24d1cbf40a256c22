import { describe, expect, it } from 'vitest';
import { findClinicRecords, getReview, saveReviewDraft } from '../../../renderer/db';
import { createArrivalLog } from '../../../renderer/drafts/arrival-policy';
import { createDraftSaver } from '../../../renderer/drafts/draft-saver';
import { decisionArrivalHandler, decisionVersion, saveRemembered } from '../../../renderer/features/reviews/decision-draft';
import { keepArrivedReview, saveReviewDecision, startReview } from '../../../renderer/features/reviews/review-actions';
import { EMPTY_DECISION, type ProgressReview, type ReviewDecisionInput } from '../../../shared/progress/reviews/review-types';
import { actorOn } from './actor';

const START = { clientId: 'c1', asOfDate: '2026-12-04', dueOn: '2026-12-05', planVersionId: 'pv1' };
const decided = (rationale: string): ReviewDecisionInput => ({ ...EMPTY_DECISION, decision: 'continue', rationale });

/** An open review on this laptop: its saver, arrival log and judge, as useDecisionDraft wires them. */
async function openReview() {
  const a = await actorOn('therapist');
  const review = await startReview(a.ctx, START);
  const shown: ReviewDecisionInput[] = [];
  const log = createArrivalLog<ProgressReview>(decisionVersion(review.decision));
  const saver = createDraftSaver<ReviewDecisionInput>({
    initial: review.decision,
    save: saveRemembered(log, (d) => saveReviewDecision(a.ctx, review.id, d)),
    onStatus: () => undefined,
    delayMs: 10_000,
  });
  const judge = decisionArrivalHandler({
    saver,
    log,
    keepArrived: (r) => keepArrivedReview(a.ctx, r),
    show: (d) => {
      shown.push(d);
    },
  });
  /** Another laptop's edit of the same review, as sync writes it here. */
  const otherLaptop = (d: ReviewDecisionInput) =>
    saveReviewDraft(a.db, review.id, { decision: d }, { authorId: 'staff-other', now: new Date('2026-12-04T10:00:00Z') });
  const stored = async () => (await getReview(a.db, review.id)) ?? review;
  return { ...a, review, saver, judge, shown, otherLaptop, stored };
}

describe('an open review follows a decision edited on another laptop (renderer/drafts arrival rule)', () => {
  it('with nothing unsaved here, the arrived decision is shown and becomes what is typed on', async () => {
    const { judge, shown, saver, otherLaptop, stored } = await openReview();
    expect(judge(await stored())).toBe('ignore'); // the version it opened with
    await otherLaptop(decided('Edited on the other laptop after the team meeting.'));
    expect(judge(await stored())).toBe('load');
    expect(shown.at(-1)?.rationale).toBe('Edited on the other laptop after the team meeting.');
    expect(saver.latest().rationale).toBe('Edited on the other laptop after the team meeting.');
    expect(saver.isDirty()).toBe(false);
  });

  it('its own saves are not news', async () => {
    const { judge, saver, stored } = await openReview();
    saver.change(decided('Typed here and saved here, nothing else.'));
    await saver.flush();
    expect(judge(await stored())).toBe('ignore');
  });

  it('over unsaved typing, the typing is saved over the arrived decision, which is kept as a conflict copy', async () => {
    const { db, judge, saver, otherLaptop, stored } = await openReview();
    saver.change(decided('Typed here, not saved yet when the other arrived.'));
    await otherLaptop(decided('Edited on the other laptop meanwhile.'));
    expect(judge(await stored())).toBe('keep-as-conflict');
    await expect.poll(async () => (await findClinicRecords(db, 'conflict-copy')).length).toBe(1);
    const copy = (await findClinicRecords(db, 'conflict-copy'))[0];
    expect(JSON.stringify(copy?.data)).toContain('Edited on the other laptop meanwhile.');
    await saver.flush();
    expect((await stored()).decision.rationale).toBe('Typed here, not saved yet when the other arrived.');
  });
});
