import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { closeDatabase, insertClient, createDatabase, findEpisodeEventsForClient, getClient, type WaypointDatabase } from '../../../renderer/db';
import { SYNC_PLANS } from '../../../renderer/db/sync-plan';
import { recordLevelOfCareChange } from '../../../renderer/features/episodes/episode-actions';
import { provisionClinic } from '../../../renderer/sync/clinic-server';
import { createConflictHandler } from '../../../renderer/sync/conflict-handler';
import { startClinicSync, type ClinicSync } from '../../../renderer/sync/replication';
import { createMasterKey, deriveKey } from '../../../shared/crypto/keys';
import { DEFAULT_LEVELS_OF_CARE as LEVELS, episodesOf } from '../../../shared/progress/episodes';
import { crypto } from '../db-helpers';
import { ADMIN, startTestServer, waitFor, type TestServer } from './server-fixture';

// Each laptop opens the four collections an episode write touches (two laptops stay under RxDB's 13).
const COLLECTIONS = ['clients', 'careplans', 'audit', 'clinic'] as const;

let server: TestServer;
const opened: { db: WaypointDatabase; sync: ClinicSync | null }[] = [];

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.stop();
});
afterEach(async () => {
  for (const l of opened.splice(0)) {
    await l.sync?.stop();
    await closeDatabase(l.db);
  }
});

async function laptop(name: string, master: Uint8Array, clinicId: string) {
  const db = await createDatabase({
    name,
    key: await deriveKey(crypto, master, 'at-rest'),
    crypto,
    collections: COLLECTIONS,
    conflictHandlerFor: createConflictHandler,
  });
  const syncKey = await deriveKey(crypto, master, 'sync');
  const l = { db, sync: null as ClinicSync | null };
  opened.push(l);
  const start = () => {
    l.sync = startClinicSync({
      db,
      url: server.url,
      clinicId,
      credentials: ADMIN,
      crypto,
      syncKey,
      longPollTimeoutMs: 300,
      retryTimeMs: 500,
      resyncEveryMs: 0,
    });
    return l.sync;
  };
  const stop = async () => {
    await l.sync?.stop();
    l.sync = null;
  };
  const ctx = (id: string, iso: string) => ({ db, actor: { id, role: 'therapist' as const }, now: () => new Date(iso) });
  return { db, start, stop, ctx };
}

describe('level-of-care events between two laptops', () => {
  it('two laptops transfer the same client while offline: both events are kept and both laptops derive the same episodes', async () => {
    const clinicId = `ep-${Date.now().toString(36)}`;
    await provisionClinic({ url: server.url, admin: ADMIN, clinicId, collections: SYNC_PLANS });
    const master = createMasterKey(crypto);
    const a = await laptop(`ep-a-${clinicId}`, master, clinicId);
    const b = await laptop(`ep-b-${clinicId}`, master, clinicId);
    a.start();
    b.start();
    const client = await insertClient(
      a.db,
      {
        firstName: 'Jordan',
        lastName: 'Twolaptops',
        preferredName: '',
        pronouns: '',
        dateOfBirth: '1987-07-07',
        levelOfCare: 'IOP',
        program: 'Adult mental health',
        primaryClinicianId: 'staff-a',
        admissionDate: '2026-11-01',
        contacts: [],
      },
      { authorId: 'staff-a', now: new Date('2026-11-01T09:00:00Z') },
    );
    const admission = await recordLevelOfCareChange(
      a.ctx('staff-a', '2026-11-01T09:05:00Z'),
      client,
      { type: 'admission', occurredOn: '2026-11-01', levelOfCareCode: 'IOP', coding: null, reason: '', note: '' },
      LEVELS,
    );
    await waitFor('the admission on laptop B', async () => (await findEpisodeEventsForClient(b.db, client.id)).length === 1);
    await waitFor('the client on laptop B', async () => (await getClient(b.db, client.id)) !== null);
    await a.stop();
    await b.stop();

    const onB = await getClient(b.db, client.id);
    if (!onB) throw new Error('client missing on laptop B');
    const toOp = await recordLevelOfCareChange(
      a.ctx('staff-a', '2026-11-20T10:00:00Z'),
      client,
      { type: 'transfer', occurredOn: '2026-11-20', levelOfCareCode: 'OP', coding: null, reason: '', note: '' },
      LEVELS,
    );
    const toPhp = await recordLevelOfCareChange(
      b.ctx('staff-b', '2026-11-20T11:00:00Z'),
      onB,
      { type: 'transfer', occurredOn: '2026-11-20', levelOfCareCode: 'PHP', coding: null, reason: '', note: '' },
      LEVELS,
    );
    await a.start().awaitInSync();
    await b.start().awaitInSync();

    for (const l of [a, b]) await waitFor('all three events on the laptop', async () => (await findEpisodeEventsForClient(l.db, client.id)).length === 3);
    const derived = async (db: WaypointDatabase) =>
      episodesOf(await findEpisodeEventsForClient(db, client.id)).map((e) => [e.id, e.levelOfCareCode, e.startedOn, e.endedOn]);
    const expected = [
      [admission.id, 'IOP', '2026-11-01', '2026-11-20'],
      [toOp.id, 'OP', '2026-11-20', '2026-11-20'],
      [toPhp.id, 'PHP', '2026-11-20', null],
    ];
    expect(await derived(a.db)).toEqual(expected);
    expect(await derived(b.db)).toEqual(expected);
  });
});
