import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDatabase, insertClient, findClinicRecords, getClient, insertNote, updateClient } from '../../../renderer/db';
import { SYNC_PLANS } from '../../../renderer/db/sync-plan';
import { provisionClinic } from '../../../renderer/sync/clinic-server';
import type { ClientInput } from '../../../shared/domain/client';
import { createMasterKey } from '../../../shared/crypto/keys';
import { crypto, dumpIndexedDb, readRaw } from '../db-helpers';
import type { CryptoProvider } from '../../../shared/crypto/provider';
import { LAPTOP_COLLECTIONS, insertIntakeDraft, openLaptop } from './laptops';
import { startTestServer, waitFor, ADMIN, type TestServer } from './server-fixture';
import { idbRequest } from '../../../renderer/db/idb-request';

// Issue 17 item 2: RxDB keeps a copy of every pulled record in its replication meta instance. That copy carries the
// record's own sealing (renderer/db/sealed-meta.ts): no second AES-GCM seal, and still no clinical word in clear.

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server.stop();
});

const ctx = (iso: string, authorId = 'staff-a') => ({ authorId, now: new Date(`2026-11-27T${iso}.000Z`) });

function clientInput(firstName: string): ClientInput {
  return {
    firstName,
    lastName: 'Abernathy',
    preferredName: '',
    pronouns: 'she/her',
    dateOfBirth: '1985-01-30',
    levelOfCare: 'IOP',
    program: 'Dual diagnosis',
    primaryClinicianId: 'staff-a',
    admissionDate: '2026-11-01',
    contacts: [{ name: 'Rowan Okafor', relation: 'sister', phone: '555-0101', email: 'rowan@example.org' }],
  };
}

function noteInput(clientId: string, n: number) {
  return {
    kind: 'note' as const,
    status: 'draft' as const,
    clientId,
    sessionId: '',
    parentId: '',
    templateId: 'soap',
    cosignerId: '',
    signedAt: null,
    title: `Group ${String(n)}`,
    sections: [{ key: 's', heading: 'Subjective', html: `Reports sleeping ${String(n)} hours a night` }],
  };
}

/** Every stored document of a database's replication meta instances, straight from IndexedDB. */
async function storedMetaDocs(dbName: string): Promise<Record<string, unknown>[]> {
  const out: Record<string, unknown>[] = [];
  for (const info of await indexedDB.databases()) {
    if (!info.name?.startsWith(`rxdb-dexie-${dbName}--`) || !info.name.includes('rx-replication-meta')) continue;
    const idb = await idbRequest(indexedDB.open(info.name));
    const rows: unknown[] = await idbRequest(idb.transaction('docs', 'readonly').objectStore('docs').getAll());
    idb.close();
    for (const row of rows) if (typeof row === 'object' && row !== null) out.push({ ...row });
  }
  return out;
}

describe('the replication meta copy of a pulled record', () => {
  it('carries the record’s envelope, holds no clear clinical word, and edits and conflicts still sync after a reopen', async () => {
    const clinicId = `meta-${Date.now().toString(36)}`;
    await provisionClinic({ url: server.url, admin: ADMIN, clinicId, collections: SYNC_PLANS });
    const master = createMasterKey(crypto);
    const a = await openLaptop(`laptop-a-${clinicId}`, master, server.url, clinicId);
    const bName = `laptop-b-${clinicId}`;
    const b = await openLaptop(bName, master, server.url, clinicId);
    a.startSync();
    b.startSync();
    const created = await insertClient(a.db, clientInput('Quinn'), ctx('09:00:00'));
    await insertIntakeDraft(a.db, created.id, ctx('09:05:00'));
    await waitFor('the client on laptop B', async () => (await getClient(b.db, created.id)) !== null);
    await a.sync?.awaitInSync();
    await b.sync?.awaitInSync();

    const atRest = await dumpIndexedDb();
    for (const phi of ['Quinn', 'Abernathy', 'Rowan', 'Okafor', '555-0101', 'sleeping four hours', 'Dual diagnosis', 'rowan@example.org'])
      expect(atRest).not.toContain(phi);
    const record = await readRaw(bName, 'clients', created.id);
    const copy = (await storedMetaDocs(bName)).find((doc) => doc.itemId === created.id);
    expect(copy?.phi).toBeUndefined();
    expect(copy?.docData).toMatchObject({ id: created.id, phi: record.phi });

    // Reopened, B reads its meta copies from storage (no cache): an offline edit on each laptop still conflicts.
    await b.stopSync();
    await closeDatabase(b.db);
    const b2 = await openLaptop(bName, master, server.url, clinicId);
    await a.stopSync();
    await updateClient(a.db, created.id, clientInput('Quinn-Alpha'), ctx('10:00:00', 'staff-a'));
    await updateClient(b2.db, created.id, clientInput('Quinn-Beta'), ctx('11:00:00', 'staff-b'));
    await a.startSync().awaitInSync();
    await b2.startSync().awaitInSync();
    for (const laptop of [a, b2]) {
      await waitFor('the winner and the conflict copy on both laptops', async () => {
        const copies = await findClinicRecords(laptop.db, 'conflict-copy');
        return (await getClient(laptop.db, created.id))?.firstName === 'Quinn-Beta' && copies.some((c) => c.data.firstName === 'Quinn-Alpha');
      });
    }
    expect(await dumpIndexedDb()).not.toContain('Quinn-');
  });

  it('a first pull seals each pulled document once at rest, not twice', async () => {
    const clinicId = `meta-once-${Date.now().toString(36)}`;
    await provisionClinic({ url: server.url, admin: ADMIN, clinicId, collections: SYNC_PLANS });
    const master = createMasterKey(crypto);
    const a = await openLaptop(`laptop-a-${clinicId}`, master, server.url, clinicId);
    const created = await insertClient(a.db, clientInput('Quinn'), ctx('09:00:00'));
    for (let n = 0; n < 30; n++) await insertNote(a.db, noteInput(created.id, n), ctx('09:05:00'));
    await a.startSync().awaitInSync();

    let seals = 0;
    const counting: CryptoProvider = {
      ...crypto,
      aesGcmEncrypt: (key, iv, plaintext, aad) => {
        seals += 1;
        return crypto.aesGcmEncrypt(key, iv, plaintext, aad);
      },
    };
    const b = await openLaptop(`laptop-b-${clinicId}`, master, server.url, clinicId, ADMIN, counting);
    await b.startSync().awaitInSync();
    let pulled = 0;
    for (const name of LAPTOP_COLLECTIONS) pulled += await b.db.collections[name].count().exec();
    expect(pulled).toBeGreaterThanOrEqual(31);
    // One seal per record; the replication meta copy reuses it and checkpoints hold no clinical content.
    expect(seals).toBe(pulled);
  });
});
