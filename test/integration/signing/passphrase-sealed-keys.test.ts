import { describe, expect, it } from 'vitest';
import { readKeyRecords } from '../../../renderer/db';
import { encryptionKeySlot } from '../../../renderer/member-keys/local-keys';
import { renewRevokedKey } from '../../../renderer/signing/renew-key';
import { revokeSigningKey } from '../../../renderer/signing/revocation';
import { openPrivateKey, sealPrivateKey, userWrapKey, addPendingCopy, type KeyOwner } from '../../../renderer/signing/sealed-private-key';
import { signingKeySlot } from '../../../renderer/signing/private-keys';
import { currentSigningSession, signerFor, signingStore } from '../../../renderer/signing/signing-session';
import { certifySigningKey, keyDirectoryOf } from '../../../renderer/signing/trust';
import { fingerprintOf, generateSigningKeyPair, webCryptoChecker } from '../../../renderer/signing/webcrypto-signing';
import { EnvelopeError, openBytes, sealBytes } from '../../../shared/crypto/envelope';
import { verifySignature } from '../../../shared/signing/verdict';
import { crypto } from '../db-helpers';
import { ADMIN, auditTrail, inPhase, setUpClinic, TESS } from '../vault-helpers';

/**
 * Issue 18 item 6: the private signing and encryption keys are sealed under the user's passphrase (its personal key),
 * not only under the clinic's master key, on real storage (the vault and key stores on IndexedDB, RxDB records).
 */

const NEW_PASSPHRASE = 'a brand new lighthouse keeper';
const LEGACY_LABEL = 'waypoint/signing-key-wrap/v1';

type Made = Awaited<ReturnType<typeof setUpClinic>>;

function unlocked(made: Made) {
  return inPhase(made.controller.getState(), 'unlocked');
}

/** What someone with the clinic key and a copy of this laptop's stored data can put together: no personal key. */
async function ownerOf(made: Made, userId: string, personal: Uint8Array): Promise<KeyOwner> {
  const { db, vault } = unlocked(made);
  return { crypto, store: await signingStore(), master: new Uint8Array(vault.master), personal, laptopId: await db.storageToken, userId };
}

function sessionKeyId(): string {
  const session = currentSigningSession();
  if (!session) throw new Error('no signing session');
  return session.key.keyId;
}

/** Signs a claim as the user and returns the verdict this laptop gives it. */
async function verdictOfSignatureBy(made: Made, userId: string) {
  const signer = signerFor(userId);
  const session = currentSigningSession();
  if (!signer || !session) throw new Error('cannot sign');
  const contentHash = 'a'.repeat(64);
  const signature = await signer('note', contentHash, made.deps.now().toISOString());
  const dir = await keyDirectoryOf(await readKeyRecords(unlocked(made).db), session);
  return verifySignature({ signerId: userId, purpose: 'note', contentHash, signature }, dir, webCryptoChecker);
}

