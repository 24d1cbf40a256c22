import { describe, expect, it } from 'vitest';
import { insertClient, createDraft, discardDraft, findClinicRecords, getClient, getNote, type WaypointDatabase } from '../../../renderer/db';
import { patchSyncedRecord } from '../../../renderer/db/replication';
import { startClinicSync, type ClinicSync } from '../../../renderer/sync/replication';
import { deriveKey } from '../../../shared/crypto/keys';
import { emptySections } from '../../../shared/domain/notes';
import { crypto } from '../db-helpers';
import { provisionedClinic, staffAAt, syncClient } from './clinic-setup';
import { openLaptop } from './laptops';
import { ADMIN, rawAdmin, testServerPerFile, waitFor } from './server-fixture';

/**
 * Issue 18 item 5: one request from any member (a garbage envelope, a DELETE of one client) must not stop a
 * collection's sync on every laptop, nor leave a joining laptop's first pull unfinished.
 */

const server = testServerPerFile();
let clinicCount = 0;

const person = (firstName: string) => syncClient({ firstName, lastName: 'Setaside' });

async function clinic() {
  const provisioned = await provisionedClinic(server, `sa${++clinicCount}-${Date.now().toString(36)}`);
  const { clinicId, master } = provisioned;
  return { ...provisioned, a: await openLaptop(`sa-a-${clinicId}`, master, server.url, clinicId) };
}

/** Resolves with the laptop's first sync, or fails naming the hang (what a joining laptop showed as "67 of 73"). */
async function inSyncWithin(sync: ClinicSync, ms: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hang = new Promise<never>(
    (_resolve, reject) =>
      (timer = setTimeout(() => {
        reject(new Error(`not in sync after ${ms} ms: ${JSON.stringify(sync.status())}`));
      }, ms)),
  );
  try {
    await Promise.race([sync.awaitInSync(), hang]);
  } finally {
    clearTimeout(timer);
  }
}

async function setAsideIds(db: WaypointDatabase, problem: string): Promise<string[]> {
  const records = await findClinicRecords(db, 'quarantine');
  return [...new Set(records.filter((r) => r.data.problem === problem).map((r) => r.refId))].sort();
}

async function clientIds(db: WaypointDatabase): Promise<number> {
  return (await db.clients.find().exec()).length;
}

describe('a document that cannot be opened is set aside and the rest flows (issue 18 item 5)', () => {
  it('garbage, malformed and misplaced envelopes are set aside without content; later batches flow; a joining laptop finishes', async () => {
    const { clinicId, master, a, db } = await clinic();
    a.startSync();
    const first = await Promise.all(['Ada', 'Bo', 'Cy'].map((name) => insertClient(a.db, person(name), staffAAt('09:00'))));
    await a.sync?.awaitInSync();

    // A member writes rows the guard lets through (it checks the envelope's shape and the routing fields, not the
    // content), and a malformed one written while the guard was out of the way (a server from before that check).
    const real = (await rawAdmin(`${db('clients')}/${first[0]?.id ?? ''}`)).json as Record<string, unknown>;
    const routing = Object.fromEntries(Object.entries(real).filter(([k]) => k !== '_rev' && k !== '_id'));
    const bad: Record<string, string> = {
      'zz-garbage': `w1.${'A'.repeat(16)}.${'B'.repeat(22)}==`,
      'zz-malformed': 'w1.not base64!',
      'zz-moved': String(routing.e2ee),
    };
    const design = (await rawAdmin(`${db('clients')}/_design/waypoint`)).json as Record<string, unknown>;
    expect((await rawAdmin(`${db('clients')}/_design/waypoint?rev=${String(design._rev)}`, 'DELETE')).status).toBe(200);
    for (const [id, e2ee] of Object.entries(bad)) {
      expect((await rawAdmin(`${db('clients')}/${id}`, 'PUT', { ...routing, e2ee })).status).toBe(201);
    }
    expect((await rawAdmin(`${db('clients')}/_design/waypoint`, 'PUT', Object.fromEntries(Object.entries(design).filter(([k]) => k !== '_rev')))).status).toBe(
      201,
    );
    const later = await insertClient(a.db, person('Dee'), staffAAt('09:10'));
    await inSyncWithin(a.sync as ClinicSync, 15_000);

    // Laptop A: the rows are listed, their content nowhere; sync is not stuck in "Sync error".
    await waitFor('three rows set aside on laptop A', async () => (await setAsideIds(a.db, 'unreadable')).length === 3);
    expect(await setAsideIds(a.db, 'unreadable')).toEqual(Object.keys(bad).sort());
    const records = await findClinicRecords(a.db, 'quarantine');
    for (const record of records) {
      expect(JSON.stringify(record)).not.toContain(String(routing.e2ee).slice(3, 40));
      expect(record.reason).toContain('could not be opened');
    }
    await waitFor('laptop A up to date', () => a.sync?.status().state === 'up-to-date');

    // A new laptop joining afterwards, with pages of two (a page of only bad rows is refilled), finishes its first pull.
    const b = await openLaptop(`sa-b-${clinicId}`, master, server.url, clinicId);
    const syncKey = await deriveKey(crypto, master, 'sync');
    const bSync = startClinicSync({
      db: b.db,
      url: server.url,
      clinicId,
      credentials: ADMIN,
      crypto,
      syncKey,
      longPollTimeoutMs: 300,
      retryTimeMs: 500,
      resyncEveryMs: 0,
      pullBatchSize: 2,
    });
    b.sync = bSync;
    await inSyncWithin(bSync, 20_000);
    expect(await clientIds(b.db)).toBe(4);
    expect(await getClient(b.db, later.id)).not.toBeNull();
    expect(await setAsideIds(b.db, 'unreadable')).toEqual(Object.keys(bad).sort());
    expect(bSync.status().state).not.toBe('error');

    // Later changes keep flowing both ways.
    const after = await insertClient(b.db, person('Eve'), staffAAt('09:20'));
    await waitFor('the later client on laptop A', async () => (await getClient(a.db, after.id)) !== null);
    expect(a.sync?.status().state).not.toBe('error');
  });
});

