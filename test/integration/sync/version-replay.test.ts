import { describe, expect, it } from 'vitest';
import { findClinicRecords, getClient, insertClient, updateClient, type WaypointDatabase } from '../../../renderer/db';
import { provisionedClinic, staffAAt, syncClient } from './clinic-setup';
import { openLaptop } from './laptops';
import { rawAdmin, testServerPerFile, waitFor } from './server-fixture';

/**
 * Issue 18 item 8: the server operator, who can write any document and revision, must not make a laptop take an
 * older sealed version of a record as the current one. Before, the envelope's associated data named the record only,
 * so the old envelope put back as a new revision opened and the laptop showed the old content.
 */

const server = testServerPerFile();
let clinicCount = 0;

const person = (program: string) => syncClient({ firstName: 'Quinn', lastName: 'Replay', program });

async function clinic() {
  return provisionedClinic(server, `vr${++clinicCount}-${Date.now().toString(36)}`);
}

type ServerDoc = Record<string, unknown> & { _rev: string };

async function quarantined(db: WaypointDatabase, id: string) {
  return (await findClinicRecords(db, 'quarantine')).filter((r) => r.refId === id);
}

describe('an older sealed version replayed by the server (issue 18 item 8)', () => {
  it('is set aside with a clear reason; the laptops keep showing the current version', async () => {
    const { clinicId, master, db } = await clinic();
    const a = await openLaptop(`vr-a-${clinicId}`, master, server.url, clinicId);
    const b = await openLaptop(`vr-b-${clinicId}`, master, server.url, clinicId);
    a.startSync();
    b.startSync();
    const client = await insertClient(a.db, person('Adult IOP'), staffAAt('09:00'));
    await a.sync?.awaitInSync();
    const first = (await rawAdmin(`${db('clients')}/${client.id}`)).json as ServerDoc;
    await updateClient(a.db, client.id, person('Adult PHP'), staffAAt('09:05'));
    await waitFor('the second version on the server', async () => ((await rawAdmin(`${db('clients')}/${client.id}`)).json as ServerDoc)._rev !== first._rev);
    await waitFor('the second version on laptop B', async () => (await getClient(b.db, client.id))?.program === 'Adult PHP');
    // The operator writes the first version's envelope (and routing fields) as a new revision on top.
    const current = (await rawAdmin(`${db('clients')}/${client.id}`)).json as ServerDoc;
    const put = await rawAdmin(`${db('clients')}/${client.id}`, 'PUT', { ...first, _rev: current._rev });
    expect(put.status).toBe(201);
    for (const laptop of [a, b]) {
      laptop.sync?.reSync();
      await waitFor('the replay set aside', async () => (await quarantined(laptop.db, client.id)).length === 1);
      const [record] = await quarantined(laptop.db, client.id);
      expect(record?.reason).toContain('older version');
      expect((await getClient(laptop.db, client.id))?.program).toBe('Adult PHP');
    }

    // A laptop joining afterwards does not take the replayed version either; the clinic keeps syncing.
    const c = await openLaptop(`vr-c-${clinicId}`, master, server.url, clinicId);
    c.startSync();
    const later = await insertClient(a.db, person('Adult IOP'), staffAAt('09:10'));
    await waitFor('the later client on laptop C', async () => (await getClient(c.db, later.id)) !== null);
    expect(await getClient(c.db, client.id)).toBeNull();
    expect((await quarantined(c.db, client.id))[0]?.reason).toContain('older version');
  });
});
