import { describe, expect, it } from 'vitest';
import { insertStaff, readKeyRecords, type WaypointDatabase } from '../../../renderer/db';
import { revokeKey } from '../../../renderer/features/signing-keys/revoke-actions';
import { signNoteDraft, startNote, saveNote } from '../../../renderer/features/notes/note-actions';
import { noteVerdicts } from '../../../renderer/signing/note-signatures';
import { openSigningSession, type SigningSession } from '../../../renderer/signing/signing-session';
import { certifySigningKey, makeTrustRoot } from '../../../renderer/signing/trust';
import type { ActorContext } from '../../../renderer/session';
import type { Note } from '../../../shared/domain/records';
import type { StaffRole } from '../../../shared/domain/staff';
import { actorOn, auditTrail } from '../actions/actor';
import { crypto } from '../db-helpers';

/** Revoking a key's certificate on real storage (issue 18 item 6). */

const CLINIC = 'clinic-revoke';
const master = crypto.randomBytes(32);
const personal = crypto.randomBytes(32);

function unlockAs(db: WaypointDatabase, id: string, role: StaffRole, at: Date): Promise<SigningSession> {
  return openSigningSession(db, { master, personal, clinicId: CLINIC, user: { id, role } }, at, crypto);
}

async function signedNoteBy(ctx: ActorContext, text: string): Promise<Note> {
  const draft = await startNote(ctx, { clientId: 'client-1', sessionId: '', templateId: 'progress' });
  await saveNote(ctx, draft.id, { sections: [{ key: 'progress', heading: 'Progress note', html: `<p>${text}</p>` }], risk: { level: 'none', text: '' } }, true);
  return signNoteDraft(ctx, draft.id);
}

/** A clinic with its trust root, and Dana, a therapist whose key the admin certified. */
async function clinic() {
  const { ctx, db, tick } = await actorOn('admin', 'admin-1');
  const staff = (name: string, role: StaffRole, id: string) =>
    insertStaff(db, { name, role, credentials: '', supervised: false }, { authorId: 'admin-1', now: ctx.now(), id });
  await staff('Avery Admin', 'admin', 'admin-1');
  await staff('Dana Therapist', 'therapist', 'dana');
  await unlockAs(db, 'dana', 'therapist', ctx.now());
  const admin = await unlockAs(db, 'admin-1', 'admin', ctx.now());
  await makeTrustRoot(db, admin, ctx.now());
  const danaKey = (await readKeyRecords(db)).keys.find((k) => k.userId === 'dana');
  if (!danaKey) throw new Error('Dana’s key was not published');
  await certifySigningKey(db, admin, danaKey, 'therapist', ctx.now());
  return { ctx, db, tick, danaKey, dana: { ...ctx, actor: { id: 'dana', role: 'therapist' } } satisfies ActorContext };
}

describe('revoking a signing key', () => {
  it('keeps Dana’s earlier note verified (saying the key was revoked) and refuses her note signed after the revocation', async () => {
    const { ctx, db, tick, danaKey, dana } = await clinic();
    await unlockAs(db, 'dana', 'therapist', ctx.now());
    tick();
    const before = await signedNoteBy(dana, 'Signed while Dana worked here.');

    const admin = await unlockAs(db, 'admin-1', 'admin', ctx.now());
    tick();
    const revokedAt = ctx.now().toISOString();
    await revokeKey(ctx, danaKey, '  Left the clinic  ');

    await unlockAs(db, 'dana', 'therapist', ctx.now());
    tick();
    const after = await signedNoteBy(dana, 'Signed after the revocation.');

    const records = await readKeyRecords(db);
    expect(records.revocations).toHaveLength(1);
    const revoked = { at: revokedAt, byId: 'admin-1', reason: 'Left the clinic' };
    expect((await noteVerdicts(before, [], records, admin)).get(before.id)).toEqual({ state: 'verified', signerId: 'dana', revoked });
    expect((await noteVerdicts(after, [], records, admin)).get(after.id)).toEqual({ state: 'warning', reason: 'revoked', revoked });
    // Certifications are unaffected: the key is still known and certified, only its later signatures fail.
    expect(records.certificates.filter((c) => c.keyId === danaKey.keyId)).toHaveLength(1);
    expect((await auditTrail(db)).find((e) => e.detail.startsWith('Revoked signing key'))).toMatchObject({
      action: 'sign',
      entity: 'staff',
      entityId: 'dana',
      actorId: 'admin-1',
      detail: `Revoked signing key ${danaKey.keyId} (laptop ${danaKey.laptopId.slice(0, 12)}): Left the clinic`,
    });
  });

  it('refuses a revocation without a reason, by a therapist, or twice with the same key', async () => {
    const { ctx, db, danaKey, dana } = await clinic();
    await expect(revokeKey(ctx, danaKey, '   ')).rejects.toThrow(/reason/);
    await unlockAs(db, 'dana', 'therapist', ctx.now());
    await expect(revokeKey(dana, danaKey, 'Testing')).rejects.toThrow(/Only an admin revokes/);
    await unlockAs(db, 'admin-1', 'admin', ctx.now());
    await revokeKey(ctx, danaKey, 'Laptop lost');
    await expect(revokeKey(ctx, danaKey, 'Again')).rejects.toThrow(/already revoked/);
    expect((await readKeyRecords(db)).revocations).toHaveLength(1);
  });
});
