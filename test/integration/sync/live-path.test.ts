import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertClient, findClinicRecords, getClient, updateClient, watchClient, type ClientInput } from '../../../renderer/db';
import { SYNC_PLANS } from '../../../renderer/db/sync-plan';
import { provisionClinic } from '../../../renderer/sync/clinic-server';
import type { FetchLike } from '../../../renderer/sync/encrypting-fetch';
import { createMasterKey } from '../../../shared/crypto/keys';
import { clinicDbName } from '../../../shared/sync/couch-names';
import { crypto } from '../db-helpers';
import { openLaptop } from './laptops';
import { ADMIN, rawAdmin, startTestServer, waitFor, type TestServer } from './server-fixture';

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

const base: ClientInput = {
  firstName: 'Live',
  lastName: 'Path',
  preferredName: '',
  pronouns: '',
  dateOfBirth: '1990-01-01',
  levelOfCare: 'IOP',
  program: 'Adult',
  primaryClinicianId: 's',
  admissionDate: '2026-11-01',
  contacts: [],
};
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
const stalledLike = (answer: Response): Response =>
  new Response(new ReadableStream<Uint8Array>({ start: () => undefined }), { status: answer.status, headers: answer.headers });

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
    // Polls held up to 2 s: A's change lands while B's poll waits (not at a cut), and B's recovery still has to
    // come from the deadline on the stalled answer (2.25 s), not from a later poll.
    b.startSync(stallFirstChange, 2_000);
    await Promise.all([a.sync?.awaitInSync(), b.sync?.awaitInSync()]);

    const created = await insertClient(a.db, { ...base, lastName: 'Stalled' }, at('09:00:00', 'staff-a'));
    const started = Date.now();
    await waitFor('the client on laptop B', async () => (await getClient(b.db, created.id)) !== null, 5_000);
    expect(Date.now() - started).toBeLessThan(5_000);
    // The listener really met the stalled answer (otherwise this test proves nothing).
    expect(stalled).toBe(1);
    expect((await getClient(b.db, created.id))?.lastName).toBe('Stalled');
  });

  it("an older version that reaches B while B pushes its resolution never replaces B's kept text; both texts survive", async () => {
    const { clientsDb, a, b } = await twoLaptops();
    const created = await insertClient(a.db, { ...base, lastName: 'Stale' }, at('09:00:00', 'staff-a'));
    const docUrl = `${server.url}${clientsDb}${created.id}`;
    // Laptop B's transport, once armed, stages the race RxDB's live documents lose (docs/sync.md):
    // 1. B's first version check (POST _all_docs) answers the old state, and returns only once A's version is on
    //    the server, so B's write is refused and B resolves the conflict (its newer text wins);
    // 2. the listener's answer that brings A's version is held until B pushes the resolution (second check).
    let armed = false;
    let checks = 0;
    let heldUntilResolution = 0;
    let resolutionPushed: () => void = () => undefined;
    const pushingResolution = new Promise<void>((resolve) => {
      resolutionPushed = resolve;
    });
    const staged: FetchLike = async (input, init) => {
      const url = urlOf(input);
      const isCheck = init?.method === 'POST' && url.includes(`${clientsDb}_all_docs`);
      if (armed && isCheck && ++checks === 2) {
        resolutionPushed();
        // Let the held listener answer land first.
        await new Promise((resolve) => setTimeout(resolve, 300));
      }
      const answer = await fetch(input, init);
      if (armed && isCheck && checks === 1) {
        const text = await answer.text();
        a.startSync();
        await waitFor("A's version on the server", async () => ((await rawAdmin(docUrl)).json as { _rev?: string } | null)?._rev?.startsWith('2-') === true);
        return new Response(text, { status: answer.status, headers: answer.headers });
      }
      // (Headers of a held poll arrive at once: whether to hold is decided when its body has arrived.)
      if (!url.includes(`${clientsDb}_changes`) || !url.includes('feed=longpoll')) return answer;
      const text = await answer.text();
      if (armed && changedIds(text).includes(created.id)) {
        const inTime = await Promise.race([pushingResolution.then(() => true), new Promise<boolean>((resolve) => setTimeout(resolve, 5_000, false))]);
        if (inTime && checks === 2) heldUntilResolution += 1;
      }
      return new Response(text, { status: answer.status, headers: answer.headers });
    };
    a.startSync();
    // B's listener polls may be held 8 s, so the staged answer is not cut.
    b.startSync(staged, 8_000);
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
      await waitFor('both laptops synced', async () => {
        await Promise.all([a.sync?.awaitInSync(), b.sync?.awaitInSync()]);
        return checks >= 2 && (await getClient(a.db, created.id))?.preferredName === 'newer on B';
      });
      // Give a late, stale answer time to land (RxDB held the feed's answers until a push ended).
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      await Promise.all([a.sync?.awaitInSync(), b.sync?.awaitInSync()]);
    } finally {
      watching.unsubscribe();
    }

    // The race was staged: an answer bringing A's version reached B while B pushed its resolution.
    expect(heldUntilResolution).toBeGreaterThanOrEqual(1);
    // B never went back to A's older text, not even for a moment, and still shows its own.
    expect(shown).toEqual(['newer on B']);
    for (const laptop of [a, b]) {
      expect((await getClient(laptop.db, created.id))?.preferredName).toBe('newer on B');
      const copies = await findClinicRecords(laptop.db, 'conflict-copy');
      expect(copies.map((c) => c.data.preferredName)).toContain('older on A');
    }
  });
});
