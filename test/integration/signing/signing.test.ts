import { describe, expect, it } from 'vitest';
import { insertStaff, insertNote, readKeyRecords, type WaypointDatabase } from '../../../renderer/db';
import { cosignNoteRecord, signNoteDraft, startNote, saveNote } from '../../../renderer/features/notes/note-actions';
import { noteVerdicts } from '../../../renderer/signing/note-signatures';
import { openSigningSession, type SigningSession } from '../../../renderer/signing/signing-session';
import { certifySigningKey, makeTrustRoot } from '../../../renderer/signing/trust';
import { noteContentHash } from '../../../shared/domain/note-integrity';
import type { Note } from '../../../shared/domain/records';
import type { StaffRole } from '../../../shared/domain/staff';
import type { SignatureVerdict } from '../../../shared/signing/verdict';
import { SIGNATURE_ALGORITHM, signatureBytes } from '../../../shared/signing/signing-types';
import { signBytes } from '../../../renderer/signing/webcrypto-signing';
import type { ActorContext } from '../../../renderer/session';
import { actorOn } from '../actions/actor';
import { crypto } from '../db-helpers';

const CLINIC = 'clinic-sign';
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

async function verdict(db: WaypointDatabase, note: Note, session: SigningSession, records: readonly Note[] = []): Promise<SignatureVerdict | undefined> {
  return (await noteVerdicts(note, records, await readKeyRecords(db), session)).get(note.id);
}

const state = (v: SignatureVerdict | undefined) => (v?.state === 'warning' ? v.reason : v?.state);

/** A clinic whose first admin's key is the trust root, and Dana, a therapist, on the same database. */
async function clinic() {
  const { ctx, db } = await actorOn('admin', 'admin-1');
  await insertStaff(db, { name: 'Dana Therapist', role: 'therapist', credentials: '', supervised: false }, { authorId: 'admin-1', now: ctx.now(), id: 'dana' });
  const admin = await unlockAs(db, 'admin-1', 'admin', ctx.now());
  await makeTrustRoot(db, admin, ctx.now());
  return { ctx, db, admin, dana: { ...ctx, actor: { id: 'dana', role: 'therapist' } } satisfies ActorContext };
}

describe('note signatures on real storage', () => {
  it('verifies the admin’s signed note and refuses a forged "Signed by" with a copied signature', async () => {
    const { ctx, db, admin } = await clinic();
    const real = await signedNoteBy(ctx, 'Real session.');
    expect(await verdict(db, real, admin)).toEqual({ state: 'verified', signerId: 'admin-1' });

    // Someone with the clinic key writes a note "signed by" the admin, copying the real note's signature.
    const body = { ...real, id: 'forged', sections: [{ key: 'progress', heading: 'Progress note', html: '<p>Forged.</p>' }] };
    const forged = await insertNote(db, { ...body, contentHash: await noteContentHash(body) }, { authorId: 'admin-1', now: ctx.now(), id: 'forged' });
    expect(state(await verdict(db, forged, admin))).toBe('content-changed');
  });

  it('refuses a note "signed by" the admin with another user’s key, even one claiming the admin’s name', async () => {
    const { ctx, db } = await clinic();
    const danaSession = await unlockAs(db, 'dana', 'therapist', ctx.now());
    const byDana = await signedNoteBy({ ...ctx, actor: { id: 'dana', role: 'therapist' } }, 'Dana signs.');
    // A forger holding Dana's key writes a note authored by the admin and signs it, naming the admin as signer.
    const body = { ...byDana, id: 'forged', authorId: 'admin-1' };
    const contentHash = await noteContentHash(body);
    const claim = { purpose: 'note', contentHash, signerId: 'admin-1', keyId: danaSession.key.keyId, signedAt: ctx.now().toISOString() } as const;
    const signature = { v: 1, alg: SIGNATURE_ALGORITHM, ...claim, sig: await signBytes(danaSession.key.privateKey, signatureBytes(claim)) };
    const forged = await insertNote(db, { ...body, contentHash, signature }, { authorId: 'admin-1', now: ctx.now(), id: 'forged' });
    const admin = await unlockAs(db, 'admin-1', 'admin', ctx.now());
    expect(state(await verdict(db, forged, admin))).toBe('other-user');
    expect(state(await verdict(db, byDana, admin))).toBe('uncertified-key');
  });

  it('certifies Dana’s key: her note then verifies, and so does the admin’s co-sign of it', async () => {
    const { ctx, db, dana } = await clinic();
    const danaSession = await unlockAs(db, 'dana', 'therapist', ctx.now());
    const note = await signedNoteBy(dana, 'Before certification.');
    expect(state(await verdict(db, note, danaSession))).toBe('uncertified-key');

    const admin = await unlockAs(db, 'admin-1', 'admin', ctx.now());
    const danaKey = (await readKeyRecords(db)).keys.find((k) => k.userId === 'dana');
    if (!danaKey) throw new Error('Dana’s key was not published');
    await certifySigningKey(db, admin, danaKey, 'therapist', ctx.now());
    expect(state(await verdict(db, note, admin))).toBe('verified');

    const cosign = await cosignNoteRecord(ctx, note.id);
    expect(state((await noteVerdicts(note, [cosign], await readKeyRecords(db), admin)).get(cosign.id))).toBe('verified');
  });

  it('lets only an admin with a certified key certify', async () => {
    const { ctx, db } = await clinic();
    const danaSession = await unlockAs(db, 'dana', 'therapist', ctx.now());
    const own = (await readKeyRecords(db)).keys.find((k) => k.userId === 'dana');
    if (!own) throw new Error('no key');
    await expect(certifySigningKey(db, danaSession, own, 'admin', ctx.now())).rejects.toThrow(/Only an admin/);
  });

  it('reads a note signed before keys as not verifiable, never verified', async () => {
    const { ctx, db, admin } = await clinic();
    const old = await insertNote(
      db,
      {
        kind: 'note',
        status: 'signed',
        clientId: 'c1',
        sessionId: '',
        parentId: '',
        templateId: 'progress',
        cosignerId: '',
        signedAt: ctx.now().toISOString(),
        title: '',
        sections: [{ key: 'progress', heading: 'Progress note', html: '<p>old</p>' }],
      },
      { authorId: 'admin-1', now: ctx.now() },
    );
    expect(state(await verdict(db, { ...old, contentHash: await noteContentHash(old) }, admin))).toBe('before-keys');
  });
});
