import { describe, expect, it, vi } from 'vitest';
import {
  findClinicRecords,
  insertClient,
  getClient,
  publishSigningKey,
  readEncryptionKeys,
  readKeyRecords,
  storeCertificate,
  type WaypointDatabase,
} from '../../../renderer/db';
import { rotateAfterRemoval } from '../../../renderer/features/staff/key-rotation-actions';
import { importGenerations, keepGenerations, openOrCreateEncryptionKey, readHeldGenerations } from '../../../renderer/member-keys/local-keys';
import { pickUpSyncKeys } from '../../../renderer/member-keys/pickup';
import { disableClinicAccount } from '../../../renderer/sync/account-removal';
import { SYNC_PLANS } from '../../../renderer/db/sync-plan';
import { connectAsAdmin, provisionClinic } from '../../../renderer/sync/clinic-server';
import { connectClinicServer, enrollLaptop, serverInfoOf } from '../../../renderer/sync/clinic-session';
import { joinClinic } from '../../../renderer/sync/clinic-keyring';
import { createCouchHttp } from '../../../renderer/sync/couch-http';
import { fetchMemberKeys, rotateSyncKey } from '../../../renderer/sync/key-rotation';
import { openOrCreateKey, pinRoot } from '../../../renderer/signing/private-keys';
import type { SigningSession } from '../../../renderer/signing/signing-session';
import { revokeSigningKey } from '../../../renderer/signing/revocation';
import { certifySigningKey, makeTrustRoot } from '../../../renderer/signing/trust';
import { signBytes } from '../../../renderer/signing/webcrypto-signing';
import type { VaultStore } from '../../../renderer/vault/vault-store';
import { keychainOf } from '../../../shared/crypto/key-generations';
import { utf8Decode } from '../../../shared/crypto/bytes';
import { createMasterKey, deriveKey, wrapWithSecretKey } from '../../../shared/crypto/keys';
import type { CryptoProvider } from '../../../shared/crypto/provider';
import type { StaffRole } from '../../../shared/domain/staff';
import { clinicDbName } from '../../../shared/sync/couch-names';
import { openDoc, UnreadableDocumentError } from '../../../shared/sync/e2ee-docs';
import { auditTrail } from '../actions/actor';
import { crypto } from '../db-helpers';
import { openLaptop, type Laptop } from './laptops';
import { ADMIN, rawAdmin, testServerPerFile, waitFor } from './server-fixture';

/*
 * Issue 18 item 4(d): removing a staff member rotates the sync key. The admin's laptop makes generation 1 and wraps it
 * to each remaining member's vouched-for encryption key (one per laptop); the removed member gets no entry. A document
 * a remaining member writes afterwards is sealed under generation 1: the removed member's copy of the old key cannot
 * open it, and the remaining member's other laptop, which picks its wrapping up, reads it; a member enrolled afterwards
 * receives it in their one-time code.
 */

const server = testServerPerFile();
const CLINIC = 'rotation';
const now = () => new Date('2026-12-05T11:00:00.000Z');
const omar = { username: 'omar-rot', password: 'omar server phrase' };
const tess = { username: 'tess-rot', password: 'tess server phrase' };

function memoryStore(): VaultStore {
  const map = new Map<string, unknown>();
  return {
    get: (k) => Promise.resolve(map.get(k)),
    put: (k, v) => Promise.resolve(void map.set(k, v)),
    delete: (k) => Promise.resolve(void map.delete(k)),
    close: () => undefined,
  };
}

async function sessionOn(userId: string, role: StaffRole, laptopId: string, master: Uint8Array): Promise<SigningSession> {
  const store = memoryStore();
  const personal = crypto.randomBytes(32);
  const { key } = await openOrCreateKey({ crypto, store, master, personal, laptopId, userId }, now());
  return { clinicId: CLINIC, userId, role, laptopId, key, store, personal };
}