/** Deletes a document as someone who bypasses today's guard (a tombstone written before it, or by an old server). */
async function deleteBehindTheGuard(dbUrl: string, id: string): Promise<void> {
  const design = (await rawAdmin(`${dbUrl}/_design/waypoint`)).json as Record<string, unknown>;
  expect((await rawAdmin(`${dbUrl}/_design/waypoint?rev=${String(design._rev)}`, 'DELETE')).status).toBe(200);
  const doc = (await rawAdmin(`${dbUrl}/${id}`)).json as { _rev: string };
  expect((await rawAdmin(`${dbUrl}/${id}?rev=${doc._rev}`, 'DELETE')).status).toBe(200);
  const source = Object.fromEntries(Object.entries(design).filter(([k]) => k !== '_rev'));
  expect((await rawAdmin(`${dbUrl}/_design/waypoint`, 'PUT', source)).status).toBe(201);
}

describe('a deletion the app never wrote (issue 18 item 5)', () => {
  it('the guard refuses deleting a client; only a sealed deletion of a note passes', async () => {
    const { master, clinicId, a, db } = await clinic();
    a.startSync();
    const client = await insertClient(a.db, person('Gus'), staffAAt('10:00'));
    const note = await createDraft(
      a.db,
      { clientId: client.id, sessionId: '', templateId: 'soap', title: '', sections: emptySections('soap') },
      staffAAt('10:01'),
    );
    await a.sync?.awaitInSync();

    const stored = (await rawAdmin(`${db('clients')}/${client.id}`)).json as { _rev: string };
    const refused = await rawAdmin(`${db('clients')}/${client.id}?rev=${stored._rev}`, 'DELETE');
    expect(refused.status).toBe(403);
    expect(refused.text).toContain('cannot be deleted');
    const storedNote = (await rawAdmin(`${db('notes')}/${note.id}`)).json as { _rev: string };
    expect((await rawAdmin(`${db('notes')}/${note.id}?rev=${storedNote._rev}`, 'DELETE')).status).toBe(403);

    // The app's own deletion (an empty draft discarded) is sealed, and still reaches the other laptops.
    const b = await openLaptop(`sa-gb-${clinicId}`, master, server.url, clinicId);
    b.startSync();
    await waitFor('the draft on laptop B', async () => (await getNote(b.db, note.id)) !== null);
    expect(await discardDraft(a.db, note.id, staffAAt('10:05'))).toBe('deleted');
    await waitFor('the discarded draft gone from laptop B', async () => (await getNote(b.db, note.id)) === null);
    expect(await findClinicRecords(b.db, 'quarantine')).toHaveLength(0);
  });

  it('keeps the local record, lists it as deleted on the server by someone else, and puts it back when kept', async () => {
    const { clinicId, master, a, db } = await clinic();
    const b = await openLaptop(`sa-tb-${clinicId}`, master, server.url, clinicId);
    a.startSync();
    b.startSync();
    const gone = await insertClient(a.db, person('Hal'), staffAAt('11:00'));
    const stays = await insertClient(a.db, person('Ida'), staffAAt('11:00'));
    await waitFor('both clients on laptop B', async () => (await getClient(b.db, stays.id)) !== null && (await getClient(b.db, gone.id)) !== null);

    await deleteBehindTheGuard(db('clients'), gone.id);
    a.sync?.reSync();
    await waitFor('the deletion listed on laptop A', async () => (await setAsideIds(a.db, 'deleted-on-server')).includes(gone.id));
    expect(await getClient(a.db, gone.id)).not.toBeNull();
    const [record] = (await findClinicRecords(a.db, 'quarantine')).filter((r) => r.refId === gone.id);
    expect(record?.reason).toContain('deleted on the server by someone else');

    // The rest flows: a client written on B afterwards reaches A; neither laptop is in "Sync error".
    const next = await insertClient(b.db, person('Jo'), staffAAt('11:10'));
    await waitFor('the next client on laptop A', async () => (await getClient(a.db, next.id)) !== null);
    expect(a.sync?.status().state).not.toBe('error');
    expect(b.sync?.status().state).not.toBe('error');
    expect(await getClient(b.db, gone.id)).not.toBeNull();

    // "Keep it": the laptop's copy is written again over the deletion, and the server holds the client again.
    expect(await patchSyncedRecord(a.db, 'clients', gone.id, {}, new Date('2026-12-05T11:20:00.000Z'))).toBe(true);
    await waitFor('the client back on the server', async () => (await rawAdmin(`${db('clients')}/${gone.id}`)).status === 200);
    await a.sync?.awaitInSync();
    expect(a.sync?.status().state).not.toBe('error');
  });
});
