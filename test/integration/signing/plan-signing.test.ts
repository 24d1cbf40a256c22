import { describe, expect, it } from 'vitest';
import { insertStaff, getPlanVersion, getSafetyPlanVersion, readKeyRecords, type WaypointDatabase } from '../../../renderer/db';
import { cosignAsSupervisor, savePlan, signAsAuthor, startPlan } from '../../../renderer/features/plans/plan-actions';
import { saveSafetyPlan, signSafetyPlan, startSafetyPlan } from '../../../renderer/features/safety-plans/safety-plan-actions';
import type { ActorContext } from '../../../renderer/session';
import { openSigningSession, type SigningSession } from '../../../renderer/signing/signing-session';
import { certifySigningKey, keyDirectoryOf, makeTrustRoot } from '../../../renderer/signing/trust';
import { webCryptoChecker } from '../../../renderer/signing/webcrypto-signing';
import type { StaffRole } from '../../../shared/domain/staff';
import { planContentHash, type HashedVersion } from '../../../shared/progress/plans/plan-hash';
import { planSignatureSubject } from '../../../shared/progress/plans/plan-signatures';
import type { Signature } from '../../../shared/progress/plans/types';
import type { SafetyPlanVersion } from '../../../shared/progress/safety-plans';
import { verifySignature } from '../../../shared/signing/verdict';
import { line } from '../../unit/shared/progress/safety-plans/fixture';
import { actorOn } from '../actions/actor';
import { crypto } from '../db-helpers';
import { PLAN_START, signablePlan } from '../../unit/shared/progress/plan-fixture';

const master = crypto.randomBytes(32);
const personal = crypto.randomBytes(32);

function unlockAs(db: WaypointDatabase, id: string, role: StaffRole, at: Date): Promise<SigningSession> {
  return openSigningSession(db, { master, personal, clinicId: 'clinic-plans', user: { id, role } }, at, crypto);
}

async function state(db: WaypointDatabase, version: HashedVersion, s: Signature | undefined, session: SigningSession) {
  const subject = s ? await planSignatureSubject(version, s) : null;
  if (!subject) return 'no staff signature';
  const v = await verifySignature(subject, await keyDirectoryOf(await readKeyRecords(db), session), webCryptoChecker);
  return v.state === 'warning' ? v.reason : v.state;
}

/** The admin is the trust root; Dana, a supervised therapist, has a certified key. */
async function clinic() {
  const { ctx, db } = await actorOn('admin', 'admin-1');
  await insertStaff(db, { name: 'Dana Therapist', role: 'therapist', credentials: '', supervised: true }, { authorId: 'admin-1', now: ctx.now(), id: 'dana' });
  const admin = await unlockAs(db, 'admin-1', 'admin', ctx.now());
  await makeTrustRoot(db, admin, ctx.now());
  await unlockAs(db, 'dana', 'therapist', ctx.now());
  const danaKey = (await readKeyRecords(db)).keys.find((k) => k.userId === 'dana');
  if (!danaKey) throw new Error('Dana’s key was not published');
  await certifySigningKey(db, admin, danaKey, 'therapist', ctx.now());
  return { ctx, db, admin, dana: { ...ctx, actor: { id: 'dana', role: 'therapist' } } satisfies ActorContext };
}

describe('plan signatures on real storage', () => {
  it('verifies the author’s signature and the supervisor’s co-sign of a treatment plan version; a relabelled author is not verified', async () => {
    const { ctx, db, admin, dana } = await clinic();
    const draft = await savePlan(dana, signablePlan(await startPlan(dana, PLAN_START), 'dana'), true);
    await signAsAuthor(dana, 'v1', await planContentHash(draft));
    await unlockAs(db, 'admin-1', 'admin', ctx.now());
    const active = await cosignAsSupervisor(ctx, 'v1', draft.contentHash || (await planContentHash(draft)));
    expect(active.status).toBe('active');
    const stored = await getPlanVersion(db, 'v1');
    if (!stored) throw new Error('no version');
    const [author, supervisor] = stored.signatures;
    expect(await state(db, stored, author, admin)).toBe('verified');
    expect(await state(db, stored, supervisor, admin)).toBe('verified');
    // Someone with the clinic key names the admin as the author, keeping Dana's (copied) signature.
    const relabelled = author ? { ...author, signerId: 'admin-1', signerName: 'Alex Admin' } : undefined;
    expect(await state(db, stored, relabelled, admin)).toBe('other-user');
    // A changed plan under the stored hash and signatures.
    expect(await state(db, { ...stored, clientStatement: 'Changed.' }, author, admin)).toBe('content-changed');
    // Signed before signature keys: not verifiable, never verified.
    expect(await state(db, stored, author ? { ...author, key: undefined } : undefined, admin)).toBe('before-keys');
  });

  it('verifies the author’s signature of a safety plan version; a copied signature on another version is not verified', async () => {
    const { db, admin, dana } = await clinic();
    const draft = await startSafetyPlan(dana, 'c1', 'safety_plan', '2026-12-04');
    const filled: SafetyPlanVersion = {
      ...draft,
      createdWithClientPresent: true,
      reasonsForLiving: 'My kids',
      sections: Object.fromEntries(Object.entries(draft.sections).map(([id, entries]) => [id, entries.length > 0 ? entries : [line(`${id} line`)]])),
    };
    await saveSafetyPlan(dana, filled, true);
    const { version } = await signSafetyPlan(dana, draft.versionId, 'Dana Therapist');
    const stored = await getSafetyPlanVersion(db, version.versionId);
    if (!stored) throw new Error('no version');
    expect(await state(db, stored, stored.signatures[0], admin)).toBe('verified');
    const forged: SafetyPlanVersion = { ...stored, versionId: 'forged', reasonsForLiving: 'Nothing.' };
    const copy = { ...forged, contentHash: await planContentHash(forged) };
    const [author] = stored.signatures;
    expect(await state(db, copy, author ? { ...author, contentHash: copy.contentHash } : undefined, admin)).toBe('content-changed');
  });
});