/** The admin certifies a member's signing key; the member's laptop receives the key records and pins the root. */
async function certify(adminDb: WaypointDatabase, admin: SigningSession, member: SigningSession, memberDb: WaypointDatabase | null): Promise<void> {
  const subject = {
    keyId: member.key.keyId,
    userId: member.userId,
    laptopId: member.laptopId,
    publicKey: member.key.publicKey,
    createdAt: member.key.createdAt,
  };
  await publishSigningKey(adminDb, subject, { authorId: member.userId, now: now() });
  await certifySigningKey(adminDb, admin, subject, member.role, now());
  await pinRoot(member.store, CLINIC, admin.key.keyId);
  if (!memberDb) return;
  const records = await readKeyRecords(adminDb);
  for (const cert of records.certificates) await storeCertificate(memberDb, cert, { authorId: admin.userId, now: now() });
}

const ctx = (d: WaypointDatabase) => ({ db: d, actor: { id: 'admin-1', role: 'admin' as const }, now });
const client = (firstName: string) => ({
  firstName,
  lastName: 'Okafor',
  preferredName: '',
  pronouns: 'she/her',
  dateOfBirth: '1985-01-30',
  levelOfCare: 'IOP',
  program: 'Dual diagnosis',
  primaryClinicianId: 'staff-omar',
  admissionDate: '2026-11-01',
  contacts: [],
});

async function serverDoc(id: string): Promise<Record<string, unknown>> {
  return (await rawAdmin(`${server.url}/${clinicDbName(CLINIC, 'clients')}/${id}`)).json as Record<string, unknown>;
}

