import { describe, expect, it } from 'vitest';
import { insertClinicRecord, readKeyRecords } from '../../../renderer/db';
import { signNoteDraft, startNote, saveNote } from '../../../renderer/features/notes/note-actions';
import type { ActorContext } from '../../../renderer/session';
import { noteVerdicts } from '../../../renderer/signing/note-signatures';
import { readPinnedRoot } from '../../../renderer/signing/private-keys';
import { currentSigningSession, signingStore } from '../../../renderer/signing/signing-session';
import { certificateBytes } from '../../../shared/signing/signing-types';
import { fingerprintOf, generateSigningKeyPair, importPrivateKey, signBytes } from '../../../renderer/signing/webcrypto-signing';
import { deleteDatabase, laptop, noProgress, storedDatabaseNames, unlocked } from '../backup-fixture';
import { setUpClinic } from '../vault-helpers';

/**
 * Restoring a backup onto a new laptop pins the clinic's signing trust root from the backup (issue 18 item 6), so a
 * note the admin signed before the backup still reads "Signature of … verified" there, never "no trust root".
 */

/** Someone holding the clinic key adds a second self-certified "admin" key: no laptop can then pin on first sight. */
async function plantSecondRoot(ctx: ActorContext, clinicId: string): Promise<void> {
  const pair = await generateSigningKeyPair();
  const keyId = await fingerprintOf(pair.publicKey);
  const claim = { clinicId, keyId, userId: 'mallory', laptopId: 'laptop-m', publicKey: pair.publicKey, role: 'admin' };
  const cert = { ...claim, certifiedAt: ctx.now().toISOString(), issuerId: 'mallory', issuerKeyId: keyId };
  const sig = await signBytes(await importPrivateKey(pair.pkcs8), certificateBytes(cert));
  const data = { v: 1, ...cert, sig };
  await insertClinicRecord(
    ctx.db,
    { kind: 'key-certificate', status: 'open', refCollection: 'staff', refId: 'mallory', data, reason: '' },
    { authorId: 'mallory', now: ctx.now(), id: `key-certificate.${keyId}.${keyId}` },
  );
}

/** A clinic whose admin signed a note, backed up; then "another computer": its databases and signing store emptied. */
async function backedUpSignedNote(options: { readonly plant: boolean; readonly unpinned?: boolean }) {
  const { controller, recoveryKey, adminId } = await setUpClinic();
  const { db, vault } = unlocked(controller.getState());
  const ctx: ActorContext = { db, actor: { id: adminId, role: 'admin' }, now: () => new Date('2026-12-04T10:31:00Z') };
  const draft = await startNote(ctx, { clientId: 'client-1', sessionId: '', templateId: 'progress' });
  await saveNote(ctx, draft.id, { sections: [{ key: 'progress', heading: 'Progress note', html: '<p>Signed.</p>' }], risk: { level: 'none', text: '' } }, true);
  const note = await signNoteDraft(ctx, draft.id);
  if (options.plant) await plantSecondRoot(ctx, vault.clinicId);
  const root = await readPinnedRoot(await signingStore(), vault.clinicId);
  if (options.unpinned) await (await signingStore()).delete(`root/${vault.clinicId}`);
  const { text } = await controller.backUp(noProgress);
  await controller.lock('button');
  await Promise.all((await storedDatabaseNames(vault.clinicId)).map((name) => deleteDatabase(name)));
  await (await signingStore()).delete(`root/${vault.clinicId}`);
  return { text, recoveryKey, adminId, note, root, clinicId: vault.clinicId };
}

async function restoredVerdict(backup: Awaited<ReturnType<typeof backedUpSignedNote>>) {
  const { controller } = await laptop();
  const opened = await controller.openBackup(backup.text, backup.recoveryKey);
  await controller.restoreBackup({ opened, userId: backup.adminId, passphrase: 'a brand new passphrase' }, noProgress);
  const { db } = unlocked(controller.getState());
  const pinned = await readPinnedRoot(await signingStore(), backup.clinicId);
  const restored = await db.notes.findOne(backup.note.id).exec();
  const note = restored?.toMutableJSON(false);
  if (!note) throw new Error('the signed note was not restored');
  const verdict = (await noteVerdicts(note, [], await readKeyRecords(db), currentSigningSession())).get(note.id);
  return { pinned, verdict };
}

describe('the trust root after a restore onto a new laptop', () => {
  it('pins the backup’s root at once, and the admin’s signed note verifies', async () => {
    const backup = await backedUpSignedNote({ plant: false });
    expect(backup.root).not.toBe('');
    const { pinned, verdict } = await restoredVerdict(backup);
    expect(pinned).toBe(backup.root);
    expect(verdict).toEqual({ state: 'verified', signerId: backup.adminId });
  });

  it('pins the backup’s root even when someone planted a second self-certified admin key (no trust on first sight)', async () => {
    const backup = await backedUpSignedNote({ plant: true });
    const { pinned, verdict } = await restoredVerdict(backup);
    expect(verdict).toEqual({ state: 'verified', signerId: backup.adminId });
    expect(pinned).toBe(backup.root);
  });

  it('re-derives the root from the restored certificates when the backup names none (an older backup)', async () => {
    const backup = await backedUpSignedNote({ plant: false, unpinned: true });
    const { pinned, verdict } = await restoredVerdict(backup);
    expect(pinned).toBe(backup.root);
    expect(verdict).toEqual({ state: 'verified', signerId: backup.adminId });
  });
});
