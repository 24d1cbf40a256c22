import { createLocalDocumentStorageInstance, getCollectionLocalInstanceName } from 'rxdb/plugins/local-documents';
import { normalizeMangoQuery, prepareQuery, type RxDocumentData, type RxLocalDocumentData } from 'rxdb/plugins/core';
import type { WaypointDatabase } from '../schema-plan';
import { SealedRecordError } from '../sealed-storage';

/*
 * Builds before the local store (local-store.ts) kept the audit check's verified marks in an RxDB local document of
 * the database. That path is gone; an upgraded laptop's old document is read once here, then its storage is removed.
 */

const LEGACY_INSTANCE = getCollectionLocalInstanceName('');

/** The old local documents' storage and the field it sealed, so the sealed storage can still open it once. */
export const LEGACY_LOCAL_SEALED: Readonly<Record<string, readonly string[]>> = { [LEGACY_INSTANCE]: ['data'] };

/**
 * The data of the old local document `id` (undefined when there is none, or it does not open), and the old storage
 * removed, so this runs once per laptop: what it held is the caller's to keep now.
 */
export async function takeLegacyLocalDocument(db: WaypointDatabase, id: string): Promise<unknown> {
  const instance = await createLocalDocumentStorageInstance(db.token, db.storage, db.name, '', {}, false);
  try {
    const query = normalizeMangoQuery<RxDocumentData<RxLocalDocumentData>>(instance.schema, { selector: { id: { $eq: id }, _deleted: { $eq: false } } });
    const found = await instance.query(prepareQuery(instance.schema, query));
    return found.documents[0]?.data;
  } catch (error) {
    if (!(error instanceof SealedRecordError)) throw error;
    return undefined;
  } finally {
    await instance.remove();
  }
}