describe('rotating the sync key when a member is removed', () => {
  it('seals what a remaining member writes afterwards under a key the removed member never held; their other laptop reads it', async () => {
    const master = createMasterKey(crypto);
    const keyring = { localClinicId: 'local-rot', clinicName: 'Harbor', recovery: await wrapWithSecretKey(crypto, master, crypto.randomBytes(32)) };
    const store = memoryStore();
    const deps = { crypto, store, now };
    const config = await connectClinicServer(deps, {
      url: server.url,
      clinicId: CLINIC,
      admin: ADMIN,
      user: { id: 'admin-1', name: 'Alex', role: 'admin' },
      master,
      keyring,
    });
    const info = serverInfoOf(config);
    await enrollLaptop(deps, { server: info, admin: ADMIN, staff: { id: 'staff-omar', name: 'Omar', role: 'therapist' }, account: omar, master });
    await enrollLaptop(deps, { server: info, admin: ADMIN, staff: { id: 'staff-tess', name: 'Tess', role: 'therapist' }, account: tess, master });

    // Signing and encryption keys: the admin's laptop, Omar's two laptops and Tess's laptop, each certified.
    const adminLaptop = await openLaptop('rot-admin', master, server.url, CLINIC);
    const omar1: Laptop = await openLaptop('rot-omar-1', master, server.url, CLINIC, omar);
    const omar2: Laptop = await openLaptop('rot-omar-2', master, server.url, CLINIC, omar);
    const admin = await sessionOn('admin-1', 'admin', 'laptop-admin', master);
    await makeTrustRoot(adminLaptop.db, admin, now());
    const omarOn1 = await sessionOn('staff-omar', 'therapist', 'laptop-omar-1', master);
    const omarOn2 = await sessionOn('staff-omar', 'therapist', 'laptop-omar-2', master);
    const tessOn = await sessionOn('staff-tess', 'therapist', 'laptop-tess', master);
    await certify(adminLaptop.db, admin, omarOn1, omar1.db);
    await certify(adminLaptop.db, admin, omarOn2, omar2.db);
    await certify(adminLaptop.db, admin, tessOn, null);
    const target = { url: server.url, clinicId: CLINIC };
    // Each laptop publishes its encryption key at its first sync start (they reach the admin's laptop by sync).
    for (const [session, db] of [
      [omarOn1, omar1.db],
      [omarOn2, omar2.db],
    ] as const) {
      expect(await pickUpSyncKeys(db, session, master, { ...target, credentials: omar }, { crypto, now: now() })).toEqual([]);
    }
    const tessKeys = await pickUpSyncKeys(adminLaptop.db, tessOn, master, { ...target, credentials: tess }, { crypto, now: now() });
    expect(tessKeys).toEqual([]);
    await pickUpSyncKeys(adminLaptop.db, omarOn1, master, { ...target, credentials: omar }, { crypto, now: now() });
    await pickUpSyncKeys(adminLaptop.db, omarOn2, master, { ...target, credentials: omar }, { crypto, now: now() });
    const old = await insertClient(omar1.db, client('Quinn'), { authorId: 'staff-omar', now: now() });
    await omar1.startSync().awaitInSync();
    await omar1.stopSync();

    // A guard from before key generations (it knows only "w1." envelopes): the rotation installs this version's.
    const guardUrl = `${server.url}/${clinicDbName(CLINIC, 'clients')}/_design/waypoint`;
    const { _rev } = (await rawAdmin(guardUrl)).json as { _rev: string };
    const oldGuard = "function (newDoc) { if (newDoc.e2ee && newDoc.e2ee.indexOf('w1.') !== 0) throw({ forbidden: 'old guard' }); }";
    expect((await rawAdmin(guardUrl, 'PUT', { _rev, language: 'javascript', validate_doc_update: oldGuard })).status).toBe(201);

    // Tess is removed: her account is disabled and the key rotated to the two remaining members.
    expect(await disableClinicAccount(await connectAsAdmin({ url: server.url, admin: ADMIN }), crypto, CLINIC, tess.username)).toBe('disabled');
    const outcome = await rotateAfterRemoval(ctx(adminLaptop.db), { server: info, admin: ADMIN }, { signing: admin, master, crypto }, [
      'admin-1',
      'staff-omar',
    ]);
    expect(outcome).toEqual({ generation: 1, members: 1, waiting: [] });
    expect(await auditTrail(adminLaptop.db)).toMatchObject([
      { action: 'key-rotation', entity: 'vault', detail: expect.stringContaining('generation 1: wrapped to 1 member (2 laptops)') as unknown },
    ]);
    const listed = await rawAdmin(`${server.url}/${clinicDbName(CLINIC, 'keyring')}/_all_docs`);
    const ids = (listed.json as { rows: { id: string }[] }).rows.map((r) => r.id);
    expect(ids.filter((id) => id.startsWith('member-key:'))).toEqual(['member-key:staff-omar:1']);

    // Omar's first laptop picks generation 1 up and writes under it.
    omar1.rotatedKeys = await pickUpSyncKeys(omar1.db, omarOn1, master, { ...target, credentials: omar }, { crypto, now: now() });
    expect(omar1.rotatedKeys.map((g) => g.generation)).toEqual([1]);
    const fresh = await insertClient(omar1.db, client('Rowan'), { authorId: 'staff-omar', now: now() });
    await omar1.startSync().awaitInSync();
    const sealed = await serverDoc(fresh.id);
    expect(sealed.e2ee).toMatch(/^w2\.1\./);

    // Tess's laptop holds the old key (generation 0, from the master key): it opens the old record, not the new one.
    const tessChain = keychainOf(await deriveKey(crypto, master, 'sync'));
    const sealing = { crypto, keys: tessChain, collection: 'clients', plaintextFields: ['status', 'authorId', 'updatedAt'] };
    await expect(openDoc(sealing, await serverDoc(old.id))).resolves.toMatchObject({ firstName: 'Quinn' });
    await expect(openDoc(sealing, sealed)).rejects.toBeInstanceOf(UnreadableDocumentError);
    // Even a copy of the keyring taken with another account holds nothing wrapped to her key.
    const adminHttp = createCouchHttp({ url: server.url, credentials: ADMIN });
    const tessEnc = (
      await openOrCreateEncryptionKey(
        { crypto, store: tessOn.store, master, personal: tessOn.personal, laptopId: tessOn.laptopId, userId: tessOn.userId },
        now(),
      )
    ).key;
    const anyAdmin = () => Promise.resolve('');
    expect((await fetchMemberKeys(adminHttp, { crypto, clinicId: CLINIC, userId: 'staff-tess', own: tessEnc, issuerCheck: anyAdmin })).keys.size).toBe(0);

    // A member enrolled after the rotation receives the rotated key in their one-time code (sealed under the code).
    const adminOwner = { crypto, store: admin.store, master, laptopId: admin.laptopId, userId: admin.userId };
    const nadia = { username: 'nadia-rot', password: 'nadia server phrase' };
    const staff = { id: 'staff-nadia', name: 'Nadia', role: 'therapist' } as const;
    const code = await enrollLaptop(deps, { server: info, admin: ADMIN, staff, account: nadia, master, generations: await readHeldGenerations(adminOwner) });
    const joined = await joinClinic({ url: server.url, credentials: nadia, code, crypto });
    expect([...joined.generations.keys()]).toEqual([1]);
    const nadiaChain = keychainOf(await deriveKey(crypto, master, 'sync'), await importGenerations(crypto, joined.generations));
    await expect(openDoc({ ...sealing, keys: nadiaChain }, sealed)).resolves.toMatchObject({ firstName: 'Rowan' });

    // Omar's other laptop picks its own wrapping up and reads the new record.
    omar2.rotatedKeys = await pickUpSyncKeys(omar2.db, omarOn2, master, { ...target, credentials: omar }, { crypto, now: now() });
    omar2.startSync();
    await waitFor('the new record on Omar’s other laptop', async () => (await getClient(omar2.db, fresh.id))?.firstName === 'Rowan');
  });

  it('refuses a wrapping not signed by a certified admin key (one the server’s operator slipped in)', async () => {
    await provisionClinic({ url: server.url, admin: ADMIN, clinicId: CLINIC, collections: SYNC_PLANS });
    const master = createMasterKey(crypto);
    const laptop = await openLaptop('rot-forged', master, server.url, CLINIC);
    const admin = await sessionOn('admin-1', 'admin', 'laptop-admin-f', master);
    await makeTrustRoot(laptop.db, admin, now());
    const member = await sessionOn('staff-omar', 'therapist', 'laptop-omar-f', master);
    await certify(laptop.db, admin, member, null);
    const own = await pickUpSyncKeys(laptop.db, member, master, { url: server.url, clinicId: CLINIC, credentials: ADMIN }, { crypto, now: now() });
    expect(own).toEqual([]);
    // A wrapping of a key the operator knows, signed by a member's (certified, but not admin) key.
    const recipients = (await readEncryptionKeys(laptop.db)).filter((k) => k.laptopId === 'laptop-omar-f');
    const signer = { keyId: member.key.keyId, sign: (b: Uint8Array) => signBytes(member.key.privateKey, b) };
    const adminHttp = createCouchHttp({ url: server.url, credentials: ADMIN });
    const forged = await rotateSyncKey(adminHttp, { crypto, clinicId: CLINIC, recipients, signer, now: now() });
    expect(forged.userIds).toEqual(['staff-omar']);
    const held = await pickUpSyncKeys(laptop.db, member, master, { url: server.url, clinicId: CLINIC, credentials: ADMIN }, { crypto, now: now() });
    expect(held.map((g) => g.generation)).not.toContain(forged.generation);
  });

  it('refuses a wrapping signed by an admin key revoked at or before its date, and lists it with the reason; an earlier one stays', async () => {
    await provisionClinic({ url: server.url, admin: ADMIN, clinicId: CLINIC, collections: SYNC_PLANS });
    const master = createMasterKey(crypto);
    const laptop = await openLaptop('rot-revoked', master, server.url, CLINIC);
    const root = await sessionOn('admin-1', 'admin', 'laptop-admin-r', master);
    await makeTrustRoot(laptop.db, root, now());
    const sam = await sessionOn('admin-sam', 'admin', 'laptop-sam-r', master);
    await certify(laptop.db, root, sam, null);
    const member = await sessionOn('staff-omar', 'therapist', 'laptop-omar-r', master);
    await certify(laptop.db, root, member, null);
    const target = { url: server.url, clinicId: CLINIC, credentials: ADMIN };
    expect(await pickUpSyncKeys(laptop.db, member, master, target, { crypto, now: now() })).toEqual([]);
    const recipients = (await readEncryptionKeys(laptop.db)).filter((k) => k.laptopId === 'laptop-omar-r');
    const signer = { keyId: sam.key.keyId, sign: (b: Uint8Array) => signBytes(sam.key.privateKey, b) };
    const adminHttp = createCouchHttp({ url: server.url, credentials: ADMIN });
    const rotateAt = (iso: string) => rotateSyncKey(adminHttp, { crypto, clinicId: CLINIC, recipients, signer, now: new Date(iso) });

    // Sam rotates before his key is revoked, then (his laptop kept, or its key copied) at and after the revocation.
    const before = await rotateAt('2026-12-05T10:00:00.000Z');
    const samSubject = { keyId: sam.key.keyId, userId: sam.userId, laptopId: sam.laptopId, publicKey: sam.key.publicKey, createdAt: sam.key.createdAt };
    await revokeSigningKey(laptop.db, root, samSubject, 'Laptop lost', now());
    const atRevocation = await rotateAt(now().toISOString());
    const after = await rotateAt('2026-12-05T12:00:00.000Z');

    const held = await pickUpSyncKeys(laptop.db, member, master, target, { crypto, now: now() });
    expect(held.map((g) => g.generation)).toEqual([before.generation]);
    // Earlier tests in this file left other members' wrappings in the keyring, signed under other roots: set aside too.
    const setAside = new Map((await findClinicRecords(laptop.db, 'quarantine')).map((r) => [r.refId, r]));
    const revokedReason = 'a rotated sync key was refused: it was signed by an admin key revoked on 2026-12-05, on or before its date';
    expect(setAside.has(`member-key:staff-omar:${before.generation}`)).toBe(false);
    for (const refused of [atRevocation, after]) {
      const record = setAside.get(`member-key:staff-omar:${refused.generation}`);
      expect(record).toMatchObject({ refCollection: 'keyring', data: { problem: 'unreadable' } });
      expect(record?.reason).toContain(revokedReason);
    }
  });

  // Issue 18: every sync start derived the local wrap key again and again and signed the same claim once more.
  it('a sync start derives the local wrap key once and signs the encryption-key claim only while it is unpublished', async () => {
    await provisionClinic({ url: server.url, admin: ADMIN, clinicId: CLINIC, collections: SYNC_PLANS });
    const master = createMasterKey(crypto);
    const laptop = await openLaptop('rot-count', master, server.url, CLINIC);
    const admin = await sessionOn('admin-1', 'admin', 'laptop-admin-c', master);
    await makeTrustRoot(laptop.db, admin, now());
    const member = await sessionOn('staff-omar', 'therapist', 'laptop-omar-c', master);
    await certify(laptop.db, admin, member, null);
    // A rotated key already held: the start reads it back (before the fix: a derivation per read, per write).
    const owner = { crypto, store: member.store, master, personal: member.personal, laptopId: member.laptopId, userId: member.userId };
    await keepGenerations(owner, new Map([[1, crypto.randomBytes(32)]]));
    let derivations = 0;
    const hkdf: CryptoProvider['hkdfSha256'] = (ikm, salt, info, length) => {
      if (utf8Decode(info) === 'waypoint/member-keys-wrap/v1') derivations += 1;
      return crypto.hkdfSha256(ikm, salt, info, length);
    };
    const counting: CryptoProvider = { ...crypto, hkdfSha256: hkdf };
    const signatures = vi.spyOn(globalThis.crypto.subtle, 'sign');
    const start = () => pickUpSyncKeys(laptop.db, member, master, { url: server.url, clinicId: CLINIC, credentials: ADMIN }, { crypto: counting, now: now() });
    try {
      expect((await start()).map((g) => g.generation)).toEqual([1]);
      expect({ derivations, signatures: signatures.mock.calls.length }).toEqual({ derivations: 1, signatures: 1 });
      await start();
      expect({ derivations, signatures: signatures.mock.calls.length }).toEqual({ derivations: 2, signatures: 1 });
      expect((await readEncryptionKeys(laptop.db)).filter((k) => k.laptopId === 'laptop-omar-c')).toHaveLength(1);
    } finally {
      signatures.mockRestore();
    }
  });
});
