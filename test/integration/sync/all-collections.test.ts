import { describe, expect, it } from 'vitest';
import { closeDatabase, createDatabase, getClinicRecord } from '../../../renderer/db';
import { SYNC_PLANS } from '../../../renderer/db/sync-plan';
import { provisionClinic } from '../../../renderer/sync/clinic-server';
import { startClinicSync } from '../../../renderer/sync/replication';
import { createMasterKey, deriveKey } from '../../../shared/crypto/keys';
import { keychainOf } from '../../../shared/crypto/key-generations';
import { sealDoc } from '../../../shared/sync/e2ee-docs';
import { crypto } from '../db-helpers';
import { ADMIN, rawAdmin, waitFor, testServerPerFile } from './server-fixture';
import { createConflictHandler } from '../../../renderer/sync/conflict-handler';

const server = testServerPerFile();

describe('one laptop with all twelve collections', () => {
  it('listens to every collection through at most six connections and sees a change in the last one', async () => {
    await provisionClinic({ url: server.url, admin: ADMIN, clinicId: 'all', collections: SYNC_PLANS });
    const master = createMasterKey(crypto);
    const syncKey = await deriveKey(crypto, master, 'sync');
    const db = await createDatabase({ name: 'laptop-all', key: await deriveKey(crypto, master, 'at-rest'), crypto, conflictHandlerFor: createConflictHandler });
    const sync = startClinicSync({ db, url: server.url, clinicId: 'all', credentials: ADMIN, crypto, syncKey, longPollTimeoutMs: 500 });
    try {
      await sync.awaitInSync();
      // Another laptop's write, sealed exactly as the encrypting fetch would, to the collection listed last.
      const clinicPlan = SYNC_PLANS.find((p) => p.collection === 'clinic');
      if (!clinicPlan) throw new Error('no clinic plan');
      const now = '2026-11-27T09:00:00.000Z';
      const record = {
        _id: 'settings-1',
        kind: 'settings',
        status: 'open',
        refCollection: '',
        refId: '',
        authorId: 's1',
        createdAt: now,
        updatedAt: now,
        data: { theme: 'calm' },
        reason: '',
      };
      const sealed = await sealDoc({ crypto, keys: keychainOf(syncKey), collection: 'clinic', plaintextFields: clinicPlan.plaintextFields }, record);
      const started = Date.now();
      expect((await rawAdmin(`${server.url}/wp_all_clinic/_bulk_docs`, 'POST', { docs: [sealed] })).status).toBe(201);
      await waitFor('the clinic record on the laptop', async () => (await getClinicRecord(db, 'settings-1')) !== null, 10_000);
      expect(Date.now() - started).toBeLessThan(5_000);
      expect((await getClinicRecord(db, 'settings-1'))?.data).toEqual({ theme: 'calm' });
      expect(sync.peakConnections()).toBeLessThanOrEqual(6);
      await waitFor('up to date', () => sync.status().state === 'up-to-date');
    } finally {
      await sync.stop();
      await closeDatabase(db);
    }
  });
});
