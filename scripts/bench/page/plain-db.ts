import { createRxDatabase, type RxDatabase, type RxCollection, type RxStorage } from 'rxdb/plugins/core';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { notesCollection } from '../../../renderer/db/collections/notes.collection';
import { responsesCollection } from '../../../renderer/db/collections/responses.collection';
import { SEALED_FIELDS } from '../../../renderer/db/schema-plan';
import { wrapSealedStorage } from '../../../renderer/db/sealed-storage';
import type { AesKey, CryptoProvider } from '../../../shared/crypto/provider';
import type { InstrumentResponse, Note } from '../../../shared/domain/records';

export interface PairCollections {
  notes: RxCollection<Note>;
  responses: RxCollection<InstrumentResponse>;
}
export type PairDatabase = RxDatabase<PairCollections>;

/**
 * A two-collection database (notes, responses) with the app's own schemas, over plain Dexie or over the sealed
 * wrapper with the app's sealed-field lists. Both baselines differ only in the wrapper, so the ratio is its cost.
 * Two collections because RxDB's free build allows 13 open at once and the app's database takes 12.
 */
export async function openPairDatabase(name: string, seal: { readonly crypto: CryptoProvider; readonly key: AesKey } | null): Promise<PairDatabase> {
  const dexie: RxStorage<unknown, unknown> = getRxStorageDexie();
  const storage = seal ? wrapSealedStorage({ storage: dexie, crypto: seal.crypto, key: seal.key, sealedFields: SEALED_FIELDS }) : dexie;
  const db = await createRxDatabase<PairCollections>({ name, storage, multiInstance: false });
  await db.addCollections({
    notes: { schema: notesCollection.schema },
    responses: { schema: responsesCollection.schema },
  });
  return db;
}
