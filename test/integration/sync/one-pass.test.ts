import { config } from 'rxjs';
import { afterEach, describe, expect, it } from 'vitest';
import { getClient, insertClient } from '../../../renderer/db';
import { SYNC_PLANS } from '../../../renderer/db/sync-plan';
import { provisionClinic } from '../../../renderer/sync/clinic-server';
import { startClinicSync } from '../../../renderer/sync/replication';
import { createMasterKey, deriveKey } from '../../../shared/crypto/keys';
import { clientInput } from '../../utils/client-input';
import { crypto } from '../db-helpers';
import { openLaptop } from './laptops';
import { ADMIN, testServerPerFile } from './server-fixture';

/**
 * Issue 17 item 3 (a new laptop joins a large clinic, the bench's non-live first pull): RxDB resolves a non-live
 * replication's start only once the pass is over and its bookkeeping store is closed. The request trace subscribed to
 * that store's checkpoints then, and each finished collection threw "RxStorageInstanceDexie is closed" as an
 * uncaught error (eight of them in the large bench run) and traced no checkpoint at all.
 */

const server = testServerPerFile();
const uncaught: unknown[] = [];

afterEach(() => {
  config.onUnhandledError = null;
  uncaught.length = 0;
});

describe('one non-live pass of clinic sync', () => {
  it('pulls every record, traces its checkpoints and ends without an uncaught error', async () => {
    config.onUnhandledError = (error: unknown) => uncaught.push(error);
    const clinicId = `pass-${Date.now().toString(36)}`;
    await provisionClinic({ url: server.url, admin: ADMIN, clinicId, collections: SYNC_PLANS });
    const master = createMasterKey(crypto);
    const a = await openLaptop(`pass-a-${clinicId}`, master, server.url, clinicId);
    const client = await insertClient(
      a.db,
      clientInput({ firstName: 'One', lastName: 'Pass', dateOfBirth: '1990-01-01', program: 'Adult', primaryClinicianId: 's' }),
      { authorId: 'staff-a', now: new Date('2026-12-05T09:00:00.000Z') },
    );
    await a.startSync().awaitInSync();
    await a.stopSync();

    const b = await openLaptop(`pass-b-${clinicId}`, master, server.url, clinicId);
    const pass = startClinicSync({
      db: b.db,
      url: server.url,
      clinicId,
      credentials: ADMIN,
      crypto,
      syncKey: await deriveKey(crypto, master, 'sync'),
      live: false,
      resyncEveryMs: 0,
    });
    await pass.awaitInSync();
    await pass.stop();
    // rxjs reports an error no subscriber handles on a later tick.
    await new Promise((resolve) => setTimeout(resolve, 50));

    expect((await getClient(b.db, client.id))?.firstName).toBe('One');
    expect(uncaught.map(String)).toEqual([]);
    expect(pass.trace().some((entry) => entry.what === 'checkpoint' && entry.collection === 'clients')).toBe(true);
  });
});
