import { describe, expect, it } from 'vitest';
import { getStaff, insertStaff, readKeyRecords, storeCertificate, type WaypointDatabase } from '../../../renderer/db';
import { deactivateStaffMember } from '../../../renderer/features/staff/staff-actions';
import { revokeKey } from '../../../renderer/features/signing-keys/revoke-actions';
import { signNoteDraft, startNote, saveNote } from '../../../renderer/features/notes/note-actions';
import { noteVerdicts } from '../../../renderer/signing/note-signatures';
import { openSigningSession, type SigningSession } from '../../../renderer/signing/signing-session';
import { certifySigningKey, makeTrustRoot } from '../../../renderer/signing/trust';
import { signBytes } from '../../../renderer/signing/webcrypto-signing';
import { certificateBytes, type SigningKey } from '../../../shared/signing/signing-types';
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

/** The clinic, with a note Dana signed while she worked here, then the admin signed in (a minute later each). */
async function danaSignedThenAdmin() {
  const c = await clinic();
  await unlockAs(c.db, 'dana', 'therapist', c.ctx.now());
  c.tick();
  const before = await signedNoteBy(c.dana, 'Signed while Dana worked here.');
  const admin = await unlockAs(c.db, 'admin-1', 'admin', c.ctx.now());
  c.tick();
  return { ...c, before, admin };
}

describe('revoking a signing key', () => {
  it('keeps Dana’s earlier note verified (saying the key was revoked) and refuses her note signed after the revocation', async () => {
    const { ctx, db, tick, danaKey, dana, before, admin } = await danaSignedThenAdmin();
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

  it('deactivating Dana with “revoke her signing keys” revokes them in the same step: her note from before stays verified', async () => {
    const { ctx, db, tick, danaKey, dana, before, admin } = await danaSignedThenAdmin();
    const deactivatedAt = ctx.now().toISOString();
    const member = await getStaff(db, 'dana');
    if (!member) throw new Error('Dana is not on staff');

    expect(await deactivateStaffMember(ctx, member, true)).toEqual({ keys: { revoked: 1, already: 0, root: 0 }, keysProblem: '' });

    // Her laptop, kept after she left, still signs: those signatures are not verified.
    await unlockAs(db, 'dana', 'therapist', ctx.now());
    tick();
    const after = await signedNoteBy(dana, 'Signed after she was deactivated.');
    const records = await readKeyRecords(db);
    const revoked = { at: deactivatedAt, byId: 'admin-1', reason: 'Deactivated' };
    expect((await noteVerdicts(before, [], records, admin)).get(before.id)).toEqual({ state: 'verified', signerId: 'dana', revoked });
    expect((await noteVerdicts(after, [], records, admin)).get(after.id)).toEqual({ state: 'warning', reason: 'revoked', revoked });
    expect((await getStaff(db, 'dana'))?.active).toBe(false);
    const trail = (await auditTrail(db)).filter((e) => e.entityId === 'dana' && e.actorId === 'admin-1');
    expect(trail.slice(-2)).toMatchObject([
      { action: 'edit', entity: 'staff', detail: 'Deactivated' },
      { action: 'sign', entity: 'staff', detail: `Revoked signing key ${danaKey.keyId} (laptop ${danaKey.laptopId.slice(0, 12)}): Deactivated` },
    ]);
  });

  it('deactivating without the option revokes nothing; the trust root’s own key is never revoked from there', async () => {
    const { ctx, db } = await clinic();
    await unlockAs(db, 'admin-1', 'admin', ctx.now());
    const dana = await getStaff(db, 'dana');
    const avery = await getStaff(db, 'admin-1');
    if (!dana || !avery) throw new Error('staff missing');
    expect(await deactivateStaffMember(ctx, dana, false)).toEqual({ keys: null, keysProblem: '' });
    expect((await readKeyRecords(db)).revocations).toHaveLength(0);
    expect(await deactivateStaffMember(ctx, avery, true)).toEqual({ keys: { revoked: 0, already: 0, root: 1 }, keysProblem: '' });
    expect((await readKeyRecords(db)).revocations).toHaveLength(0);
  });

  it('a certificate a revoked admin key issues afterwards does not chain (the verdict says why); one it issued before stays valid', async () => {
    const { ctx, db, tick } = await clinic();
    const addStaff = (id: string, name: string, role: StaffRole) =>
      insertStaff(db, { name, role, credentials: '', supervised: false }, { authorId: 'admin-1', now: ctx.now(), id });
    await addStaff('sam', 'Sam Admin', 'admin');
    await addStaff('nico', 'Nico Therapist', 'therapist');
    await addStaff('rae', 'Rae Therapist', 'therapist');
    const sam = await unlockAs(db, 'sam', 'admin', ctx.now());
    await unlockAs(db, 'nico', 'therapist', ctx.now());
    await unlockAs(db, 'rae', 'therapist', ctx.now());
    const root = await unlockAs(db, 'admin-1', 'admin', ctx.now());
    const keys = (await readKeyRecords(db)).keys;
    const keyOf = (userId: string) => {
      const key = keys.find((k) => k.userId === userId);
      if (!key) throw new Error(`${userId}’s key was not published`);
      return key;
    };
    await certifySigningKey(db, root, keyOf('sam'), 'admin', ctx.now());
    tick();
    // What Sam's key signs (the app refuses once it is revoked; whoever kept his laptop's key need not ask the app).
    const samCertifies = async (subject: SigningKey) => {
      const at = ctx.now();
      const claim = { clinicId: CLINIC, keyId: subject.keyId, userId: subject.userId, laptopId: subject.laptopId, publicKey: subject.publicKey };
      const full = { ...claim, role: 'therapist', certifiedAt: at.toISOString(), issuerId: 'sam', issuerKeyId: sam.key.keyId };
      await storeCertificate(db, { v: 1, ...full, sig: await signBytes(sam.key.privateKey, certificateBytes(full)) }, { authorId: 'sam', now: at });
      tick();
    };
    await samCertifies(keyOf('nico'));
    const revokedAt = ctx.now().toISOString();
    await revokeKey(ctx, keyOf('sam'), 'Laptop lost');
    tick();
    await samCertifies(keyOf('rae'));

    const signed: Note[] = [];
    for (const id of ['nico', 'rae'] as const) {
      await unlockAs(db, id, 'therapist', ctx.now());
      signed.push(await signedNoteBy({ ...ctx, actor: { id, role: 'therapist' } }, `Signed by ${id}.`));
    }
    const [nicoNote, raeNote] = signed;
    if (!nicoNote || !raeNote) throw new Error('notes not signed');
    const records = await readKeyRecords(db);
    expect((await noteVerdicts(nicoNote, [], records, root)).get(nicoNote.id)).toEqual({ state: 'verified', signerId: 'nico' });
    expect((await noteVerdicts(raeNote, [], records, root)).get(raeNote.id)).toEqual({
      state: 'warning',
      reason: 'issuer-revoked',
      revoked: { at: revokedAt, byId: 'admin-1', reason: 'Laptop lost' },
    });
  });
});
