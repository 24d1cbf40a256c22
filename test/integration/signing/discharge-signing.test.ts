import { describe, expect, it } from 'vitest';
import { insertStaff, findDischargeSummaries, readKeyRecords, type WaypointDatabase } from '../../../renderer/db';
import { createClientRecord } from '../../../renderer/features/clients/client-actions';
import {
  addDischargeAddendum,
  cosignDischargeSummary,
  signDischargeSummaryAction,
  startDischargeSummary,
} from '../../../renderer/features/discharge/discharge-actions';
import { recordDischarge, recordLevelOfCareChange } from '../../../renderer/features/episodes/episode-actions';
import type { ActorContext } from '../../../renderer/session';
import { openSigningSession, type SigningSession } from '../../../renderer/signing/signing-session';
import { certifySigningKey, keyDirectoryOf, makeTrustRoot } from '../../../renderer/signing/trust';
import { webCryptoChecker } from '../../../renderer/signing/webcrypto-signing';
import type { StaffRole } from '../../../shared/domain/staff';
import { DEFAULT_LEVELS_OF_CARE as LEVELS } from '../../../shared/progress/episodes';
import {
  dischargeAddendumSubject,
  dischargeContentHash,
  dischargeCosignSubject,
  dischargeSubject,
  type DischargeSummary,
  type DischargeSummaryContent,
} from '../../../shared/reports';
import { verifySignature, type SignedSubject } from '../../../shared/signing/verdict';
import { actorOn } from '../actions/actor';
import { crypto } from '../db-helpers';
import { ZOE } from '../../utils/client-input';

const master = crypto.randomBytes(32);
const personal = crypto.randomBytes(32);

function unlockAs(db: WaypointDatabase, id: string, role: StaffRole, at: Date): Promise<SigningSession> {
  return openSigningSession(db, { master, personal, clinicId: 'clinic-discharge', user: { id, role } }, at, crypto);
}

async function state(db: WaypointDatabase, subject: SignedSubject, session: SigningSession) {
  const v = await verifySignature(subject, await keyDirectoryOf(await readKeyRecords(db), session), webCryptoChecker);
  return v.state === 'warning' ? v.reason : v.state;
}

function complete(c: DischargeSummaryContent): DischargeSummaryContent {
  return {
    narrative: { ...c.narrative, courseOfTreatment: 'Twelve groups and four individual sessions.', riskStatement: 'Low risk; no ideation.' },
    aftercare: {
      ...c.aftercare,
      providerName: 'Dr Rowan Pike',
      providerPhone: '555 0100',
      firstAppointmentAt: '2026-12-08T10:30',
      ifSymptomsRecur: 'Call the clinic or 988.',
    },
  };
}

/** Terry, a supervised therapist with a certified key, signs the summary of a discharged client; the admin is the trust root. */
async function signedByTerry() {
  const { ctx, db } = await actorOn('therapist', 'staff-therapist');
  const admin: ActorContext = { ...ctx, actor: { id: 'admin-1', role: 'admin' } };
  await insertStaff(
    db,
    { name: 'Terry Therapist', role: 'therapist', credentials: 'AMFT', supervised: true },
    { authorId: 'admin-1', now: ctx.now(), id: 'staff-therapist' },
  );
  const adminSession = await unlockAs(db, 'admin-1', 'admin', ctx.now());
  await makeTrustRoot(db, adminSession, ctx.now());
  await unlockAs(db, 'staff-therapist', 'therapist', ctx.now());
  const key = (await readKeyRecords(db)).keys.find((k) => k.userId === 'staff-therapist');
  if (!key) throw new Error('Terry’s key was not published');
  await certifySigningKey(db, adminSession, key, 'therapist', ctx.now());
  const client = await createClientRecord(ctx, ZOE);
  const admission = { type: 'admission', occurredOn: '2026-11-01', levelOfCareCode: 'IOP', coding: null, reason: '', note: '' } as const;
  await recordLevelOfCareChange(ctx, client, admission, LEVELS);
  await recordDischarge(ctx, client, { dischargeDate: '2026-12-01', dischargeReason: 'Completed program', dischargeNote: 'Met her goals' }, LEVELS);
  const draft = await startDischargeSummary(ctx, client.id, 'Harbor Light');
  const summary = await signDischargeSummaryAction(ctx, draft.id, complete(draft.content), 'Harbor Light');
  return { ctx, db, admin, adminSession, summary };
}

describe('discharge summary signatures on real storage', () => {
  it('verifies the author’s signature, the admin’s co-sign and an addendum; a relabelled addendum is not verified', async () => {
    const { ctx, db, admin, adminSession, summary } = await signedByTerry();
    expect(summary.signature?.key?.purpose).toBe('discharge');
    expect(await state(db, await dischargeSubject(summary), adminSession)).toBe('verified');
    await unlockAs(db, 'admin-1', 'admin', ctx.now());
    await cosignDischargeSummary(admin, summary.id);
    const [cosign] = (await findDischargeSummaries(db, summary.clientId)).cosigns;
    if (!cosign) throw new Error('no co-sign stored');
    expect(await state(db, await dischargeCosignSubject(cosign, summary), adminSession)).toBe('verified');
    await addDischargeAddendum(admin, summary.id, 'Follow-up call made.');
    const [addendum] = (await findDischargeSummaries(db, summary.clientId)).addenda;
    if (!addendum) throw new Error('no addendum stored');
    expect(await state(db, await dischargeAddendumSubject(addendum, summary), adminSession)).toBe('verified');
    expect(await state(db, await dischargeAddendumSubject({ ...addendum, text: 'Client refused follow-up.' }, summary), adminSession)).toBe('content-changed');
  });

  it('does not verify a summary "signed by" someone else with a copied signature; one signed before keys is not verifiable', async () => {
    const { db, adminSession, summary } = await signedByTerry();
    const signature = summary.signature;
    if (!signature) throw new Error('not signed');
    // Someone with the clinic key writes the same summary as the admin's, keeping Terry's signature.
    const body: DischargeSummary = {
      ...summary,
      id: 'ds-forged',
      authorId: 'admin-1',
      signature: { ...signature, signerId: 'admin-1', signerName: 'Alex Admin' },
    };
    const forged = { ...body, contentHash: await dischargeContentHash(body) };
    expect(await state(db, await dischargeSubject(forged), adminSession)).toBe('content-changed');
    // The same signature relabelled to the admin on the very summary Terry signed.
    expect(await state(db, await dischargeSubject({ ...summary, signature: { ...signature, signerId: 'admin-1' } }), adminSession)).toBe('other-user');
    const before = {
      signerId: signature.signerId,
      signerName: signature.signerName,
      credentials: signature.credentials,
      signedAt: signature.signedAt,
      contentHash: signature.contentHash,
    };
    expect(await state(db, await dischargeSubject({ ...summary, signature: before }), adminSession)).toBe('before-keys');
  });
});
