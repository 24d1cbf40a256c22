import { fillWithDefaultSettings, getRxReplicationMetaInstanceSchema, type RxJsonSchema, type RxStorageInstance } from 'rxdb/plugins/core';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { describe, expect, it } from 'vitest';
import { SealedRecordError, wrapSealedStorage } from '../../renderer/db/sealed-storage';
import type { AesKey } from '../../shared/crypto/provider';
import { crypto, dumpIndexedDb, newKey } from './db-helpers';

// The replication meta copy of a record (renderer/db/sealed-meta.ts) at the storage level: meta documents stored
// before it (one top-level envelope) still open, new ones carry the record's envelope, and that envelope does not
// open on a meta document about another record.

interface Thing {
  id: string;
  clientId: string;
  secret: string;
}

const THING_SCHEMA = fillWithDefaultSettings<Thing>({
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: { id: { type: 'string', maxLength: 40 }, clientId: { type: 'string', maxLength: 40 }, secret: { type: 'string' } },
  required: ['id', 'clientId', 'secret'],
} satisfies RxJsonSchema<Thing>);
const META_SCHEMA = getRxReplicationMetaInstanceSchema(THING_SCHEMA, false);

type Meta = ReturnType<typeof metaDoc>;
type MetaInstance = RxStorageInstance<Meta, unknown, unknown>;

function metaDoc(id: string, secret: string) {
  return {
    id: `${id}|0`,
    isCheckpoint: '0',
    itemId: id,
    docData: { id, clientId: 'c-1', secret, _deleted: false, _attachments: {}, _rev: '1-abc', _meta: { lwt: 1 } },
    _deleted: false,
    _rev: '1-m',
    _meta: { lwt: 1 },
    _attachments: {},
  };
}

function creation<T>(databaseName: string, collectionName: string, schema: RxJsonSchema<T>) {
  return { databaseName, collectionName, schema, options: {}, multiInstance: false, devMode: false, databaseInstanceToken: 'test' };
}

function sealedStorage(key: AesKey) {
  return wrapSealedStorage({ storage: getRxStorageDexie(), crypto, key, sealedFields: { things: ['secret'] } });
}

async function openMeta(databaseName: string, key: AesKey, withRecords: boolean): Promise<MetaInstance> {
  const storage = sealedStorage(key);
  if (withRecords) await storage.createStorageInstance(creation(databaseName, 'things', THING_SCHEMA));
  // RxDB's meta schema types docData loosely; the stored documents are what metaDoc builds.
  return storage.createStorageInstance<Meta>(creation(databaseName, 'rx-replication-meta-things', META_SCHEMA as RxJsonSchema<Meta>));
}

async function secretOf(meta: MetaInstance, id: string): Promise<string | undefined> {
  const [found] = await meta.findDocumentsById([`${id}|0`], false);
  return found?.docData.secret;
}

describe('sealed replication meta copies', () => {
  it('opens meta copies stored whole before, stores new ones with the record’s sealing, never in clear', async () => {
    const key = await newKey();
    const legacy = await openMeta('meta-layouts', key, false);
    await legacy.bulkWrite([{ document: metaDoc('t-1', 'Quincy sleeps badly') }], 'test');
    await legacy.close();

    const meta = await openMeta('meta-layouts', key, true);
    expect(await secretOf(meta, 't-1')).toBe('Quincy sleeps badly');
    await meta.bulkWrite([{ document: metaDoc('t-2', 'Rosalind drives on Thursdays') }], 'test');
    expect(await secretOf(meta, 't-2')).toBe('Rosalind drives on Thursdays');
    const atRest = await dumpIndexedDb();
    expect(atRest).not.toContain('Quincy');
    expect(atRest).not.toContain('Rosalind');
    await meta.close();
  });

  it('refuses a meta copy whose envelope belongs to another record', async () => {
    const key = await newKey();
    const meta = await openMeta('meta-moved', key, true);
    await meta.bulkWrite([{ document: metaDoc('t-1', 'Quincy sleeps badly') }], 'test');
    // The same Dexie database without the sealing layer: what is stored.
    const inner = await getRxStorageDexie().createStorageInstance<Meta>(
      creation('meta-moved', 'rx-replication-meta-things', META_SCHEMA as RxJsonSchema<Meta>),
    );
    const [stored] = await inner.findDocumentsById(['t-1|0'], false);
    if (!stored) throw new Error('meta copy not stored');
    // The same sealed fields moved onto the meta document of t-2 (id and itemId changed, envelope kept).
    const moved = { ...stored, id: 't-2|0', itemId: 't-2', docData: { ...stored.docData, id: 't-2' } };
    await inner.bulkWrite([{ document: moved }], 'test');
    await inner.close();
    await expect(meta.findDocumentsById(['t-2|0'], false)).rejects.toBeInstanceOf(SealedRecordError);
    await meta.close();
  });
});
