import { describe, expect, it } from 'vitest';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import type { RxStorage } from 'rxdb/plugins/core';
import { insertClient, getClient, updateClient } from '../../../renderer/db';
import { SYNC_PLANS } from '../../../renderer/db/sync-plan';
import { provisionClinic } from '../../../renderer/sync/clinic-server';
import { createMasterKey } from '../../../shared/crypto/keys';
import { clientInput } from '../../utils/client-input';
import { crypto } from '../db-helpers';
import { openLaptop } from './laptops';
import { ADMIN, waitFor, testServerPerFile } from './server-fixture';
import { keepTraces } from './trace-dump';

/**
 * Found by the soak (docs/sync.md "Stopping in the middle of a pull"): sync stopped (a lock) after a pulled document
 * was written but before RxDB stored its bookkeeping. The next session took the document for an unpushed local
 * write and never updated it again: the laptop kept the old version while it said it was up to date.
 */

const server = testServerPerFile();

const base = clientInput({ firstName: 'Stop', lastName: 'Mid pull', dateOfBirth: '1990-01-01', program: 'Adult', primaryClinicianId: 's' });

/** Dexie underneath, with the replication's bookkeeping writes of pulled documents slowed while `slow` is on. */
function slowPullBookkeeping(): { storage: RxStorage<unknown, unknown>; setSlow: (on: boolean) => void } {
  const dexie = getRxStorageDexie() as RxStorage<unknown, unknown>;
  let slow = false;
  const storage: RxStorage<unknown, unknown> = {
    ...dexie,
    createStorageInstance: async (params) => {
      const instance = await dexie.createStorageInstance(params);
      const write = instance.bulkWrite.bind(instance);
      instance.bulkWrite = async (rows, context) => {
        if (slow && context === 'replication-down-write-meta') await new Promise((resolve) => setTimeout(resolve, 1_500));
        return write(rows, context);
      };
      return instance;
    },
  };
  return {
    storage,
    setSlow: (on) => {
      slow = on;
    },
  };
}

describe('stopping sync in the middle of a pull', () => {
  it("a client pulled just before sync stopped still gets the other laptop's later edits", async () => {
    const clinicId = `stop-${Date.now().toString(36)}`;
    await provisionClinic({ url: server.url, admin: ADMIN, clinicId, collections: SYNC_PLANS });
    const master = createMasterKey(crypto);
    const slowB = slowPullBookkeeping();
    const a = await openLaptop(`stop-a-${clinicId}`, master, server.url, clinicId);
    const b = await openLaptop(`stop-b-${clinicId}`, master, server.url, clinicId, ADMIN, crypto, slowB.storage);
    a.startSync();
    b.startSync();
    await Promise.all([a.sync?.awaitInSync(), b.sync?.awaitInSync()]);

    slowB.setSlow(true);
    const created = await insertClient(a.db, { ...base }, { authorId: 'staff-a', now: new Date('2026-11-27T09:00:00.000Z') });
    await waitFor('the client on laptop B', async () => (await getClient(b.db, created.id)) !== null);
    // B locks as soon as the client is there (its bookkeeping still being written).
    await b.stopSync();
    slowB.setSlow(false);

    await updateClient(a.db, created.id, { ...base, preferredName: 'edited on A' }, { authorId: 'staff-a', now: new Date('2026-11-27T09:05:00.000Z') });
    b.startSync();
    await waitFor("A's edit on laptop B", async () => (await getClient(b.db, created.id))?.preferredName === 'edited on A', 10_000).catch((error: unknown) => {
      keepTraces('stop-mid-pull', { a, b });
      throw error;
    });
    expect((await getClient(b.db, created.id))?.preferredName).toBe('edited on A');
  });
});
