import { describe, expect, it } from 'vitest';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import type { RxStorage } from 'rxdb/plugins/core';
import { countSyncedRecords } from '../../../renderer/db/replication';
import { SYNC_PLANS } from '../../../renderer/db/sync-plan';
import { provisionClinic } from '../../../renderer/sync/clinic-server';
import { createMasterKey } from '../../../shared/crypto/keys';
import { generateClinic, insertBatched } from '../../../scripts/seed';
import { crypto } from '../db-helpers';
import { openLaptop } from './laptops';
import { ADMIN, testServerPerFile } from './server-fixture';

/**
 * The large bench's join sat ~300 s (a fifth of it) after every document was written before it said "in sync".
 * The periodic pass (and "behind" verdicts) asked RxDB for a RESYNC while the first pull ran; a RESYNC also restarts
 * the push's walk over every local document changed since its checkpoint, i.e. every document just pulled: read and
 * opened again 50 at a time, chasing the pull and finishing alone after it. A pass asked during a pass now waits.
 */

const server = testServerPerFile();

/** Dexie underneath, counting the notes the push's walk reads (RxDB's changed-since query, sorted by write time). */
function countingWalk(): { readonly storage: RxStorage<unknown, unknown>; readonly walked: () => number } {
  const dexie = getRxStorageDexie() as RxStorage<unknown, unknown>;
  let walked = 0;
  const storage: RxStorage<unknown, unknown> = {
    ...dexie,
    createStorageInstance: async (params) => {
      const instance = await dexie.createStorageInstance(params);
      if (params.collectionName !== 'notes') return instance;
      const query = instance.query.bind(instance);
      instance.query = async (prepared) => {
        const result = await query(prepared);
        const byWriteTime = prepared.query.sort.some((part) => Object.hasOwn(part, '_meta.lwt'));
        if (byWriteTime) walked += result.documents.length;
        return result;
      };
      return instance;
    },
  };
  return { storage, walked: () => walked };
}

describe("a new laptop's first pull", () => {
  it('ends when the documents are held: the periodic pass during the pull does not read every pulled note again', async () => {
    const clinicId = `tail-${Date.now().toString(36)}`;
    await provisionClinic({ url: server.url, admin: ADMIN, clinicId, collections: SYNC_PLANS });
    const master = createMasterKey(crypto);
    const a = await openLaptop(`tail-a-${clinicId}`, master, server.url, clinicId);
    await insertBatched(a.db.notes, generateClinic('small').notes.slice(0, 250));
    await a.startSync().awaitInSync();
    await a.stopSync();

    const counting = countingWalk();
    const b = await openLaptop(`tail-b-${clinicId}`, master, server.url, clinicId, ADMIN, crypto, counting.storage);
    // The periodic pass every 50 ms: it comes many times while the 250 notes arrive (5 pages).
    await b.startSync(undefined, 300, 50).awaitInSync();

    expect(await countSyncedRecords(b.db)).toBe(250);
    expect(counting.walked()).toBe(0);
  });
});
