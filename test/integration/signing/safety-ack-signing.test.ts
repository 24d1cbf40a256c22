import { describe, expect, it } from 'vitest';
import { findClinicRecords, insertClinicRecord, readKeyRecords, type WaypointDatabase } from '../../../renderer/db';
import { acknowledgeSafetyAlert } from '../../../renderer/features/safety-alerts/safety-ack-actions';
import { ackSubject, toSafetyAck, type SafetyAck } from '../../../renderer/features/safety-alerts/safety-alerts';
import { openSigningSession, type SigningSession } from '../../../renderer/signing/signing-session';
import { keyDirectoryOf, makeTrustRoot } from '../../../renderer/signing/trust';
import { webCryptoChecker } from '../../../renderer/signing/webcrypto-signing';
import { verifySignature } from '../../../shared/signing/verdict';
import { actorOn } from '../actions/actor';
import { crypto } from '../db-helpers';

async function acks(db: WaypointDatabase): Promise<SafetyAck[]> {
  return (await findClinicRecords(db, 'safety-ack')).flatMap((r) => toSafetyAck(r) ?? []);
}

async function verdictOf(db: WaypointDatabase, ack: SafetyAck, session: SigningSession) {
  const v = await verifySignature(await ackSubject(ack), await keyDirectoryOf(await readKeyRecords(db), session), webCryptoChecker);
  return v.state === 'warning' ? v.reason : v.state;
}

describe('signed safety responses on real storage', () => {
  it('verifies the author’s signed response; the same response relabelled to a colleague is not verified', async () => {
    const { ctx, db } = await actorOn('admin', 'admin-1');
    const session = await openSigningSession(
      db,
      { master: crypto.randomBytes(32), personal: crypto.randomBytes(32), clinicId: 'clinic-ack', user: { id: 'admin-1', role: 'admin' } },
      ctx.now(),
      crypto,
    );
    await makeTrustRoot(db, session, ctx.now());
    await acknowledgeSafetyAlert(ctx, 'client-1', { responseIds: ['r1'], action: 'other', note: 'Called the client; safe tonight.' });
    const [ack] = await acks(db);
    if (!ack) throw new Error('no acknowledgement stored');
    expect(await verdictOf(db, ack, session)).toBe('verified');

    const stored = (await findClinicRecords(db, 'safety-ack'))[0];
    if (!stored) throw new Error('no record');
    const copy = {
      kind: stored.kind,
      status: stored.status,
      refCollection: stored.refCollection,
      refId: stored.refId,
      data: stored.data,
      reason: stored.reason,
    };
    await insertClinicRecord(db, copy, { authorId: 'dana', now: new Date(stored.createdAt), id: 'forged-ack' });
    const forged = (await acks(db)).find((a) => a.id === 'forged-ack');
    if (!forged) throw new Error('no forged record');
    expect(await verdictOf(db, forged, session)).toBe('content-changed');
  });
});
