import { createRxDatabase, type RxJsonSchema } from 'rxdb/plugins/core';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { describe, expect, it } from 'vitest';
import { findClinicRecords, findSyncAccounts, recordSyncAccount } from '../../renderer/db';
import { clinicCollection } from '../../renderer/db/collections/clinic.collection';
import { SEALED_FIELDS } from '../../renderer/db/schema-plan';
import { wrapSealedStorage } from '../../renderer/db/sealed-storage';
import { closeDb, crypto, newKey, openDb } from './db-helpers';

const T = '2026-12-05T09:00:00.000Z';
const same = <D>(doc: D) => doc;
const identity = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [i + 1, same]));

/** The v3 clinic schema: every kind but 'sync-account'. */
function clinicV3(): RxJsonSchema<unknown> {
  const kinds = ['settings', 'conflict-copy', 'quarantine', 'schedule', 'safety-ack', 'alert-snooze', 'signing-key', 'key-certificate'];
  const kind = { type: 'string', enum: kinds, maxLength: 15 };
  return { ...clinicCollection.schema, version: 3, properties: { ...clinicCollection.schema.properties, kind } } as unknown as RxJsonSchema<unknown>;
}

describe('clinic schema migration v3 → v5 (v4 audit-checkpoint, v5 sync-account kind, issue 18 item 4d)', () => {
  it('keeps existing clinic records unchanged and then stores a member’s server account', async () => {
    const key = await newKey();
    const storage = wrapSealedStorage({ storage: getRxStorageDexie(), crypto, key, sealedFields: SEALED_FIELDS });
    const old = await createRxDatabase({ name: 'sync-account-migrate', storage, multiInstance: false });
    const cols = await old.addCollections({ clinic: { schema: clinicV3(), migrationStrategies: identity(3) } });
    const base = { status: 'open', authorId: 'u1', createdAt: T, updatedAt: T, reason: '' };
    await cols.clinic.insert({ ...base, id: 'k1', kind: 'signing-key', refCollection: 'staff', refId: 'u1', data: { keyId: 'abc' } });
    await old.close();

    const db = await openDb('sync-account-migrate', key);
    expect(await findClinicRecords(db, 'signing-key')).toMatchObject([{ id: 'k1', refId: 'u1', data: { keyId: 'abc' } }]);
    await recordSyncAccount(db, 'staff-tess', 'tess', { authorId: 'u1', now: new Date(T) });
    expect(await findSyncAccounts(db, 'staff-tess')).toEqual([{ id: 'sync-account.tess', staffId: 'staff-tess', username: 'tess', active: true }]);
    await closeDb(db);
  });
});