describe('private keys sealed under the user’s passphrase', () => {
  it('does not open from a copy of the laptop’s stored data plus the master key', async () => {
    const made = await setUpClinic();
    const owner = await ownerOf(made, made.adminId, crypto.randomBytes(32));
    const stored = (await owner.store.get(signingKeySlot(owner).entry)) as { keyId: string; sealed: string };
    expect(stored.keyId).toBe(sessionKeyId());
    // The master-key wrap that sealed it before no longer opens it; nor does any personal key but the passphrase's.
    const masterWrap = await userWrapKey(owner, LEGACY_LABEL);
    await expect(openBytes(crypto, masterWrap, stored.sealed, signingKeySlot(owner).aad(stored.keyId))).rejects.toBeInstanceOf(EnvelopeError);
    expect(await openPrivateKey(owner, signingKeySlot(owner))).toBeNull();
    // With the passphrase's personal key (what unlock computes) it opens.
    const opened = await openPrivateKey({ ...owner, personal: unlocked(made).vault.personal }, signingKeySlot(owner));
    expect(opened?.stored.keyId).toBe(stored.keyId);
  });

  it('migrates a key sealed under the master key at the next unlock, keeping the same key', async () => {
    const made = await setUpClinic();
    const owner = await ownerOf(made, made.adminId, crypto.randomBytes(32));
    const slot = signingKeySlot(owner);
    const pair = await generateSigningKeyPair();
    const keyId = await fingerprintOf(pair.publicKey);
    const sealed = await sealBytes(crypto, await userWrapKey(owner, LEGACY_LABEL), pair.pkcs8, slot.aad(keyId));
    await made.controller.lock('button');
    await owner.store.put(slot.entry, { keyId, publicKey: pair.publicKey, createdAt: '2026-11-01T10:00:00.000Z', sealed });

    expect((await made.controller.unlock(made.adminId, ADMIN.passphrase)).ok).toBe(true);
    expect(sessionKeyId()).toBe(keyId);
    const after = (await owner.store.get(slot.entry)) as { keyId: string; sealed: string; wrap?: string };
    expect(after).toMatchObject({ keyId, wrap: 'personal' });
    await expect(openBytes(crypto, await userWrapKey(owner, LEGACY_LABEL), after.sealed, slot.aad(keyId))).rejects.toBeInstanceOf(EnvelopeError);
    expect(await verdictOfSignatureBy(made, made.adminId)).toMatchObject({ state: 'warning', reason: 'uncertified-key' });
  });

  it('a passphrase change keeps signing with the same key; the old passphrase no longer opens it', async () => {
    const made = await setUpClinic();
    const keyId = sessionKeyId();
    const oldPersonal = new Uint8Array(unlocked(made).vault.personal);
    await made.controller.changePassphrase(ADMIN.passphrase, NEW_PASSPHRASE);
    expect(await verdictOfSignatureBy(made, made.adminId)).toEqual({ state: 'verified', signerId: made.adminId });
    const owner = await ownerOf(made, made.adminId, oldPersonal);
    expect(await owner.store.get(signingKeySlot(owner).entry)).not.toHaveProperty('pending');
    expect(await openPrivateKey(owner, signingKeySlot(owner))).toBeNull();

    await made.controller.lock('button');
    expect(await made.controller.unlock(made.adminId, ADMIN.passphrase)).toMatchObject({ ok: false, reason: 'wrong-secret' });
    made.clock.at += 60_000;
    expect((await made.controller.unlock(made.adminId, NEW_PASSPHRASE)).ok).toBe(true);
    expect(sessionKeyId()).toBe(keyId);
    expect(await verdictOfSignatureBy(made, made.adminId)).toEqual({ state: 'verified', signerId: made.adminId });
    expect((await auditTrail(unlocked(made).db)).map((e) => e.detail)).toContain('Changed their own passphrase on this laptop');
  });

  it('refuses a wrong current passphrase and changes nothing', async () => {
    const made = await setUpClinic();
    await expect(made.controller.changePassphrase('not the passphrase at all', NEW_PASSPHRASE)).rejects.toThrow(/current passphrase/);
    await made.controller.lock('button');
    expect((await made.controller.unlock(made.adminId, ADMIN.passphrase)).ok).toBe(true);
  });

  it('a change stopped before the keyring write leaves the old passphrase opening the same key', async () => {
    const made = await setUpClinic();
    const keyId = sessionKeyId();
    const owner = await ownerOf(made, made.adminId, new Uint8Array(unlocked(made).vault.personal));
    await addPendingCopy(owner, signingKeySlot(owner), crypto.randomBytes(32));
    await made.controller.lock('button');
    expect((await made.controller.unlock(made.adminId, ADMIN.passphrase)).ok).toBe(true);
    expect(sessionKeyId()).toBe(keyId);
    // The stopped change's copy stays beside the current one (a sync start opening the key during a change must not
    // drop it); it is sealed under a passphrase whose wrapping, salt included, was never stored, and the next change
    // replaces it.
    expect(await owner.store.get(signingKeySlot(owner).entry)).toHaveProperty('wrap', 'personal');
  });

  it('a sync start opening the key in the middle of a change keeps the new copy, so the new passphrase opens the same key', async () => {
    const made = await setUpClinic();
    const keyId = sessionKeyId();
    const owner = await ownerOf(made, made.adminId, new Uint8Array(unlocked(made).vault.personal));
    const nextPersonal = crypto.randomBytes(32);
    await addPendingCopy(owner, signingKeySlot(owner), nextPersonal);
    // What pickUpSyncKeys or renewRevokedKey does with the old personal key before the keyring write.
    (await openPrivateKey(owner, signingKeySlot(owner)))?.pkcs8.fill(0);
    const opened = await openPrivateKey({ ...owner, personal: nextPersonal }, signingKeySlot(owner));
    expect(opened?.stored.keyId).toBe(keyId);
  });

  it('a recovery-key reset gives a new key, published and not certified', async () => {
    const made = await setUpClinic();
    const oldKeyId = sessionKeyId();
    const owner = await ownerOf(made, made.adminId, new Uint8Array(unlocked(made).vault.personal));
    const oldEncryption = await sealPrivateKey(owner, encryptionKeySlot(owner), 'enc-old', new Uint8Array(32));
    await owner.store.put(encryptionKeySlot(owner).entry, { keyId: 'enc-old', publicKey: 'p', createdAt: 'c', sealed: oldEncryption, wrap: 'personal' });
    await made.controller.lock('button');

    const result = await made.controller.recover({ recoveryKey: made.recoveryKey, userId: made.adminId, newPassphrase: NEW_PASSPHRASE });
    expect(result.ok).toBe(true);
    const newKeyId = sessionKeyId();
    expect(newKeyId).not.toBe(oldKeyId);
    const records = await readKeyRecords(unlocked(made).db);
    expect(records.keys.map((k) => k.keyId)).toContain(newKeyId);
    expect(records.certificates.some((c) => c.keyId === newKeyId)).toBe(false);
    expect(await verdictOfSignatureBy(made, made.adminId)).toEqual({ state: 'warning', reason: 'uncertified-key' });
    // The old encryption key does not open under the new passphrase either.
    expect(await openPrivateKey({ ...owner, personal: unlocked(made).vault.personal }, encryptionKeySlot(owner))).toBeNull();
  });

  it('a member whose own key was revoked gets a new key at the next unlock and stops signing with the revoked one', async () => {
    const made = await setUpClinic();
    const { controller } = made;
    await controller.addKeyringUser(TESS, TESS.passphrase);
    await controller.lock('button');
    expect((await controller.unlock(TESS.id, TESS.passphrase)).ok).toBe(true);
    const revokedId = sessionKeyId();
    expect(await renewRevokedKey(unlocked(made).db, made.deps.now())).toBeNull();
    await controller.lock('button');

    expect((await controller.unlock(made.adminId, ADMIN.passphrase)).ok).toBe(true);
    const admin = currentSigningSession();
    if (!admin) throw new Error('no admin session');
    const tessKey = (await readKeyRecords(unlocked(made).db)).keys.find((k) => k.keyId === revokedId);
    if (!tessKey) throw new Error('Tess’s key was not published');
    await certifySigningKey(unlocked(made).db, admin, tessKey, 'therapist', made.deps.now());
    made.clock.at += 60_000;
    await revokeSigningKey(unlocked(made).db, admin, tessKey, 'Laptop lost', made.deps.now());
    await controller.lock('button');

    made.clock.at += 60_000;
    expect((await controller.unlock(TESS.id, TESS.passphrase)).ok).toBe(true);
    const renewedId = sessionKeyId();
    expect(renewedId).not.toBe(revokedId);
    const records = await readKeyRecords(unlocked(made).db);
    expect(records.keys.map((k) => k.keyId)).toContain(renewedId);
    expect(await verdictOfSignatureBy(made, TESS.id)).toEqual({ state: 'warning', reason: 'uncertified-key' });
    expect((await auditTrail(unlocked(made).db)).some((e) => e.detail.startsWith('New signing key made on this laptop'))).toBe(true);
  });
});
