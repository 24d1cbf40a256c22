import { createRevision, now } from 'rxdb/plugins/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertClient, findClinicRecords, getClient, insertNote, appendAudit, updateClient } from '../../../renderer/db';
import { SYNC_PLANS } from '../../../renderer/db/sync-plan';
import { provisionClinic } from '../../../renderer/sync/clinic-server';
import type { ClientInput } from '../../../shared/domain/client';
import { createMasterKey } from '../../../shared/crypto/keys';
import { crypto } from '../db-helpers';
import { insertIntakeDraft, openLaptop } from './laptops';
import { rawAdmin, startTestServer, waitFor, ADMIN, type TestServer } from './server-fixture';

let server: TestServer;
let clinicCount = 0;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server.stop();
});

const ctx = (iso: string, authorId = 'staff-a') => ({ authorId, now: new Date(`2026-11-27T${iso}.000Z`) });

function clientInput(firstName: string, lastName: string): ClientInput {
  return {
    firstName,
    lastName,
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

/** A provisioned clinic and its two laptops, A and B, sharing one master key. */
async function clinicWithTwoLaptops() {
  const clinicId = `c${++clinicCount}-${Date.now().toString(36)}`;
  await provisionClinic({ url: server.url, admin: ADMIN, clinicId, collections: SYNC_PLANS });
  const master = createMasterKey(crypto);
  const a = await openLaptop(`laptop-a-${clinicId}`, master, server.url, clinicId);
  const b = await openLaptop(`laptop-b-${clinicId}`, master, server.url, clinicId);
  return { clinicId, a, b };
}

/** Every document of every database of the clinic, read raw over HTTP as the server admin. */
async function rawClinicDocs(clinicId: string): Promise<{ db: string; doc: Record<string, unknown> }[]> {
  const dbs = (await rawAdmin(`${server.url}/_all_dbs`)).json as string[];
  const out: { db: string; doc: Record<string, unknown> }[] = [];
  for (const db of dbs.filter((d) => d.startsWith(`wp_${clinicId}_`))) {
    const all = (await rawAdmin(`${server.url}/${db}/_all_docs?include_docs=true`)).json as { rows: { doc: Record<string, unknown> }[] };
    out.push(...all.rows.map((r) => ({ db, doc: r.doc })));
  }
  return out;
}

describe('clinic sync between two laptops', () => {
  it('a client created on laptop A appears on laptop B, and the server holds only ciphertext', async () => {
    const { clinicId, a, b } = await clinicWithTwoLaptops();
    a.startSync();
    b.startSync();
    const created = await insertClient(a.db, clientInput('Quinn', 'Abernathy'), ctx('09:00:00'));
    await insertIntakeDraft(a.db, created.id, ctx('09:05:00'));
    const started = Date.now();
    await waitFor('the client on laptop B', async () => (await getClient(b.db, created.id)) !== null);
    const elapsed = Date.now() - started;
    expect((await getClient(b.db, created.id))?.contacts[0]?.name).toBe('Rowan Okafor');
    expect(elapsed).toBeLessThan(5_000);
    expect(a.sync?.peakConnections()).toBeLessThanOrEqual(6);
    await a.sync?.awaitInSync();

    const docs = await rawClinicDocs(clinicId);
    const text = JSON.stringify(docs);
    for (const phi of ['Quinn', 'Abernathy', 'Rowan', 'Okafor', '555-0101', 'sleeping four hours', 'Intake', 'Dual diagnosis', 'she/her', 'rowan@example.org'])
      expect(text).not.toContain(phi);
    const userDocs = docs.filter(({ doc }) => typeof doc._id === 'string' && !doc._id.startsWith('_design/'));
    expect(userDocs.length).toBeGreaterThanOrEqual(2);
    for (const { doc } of userDocs) expect(doc.e2ee).toMatch(/^w1\./);
  });

  it('both laptops edit the same client offline; after sync both versions survive', async () => {
    const { a, b } = await clinicWithTwoLaptops();
    a.startSync();
    b.startSync();
    const created = await insertClient(a.db, clientInput('Quinn', 'Abernathy'), ctx('09:00:00'));
    await waitFor('the client on laptop B', async () => (await getClient(b.db, created.id)) !== null);
    await a.sync?.awaitInSync();
    await b.sync?.awaitInSync();
    await a.stopSync();
    await b.stopSync();

    await updateClient(a.db, created.id, clientInput('Quinn-Alpha', 'Abernathy'), ctx('10:00:00', 'staff-a'));
    await updateClient(b.db, created.id, clientInput('Quinn-Beta', 'Abernathy'), ctx('11:00:00', 'staff-b'));
    await a.startSync().awaitInSync();
    await b.startSync().awaitInSync();

    for (const laptop of [a, b]) {
      await waitFor('the winner and the conflict copy on both laptops', async () => {
        const copies = await findClinicRecords(laptop.db, 'conflict-copy');
        return (await getClient(laptop.db, created.id))?.firstName === 'Quinn-Beta' && copies.some((c) => c.data.firstName === 'Quinn-Alpha');
      });
    }
    const copy = (await findClinicRecords(a.db, 'conflict-copy'))[0];
    expect(copy).toMatchObject({ refCollection: 'clients', refId: created.id, status: 'open' });
  });

  it('quarantines a document the server refuses and keeps the rest of the queue flowing', async () => {
    const { a, b } = await clinicWithTwoLaptops();
    a.startSync();
    b.startSync();
    const event = await appendAudit(a.db, { action: 'view', entity: 'client', entityId: 'c-1', actorId: 'staff-a', detail: 'opened chart' }, ctx('09:00:00'));
    await a.sync?.awaitInSync();
    const stored = await a.db.audit.findOne(event.id).exec();
    await stored?.incrementalPatch({ detail: 'rewritten history' });
    const later = await insertClient(a.db, clientInput('Later', 'Client'), ctx('09:10:00'));

    await waitFor('the later client on laptop B', async () => (await getClient(b.db, later.id)) !== null);
    await a.sync?.awaitInSync();
    const quarantined = await findClinicRecords(a.db, 'quarantine');
    expect(quarantined).toHaveLength(1);
    expect(quarantined[0]).toMatchObject({ refCollection: 'audit', refId: event.id });
    expect(quarantined[0]?.reason).toContain('append-only');
    expect(quarantined[0]?.data.detail).toBe('rewritten history');
    await waitFor('sync up to date', () => a.sync?.status().state === 'up-to-date');
  });
});

describe('clinic sync when things go wrong', () => {
  it('quarantines an edit of a signed note; the signed text stays on the server', async () => {
    const { a, b } = await clinicWithTwoLaptops();
    a.startSync();
    b.startSync();
    const note = await insertNote(
      a.db,
      {
        kind: 'note',
        status: 'signed',
        clientId: 'c-1',
        sessionId: '',
        parentId: '',
        templateId: 'soap',
        cosignerId: '',
        signedAt: '2026-11-27T09:00:00.000Z',
        title: 'Signed',
        sections: [{ key: 's', heading: 'S', html: 'as signed' }],
      },
      ctx('09:00:00'),
    );
    await waitFor('the signed note on laptop B', async () => (await b.db.notes.findOne(note.id).exec()) !== null);
    // The collection API refuses this edit (test/integration/notes.test.ts); a laptop on an older version could still
    // send it, so it is written straight to storage to prove the server's guard as well.
    const [stored] = await a.db.notes.storageInstance.findDocumentsById([note.id], false);
    if (!stored) throw new Error('signed note not stored');
    const edited = {
      ...stored,
      sections: [{ key: 's', heading: 'S', html: 'changed after signing' }],
      _rev: createRevision(a.db.token, stored),
      _meta: { lwt: now() },
    };
    await a.db.notes.storageInstance.bulkWrite([{ previous: stored, document: edited }], 'older-laptop-edit');
    const later = await insertClient(a.db, clientInput('After', 'Signing'), ctx('09:10:00'));
    await waitFor('the later client on laptop B', async () => (await getClient(b.db, later.id)) !== null);
    await a.sync?.awaitInSync();
    const [record] = await findClinicRecords(a.db, 'quarantine');
    expect(record).toMatchObject({ refCollection: 'notes', refId: note.id });
    expect(record?.reason).toContain('signed note');
    expect(JSON.stringify(record?.data)).toContain('changed after signing');
    expect((await b.db.notes.findOne(note.id).exec())?.toJSON().sections[0]?.html).toBe('as signed');
  });

  it('a laptop with another clinic key reports the unreadable document by name instead of importing it', async () => {
    const { clinicId, a } = await clinicWithTwoLaptops();
    a.startSync();
    const created = await insertClient(a.db, clientInput('Quinn', 'Abernathy'), ctx('09:00:00'));
    await a.sync?.awaitInSync();
    const stranger = await openLaptop(`stranger-${clinicId}`, createMasterKey(crypto), server.url, clinicId);
    const sync = stranger.startSync();
    await waitFor('an error status on the stranger laptop', () => sync.status().state === 'error');
    expect(sync.status().error).toContain(`clients/${created.id} cannot be read`);
    expect(await getClient(stranger.db, created.id)).toBeNull();
  });

  it('goes offline when the server stops and flushes the queue after it restarts', async () => {
    const { a, b } = await clinicWithTwoLaptops();
    a.startSync();
    b.startSync();
    await a.sync?.awaitInSync();
    await server.halt();
    try {
      const offline = await insertClient(a.db, clientInput('Written', 'Offline'), ctx('09:00:00'));
      await waitFor('laptop A offline', () => a.sync?.status().state === 'offline');
      expect(a.sync?.status().pending).toBeGreaterThanOrEqual(1);
      await server.restart();
      a.sync?.reSync();
      b.sync?.reSync();
      await waitFor('the offline client on laptop B', async () => (await getClient(b.db, offline.id)) !== null, 20_000);
      await waitFor('laptop A up to date', () => a.sync?.status().state === 'up-to-date');
      expect(a.sync?.status().pending).toBe(0);
    } finally {
      await server.restart();
    }
  });
});
