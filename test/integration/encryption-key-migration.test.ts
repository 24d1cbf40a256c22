import { createRxDatabase, type RxJsonSchema } from 'rxdb/plugins/core';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { describe, expect, it } from 'vitest';
import { findSyncAccounts, publishEncryptionKey, readEncryptionKeys } from '../../renderer/db';
import { clinicCollection } from '../../renderer/db/collections/clinic.collection';
import { SEALED_FIELDS } from '../../renderer/db/schema-plan';
import { wrapSealedStorage } from '../../renderer/db/sealed-storage';
import { CLINIC_RECORD_KINDS } from '../../shared/domain/records';
import { closeDb, crypto, newKey, openDb } from './db-helpers';

const T = '2026-12-05T11:00:00.000Z';
const same = <D>(doc: D) => doc;
const identity = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [i + 1, same]));

/** The v5 clinic schema: every kind but 'encryption-key'. */
function clinicV5(): RxJsonSchema<unknown> {
  const kinds = CLINIC_RECORD_KINDS.filter((k) => k !== 'encryption-key');
  const kind = { type: 'string', enum: kinds, maxLength: 16 };
  return { ...clinicCollection.schema, version: 5, properties: { ...clinicCollection.schema.properties, kind } } as unknown as RxJsonSchema<unknown>;
}

describe('clinic schema migration v5 → v6 (the encryption-key kind, issue 18 item 4d)', () => {
  it('keeps existing clinic records unchanged and then stores a member’s public encryption key', async () => {
    const key = await newKey();
    const storage = wrapSealedStorage({ storage: getRxStorageDexie(), crypto, key, sealedFields: SEALED_FIELDS });
    const old = await createRxDatabase({ name: 'encryption-key-migrate', storage, multiInstance: false });
    const cols = await old.addCollections({ clinic: { schema: clinicV5(), migrationStrategies: identity(5) } });
    const base = { status: 'open', authorId: 'u1', createdAt: T, updatedAt: T, reason: '' };
    await cols.clinic.insert({
      ...base,
      id: 'sync-account.tess',
      kind: 'sync-account',
      refCollection: 'staff',
      refId: 'staff-tess',
      data: { username: 'tess' },
    });
    await old.close();

    const db = await openDb('encryption-key-migrate', key);
    expect(await findSyncAccounts(db, 'staff-tess')).toEqual([{ id: 'sync-account.tess', staffId: 'staff-tess', username: 'tess', active: true }]);
    const enc = { keyId: 'k1', userId: 'staff-tess', laptopId: 'l1', publicKey: 'pk', createdAt: T, signingKeyId: 's1', sig: 'sig' };
    await publishEncryptionKey(db, enc, { authorId: 'staff-tess', now: new Date(T) });
    expect(await readEncryptionKeys(db)).toEqual([enc]);
    await closeDb(db);
  });
});
