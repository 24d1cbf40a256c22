import { describe, expect, it } from 'vitest';
import { insertStaff, findReviewsForClient, readKeyRecords, type WaypointDatabase } from '../../../renderer/db';
import { addReviewAddendum, cosignReview, refreshReviewEvidence, signReview, startReview } from '../../../renderer/features/reviews/review-actions';
import type { ActorContext } from '../../../renderer/session';
import { openSigningSession, type SigningSession } from '../../../renderer/signing/signing-session';
import { certifySigningKey, keyDirectoryOf, makeTrustRoot } from '../../../renderer/signing/trust';
import { webCryptoChecker } from '../../../renderer/signing/webcrypto-signing';
import type { StaffRole } from '../../../shared/domain/staff';
import { DEFAULT_PROGRESS_RULE_PARAMS, type ReviewSnapshot } from '../../../shared/progress';
import { reviewContentHash, reviewRecordOf } from '../../../shared/progress/reviews/review-record';
import { reviewAttachmentSubject, reviewSubject } from '../../../shared/progress/reviews/review-signatures';
import { EMPTY_DECISION, type ProgressReview } from '../../../shared/progress/reviews/review-types';
import type { SignedSubject } from '../../../shared/signing/verdict';
import { verifySignature } from '../../../shared/signing/verdict';
import { DISENGAGED_SNAPSHOT } from '../../unit/shared/progress/reviews/review-fixture';
import { actorOn } from '../actions/actor';
import { crypto } from '../db-helpers';

const master = crypto.randomBytes(32);
const personal = crypto.randomBytes(32);
/** Disengaging and not improving: PHQ-9 18 → 17 → 18 → 19, no objective met. */
const SNAPSHOT: ReviewSnapshot = {
  ...DISENGAGED_SNAPSHOT,
  primary: { instrument: 'PHQ-9', baseline: 18, scores: [17, 18, 19], lastAdministeredDaysAgo: 2 },
  objectives: { active: 2, met: 0 },
};

function unlockAs(db: WaypointDatabase, id: string, role: StaffRole, at: Date): Promise<SigningSession> {
  return openSigningSession(db, { master, personal, clinicId: 'clinic-reviews', user: { id, role } }, at, crypto);
}

async function state(db: WaypointDatabase, subject: SignedSubject, session: SigningSession) {
  const v = await verifySignature(subject, await keyDirectoryOf(await readKeyRecords(db), session), webCryptoChecker);
  return v.state === 'warning' ? v.reason : v.state;
}

/** Dana (a supervised therapist with a certified key) signs a review her supervisor, the admin, must co-sign. */
async function signedByDana() {
  const { ctx, db, tick } = await actorOn('admin', 'admin-1');
  await insertStaff(db, { name: 'Dana Therapist', role: 'therapist', credentials: '', supervised: true }, { authorId: 'admin-1', now: ctx.now(), id: 'dana' });
  const admin = await unlockAs(db, 'admin-1', 'admin', ctx.now());
  await makeTrustRoot(db, admin, ctx.now());
  const dana: ActorContext = { ...ctx, actor: { id: 'dana', role: 'therapist' } };
  await unlockAs(db, 'dana', 'therapist', ctx.now());
  const danaKey = (await readKeyRecords(db)).keys.find((k) => k.userId === 'dana');
  if (!danaKey) throw new Error('Dana’s key was not published');
  await certifySigningKey(db, admin, danaKey, 'therapist', ctx.now());
  const draft = await startReview(dana, { clientId: 'c1', asOfDate: '2026-12-04', dueOn: '2026-12-05', planVersionId: 'pv1' });
  await refreshReviewEvidence(dana, draft.id, { evidence: null, snapshot: SNAPSHOT }, DEFAULT_PROGRESS_RULE_PARAMS);
  tick();
  const review = await signReview(dana, draft.id, {
    ...EMPTY_DECISION,
    decision: 'continue',
    overrideReason: 'client_preference',
    rationale: 'Two more weeks of groups first.',
  });
  return { ctx, db, dana, admin, review, tick };
}

describe('progress review signatures on real storage', () => {
  it('verifies the author’s signature, the supervisor’s co-sign and an addendum', async () => {
    const { ctx, db, admin, review, tick } = await signedByDana();
    expect(review.signatures[0]?.key?.purpose).toBe('review');
    await unlockAs(db, 'admin-1', 'admin', ctx.now());
    tick();
    await cosignReview(ctx, review.id);
    await addReviewAddendum(ctx, review.id, 'Family call booked.');
    const { attachments } = await findReviewsForClient(db, 'c1');
    expect(attachments).toHaveLength(2);
    expect(await state(db, await reviewSubject(review), admin)).toBe('verified');
    for (const a of attachments) expect(await state(db, await reviewAttachmentSubject(a, review), admin)).toBe('verified');
  });

  it('does not verify a review "signed by" someone else with a copied signature, nor a relabelled co-sign', async () => {
    const { ctx, db, admin, review } = await signedByDana();
    // Someone with the clinic key writes the same review as the admin's, copying Dana's signature.
    const body: ProgressReview = { ...review, id: 'rv-forged', authorId: 'admin-1' };
    const forged: ProgressReview = { ...body, contentHash: await reviewContentHash(body) };
    await db.careplans.insert(reviewRecordOf(forged));
    expect(await state(db, await reviewSubject(forged), admin)).toBe('content-changed');
    // Dana's signature relabelled as the review author's co-sign by the admin.
    const key = review.signatures[0]?.key;
    const cosign = {
      id: `${review.id}.cosign`,
      reviewId: review.id,
      clientId: 'c1',
      entry: 'cosign',
      text: '',
      signerId: 'admin-1',
      signedAt: ctx.now().toISOString(),
      signature: key,
    } as const;
    expect(await state(db, await reviewAttachmentSubject(cosign, review), admin)).toBe('content-changed');
    // A changed decision under the stored hash and signature.
    const altered = { ...review, decision: { ...review.decision, rationale: 'Discharge now.' } };
    expect(await state(db, await reviewSubject(altered), admin)).toBe('content-changed');
  });

  it('reads a review signed before keys as not verifiable, never verified', async () => {
    const { db, admin, review } = await signedByDana();
    const old: ProgressReview = {
      ...review,
      signatures: review.signatures.map((s) => ({
        role: s.role,
        signerId: s.signerId,
        signedAt: s.signedAt,
        attestation: s.attestation,
        contentHash: s.contentHash,
      })),
    };
    expect(await state(db, await reviewSubject(old), admin)).toBe('before-keys');
  });
});
