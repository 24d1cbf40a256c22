import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { closeDatabase, createDatabase, findClinicRecords, getReview, type WaypointDatabase } from '../../../renderer/db';
import { SYNC_PLANS } from '../../../renderer/db/sync-plan';
import { startReview } from '../../../renderer/features/reviews/review-actions';
import { provisionClinic } from '../../../renderer/sync/clinic-server';
import { createConflictHandler } from '../../../renderer/sync/conflict-handler';
import { startClinicSync, type ClinicSync } from '../../../renderer/sync/replication';
import type { ActorContext } from '../../../renderer/session';
import { createMasterKey, deriveKey } from '../../../shared/crypto/keys';
import { crypto } from '../db-helpers';
import { ADMIN, startTestServer, waitFor, type TestServer } from './server-fixture';

let server: TestServer;
const open: { db: WaypointDatabase; sync: ClinicSync | null }[] = [];

beforeAll(async () => {
  server = await startTestServer();
});

afterEach(async () => {
  for (const laptop of open) {
    await laptop.sync?.stop();
    await closeDatabase(laptop.db);
  }
  open.length = 0;
});

afterAll(async () => {
  await server.stop();
});

/** A laptop with the collections a review touches (careplans, audit, clinic), syncing to the test server. */
async function laptop(name: string, master: Uint8Array, clinicId: string) {
  const db = await createDatabase({
    name,
    key: await deriveKey(crypto, master, 'at-rest'),
    crypto,
    collections: ['careplans', 'audit', 'clinic'],
    conflictHandlerFor: createConflictHandler,
  });
  const syncKey = await deriveKey(crypto, master, 'sync');
  const entry: { db: WaypointDatabase; sync: ClinicSync | null } = { db, sync: null };
  open.push(entry);
  const start = () =>
    (entry.sync = startClinicSync({
      db,
      url: server.url,
      clinicId,
      credentials: ADMIN,
      crypto,
      syncKey,
      longPollTimeoutMs: 300,
      retryTimeMs: 500,
      resyncEveryMs: 0,
    }));
  return { db, start };
}

const actor = (db: WaypointDatabase, id: string, iso: string): ActorContext => ({ db, actor: { id, role: 'therapist' }, now: () => new Date(iso) });

describe('progress reviews through the real sync server', () => {
  it('two laptops start the review of the same client offline: both starts are kept, the later one stands and the other is shown as a conflict', async () => {
    const clinicId = `rv-${Date.now().toString(36)}`;
    await provisionClinic({ url: server.url, admin: ADMIN, clinicId, collections: SYNC_PLANS });
    const master = createMasterKey(crypto);
    const a = await laptop(`reviews-a-${clinicId}`, master, clinicId);
    const b = await laptop(`reviews-b-${clinicId}`, master, clinicId);
    const input = { clientId: 'client-1', asOfDate: '2026-12-04', dueOn: '2026-12-05', planVersionId: 'pv1' };
    const onA = await startReview(actor(a.db, 'staff-a', '2026-12-04T09:00:00Z'), input);
    const onB = await startReview(actor(b.db, 'staff-b', '2026-12-04T09:30:00Z'), input);
    expect(onA.id).toBe(onB.id);

    const syncA = a.start();
    await syncA.awaitInSync();
    await b.start().awaitInSync();
    await syncA.awaitInSync();
    for (const side of [a, b]) {
      await waitFor(
        'the later start and a conflict copy of the other on both laptops',
        async () => {
          const copies = await findClinicRecords(side.db, 'conflict-copy');
          return (await getReview(side.db, onA.id))?.authorId === 'staff-b' && copies.some((c) => c.refId === onA.id && c.data.authorId === 'staff-a');
        },
        15_000,
      );
    }
    const [copy] = (await findClinicRecords(a.db, 'conflict-copy')).filter((c) => c.refId === onA.id);
    expect(copy).toMatchObject({ refCollection: 'careplans', status: 'open' });
  });
});
