import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, findClinicRecords, getClient, updateClient, watchClient, type ClientInput } from '../../../renderer/db';
import { SYNC_PLANS } from '../../../renderer/db/sync-plan';
import { provisionClinic } from '../../../renderer/sync/clinic-server';
import type { FetchLike } from '../../../renderer/sync/encrypting-fetch';
import { createMasterKey } from '../../../shared/crypto/keys';
import { clinicDbName } from '../../../shared/sync/couch-names';
import { crypto } from '../db-helpers';
import { openLaptop } from './laptops';
import { ADMIN, startTestServer, waitFor, type TestServer } from './server-fixture';

/**
 * Regression tests for the live path (docs/sync.md): the laptops run with the periodic checkpoint pass off, so only
 * the change listener and its passes can bring the other laptop's changes.
 */

let server: TestServer;
let clinicCount = 0;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server.stop();
});

const base: ClientInput = { firstName: 'Live', lastName: 'Path', preferredName: '', pronouns: '', dateOfBirth: '1990-01-01', levelOfCare: 'IOP', program: 'Adult', primaryClinicianId: 's', admissionDate: '2026-11-01', contacts: [] };
const at = (iso: string, authorId: string) => ({ authorId, now: new Date(`2026-11-27T${iso}.000Z`) });

async function twoLaptops() {
  const clinicId = `live${++clinicCount}-${Date.now().toString(36)}`;
  await provisionClinic({ url: server.url, admin: ADMIN, clinicId, collections: SYNC_PLANS });
  const master = createMasterKey(crypto);
  const a = await openLaptop(`live-a-${clinicId}`, master, server.url, clinicId);
  const b = await openLaptop(`live-b-${clinicId}`, master, server.url, clinicId);
  return { clientsDb: `/${clinicDbName(clinicId, 'clients')}/`, a, b };
}

/** A body that never arrives and ignores every abort: what Node 20's fetch can leave after an abort mid-body. */
const stalledLike = (answer: Response): Response => new Response(new ReadableStream<Uint8Array>({ start: () => undefined }), { status: answer.status, headers: answer.headers });

const urlOf = (input: string | URL | Request): string => (typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);

const changedIds = (text: string): string[] => {
  const parsed = JSON.parse(text) as { results?: { id: string }[] };
  return (parsed.results ?? []).map((r) => r.id);
};

describe('live sync path (periodic pass off)', () => {
  it('a listener whose answer never finishes arriving recovers: laptop B still gets the new client within 5 s', async () => {
    const { clientsDb, a, b } = await twoLaptops();
    let stalled = 0;
    // Laptop B's transport: the first clients long-poll that brings a change answers headers, then nothing.
    const stallFirstChange: FetchLike = async (input, init) => {
      const url = urlOf(input);
      const answer = await fetch(input, init);
      if (stalled > 0 || !url.includes(`${clientsDb}_changes`) || !url.includes('feed=longpoll')) return answer;
      const text = await answer.text();
      if (changedIds(text).length === 0) return new Response(text, { status: answer.status, headers: answer.headers });
      stalled += 1;
      return stalledLike(answer);
    };
    a.startSync();
    b.startSync(stallFirstChange);
    await Promise.all([a.sync?.awaitInSync(), b.sync?.awaitInSync()]);

    const created = await createClient(a.db, { ...base, lastName: 'Stalled' }, at('09:00:00', 'staff-a'));
    const started = Date.now();
    await waitFor('the client on laptop B', async () => (await getClient(b.db, created.id)) !== null, 5_000);
    expect(Date.now() - started).toBeLessThan(5_000);
    // The listener really met the stalled answer (otherwise this test proves nothing).
    expect(stalled).toBe(1);
    expect((await getClient(b.db, created.id))?.lastName).toBe('Stalled');
  });

  it('a version that arrives while laptop B pushes never replaces B\'s newer, kept text; both texts survive', async () => {
    const { clientsDb, a, b } = await twoLaptops();
    // Laptop B's push checks the server's versions first (POST _all_docs). Once armed, the first check is held
    // until B's listener has seen A's version on the feed: A's version arrives while B's push is running.
    let armed = false;
    let checksHeld = 0;
    let feedBroughtA: () => void = () => undefined;
    const aOnFeed = new Promise<void>((resolve) => {
      feedBroughtA = resolve;
    });
    const slowCheck: FetchLike = async (input, init) => {
      const url = urlOf(input);
      if (armed && checksHeld === 0 && init?.method === 'POST' && url.includes(`${clientsDb}_all_docs`)) {
        checksHeld += 1;
        a.startSync();
        await Promise.race([aOnFeed, new Promise((resolve) => setTimeout(resolve, 5_000))]);
      }
      const answer = await fetch(input, init);
      if (!armed || !url.includes(`${clientsDb}_changes`) || !url.includes('feed=longpoll')) return answer;
      const text = await answer.text();
      if (changedIds(text).length > 0) feedBroughtA();
      return new Response(text, { status: answer.status, headers: answer.headers });
    };
    const created = await createClient(a.db, { ...base, lastName: 'Stale' }, at('09:00:00', 'staff-a'));
    a.startSync();
    b.startSync(slowCheck);
    await waitFor('the client on laptop B', async () => (await getClient(b.db, created.id)) !== null);
    await Promise.all([a.sync?.awaitInSync(), b.sync?.awaitInSync()]);

    // A edits offline; then B, online, edits the same client later (B's text is the newer one and wins).
    await a.stopSync();
    await updateClient(a.db, created.id, { ...base, lastName: 'Stale', preferredName: 'older on A' }, at('09:01:00', 'staff-a'));
    armed = true;
    await updateClient(b.db, created.id, { ...base, lastName: 'Stale', preferredName: 'newer on B' }, at('09:02:00', 'staff-b'));

    // Every text laptop B shows for the client from now on, in order.
    const shown: string[] = [];
    const watching = watchClient(b.db, created.id).subscribe((client) => {
      if (client && shown.at(-1) !== client.preferredName) shown.push(client.preferredName);
    });
    try {
      await waitFor('both laptops keep B\'s text', async () => {
        await Promise.all([a.sync?.awaitInSync(), b.sync?.awaitInSync()]);
        return (await getClient(a.db, created.id))?.preferredName === 'newer on B' && (await getClient(b.db, created.id))?.preferredName === 'newer on B';
      });
      // Give a late, stale answer time to land (RxDB holds the feed's answers until a push ends).
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      await Promise.all([a.sync?.awaitInSync(), b.sync?.awaitInSync()]);
    } finally {
      watching.unsubscribe();
    }

    expect(checksHeld).toBe(1);
    // B never went back to A's older text, not even for a moment, and still shows its own.
    expect(shown).toEqual(['newer on B']);
    for (const laptop of [a, b]) {
      expect((await getClient(laptop.db, created.id))?.preferredName).toBe('newer on B');
      const copies = await findClinicRecords(laptop.db, 'conflict-copy');
      expect(copies.map((c) => c.data.preferredName)).toContain('older on A');
    }
  });
});
