import { addRxPlugin, createRxDatabase, type RxCollectionCreator, type RxConflictHandler, type RxStorage } from 'rxdb/plugins/core';
import { RxDBMigrationSchemaPlugin } from 'rxdb/plugins/migration-schema';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import type { AesKey, CryptoProvider } from '../../shared/crypto/provider';
import type { CollectionSpec } from './collections/collection-spec';
import { COLLECTION_SPECS, SEALED_FIELDS, type CollectionName, type WaypointCollections, type WaypointDatabase } from './schema-plan';
import { wrapSealedStorage } from './sealed-storage';
import { withOneRequestReads } from './dexie-reads';
import { installCarePlanGuards } from './collections/careplans.collection';
import { installNoteGuards } from './collections/notes.collection';
import { LOCAL_STORE_SEALED } from './collections/local-store';
import { LEGACY_LOCAL_SEALED } from './collections/legacy-local-documents';

export interface CreateDatabaseOptions {
  readonly name: string;
  /** The at-rest key (HKDF from the clinic master key). */
  readonly key: AesKey;
  readonly crypto: CryptoProvider;
  /** Defaults to RxDB's Dexie (IndexedDB) storage; tests pass one over fake-indexeddb. */
  readonly storage?: RxStorage<unknown, unknown>;
  /**
   * Open only these collections. For tests and tools that run two "laptops" in one process: RxDB's free build opens
   * at most 13 collections per process. The app always opens all twelve.
   */
  readonly collections?: readonly CollectionName[];
  /**
   * Each collection's conflict handler (renderer/sync's createConflictHandler): injected, so the data layer does not
   * depend on sync. RxDB's default would silently keep the server's version; ours keeps a winner and never loses the other.
   */
  readonly conflictHandlerFor: ConflictHandlerFor;
}

/** Gives the conflict handler of one collection. */
export type ConflictHandlerFor = <D>(collection: string) => RxConflictHandler<D>;

// Schema versions above 0 need this plugin to migrate; without it a bumped schema cannot open old data.
addRxPlugin(RxDBMigrationSchemaPlugin);

function collectionCreators(conflictHandlerFor: ConflictHandlerFor) {
  const { clients, staff, groups, sessions, attendance, notes, responses, medications, medevents, careplans, audit, clinic } = COLLECTION_SPECS;
  const creator = <D>(s: CollectionSpec<D>): RxCollectionCreator<D> => ({
    schema: s.schema,
    migrationStrategies: s.migrationStrategies,
    conflictHandler: conflictHandlerFor<D>(s.name),
  });
  return {
    clients: creator(clients),
    staff: creator(staff),
    groups: creator(groups),
    sessions: creator(sessions),
    attendance: creator(attendance),
    notes: creator(notes),
    responses: creator(responses),
    medications: creator(medications),
    medevents: creator(medevents),
    careplans: creator(careplans),
    audit: creator(audit),
    clinic: creator(clinic),
  };
}

/**
 * Opens the sealed database with all twelve collections. Never with RxDB dev-mode (it loads a remote iframe).
 * One window uses it, so multiInstance is off; closeDuplicates lets unlock succeed even if a lock did not finish
 * closing the previous instance.
 */
export async function createDatabase(options: CreateDatabaseOptions): Promise<WaypointDatabase> {
  const storage = wrapSealedStorage({
    storage: options.storage ?? withOneRequestReads(getRxStorageDexie()),
    crypto: options.crypto,
    key: options.key,
    // The local-only stores (collections/local-store.ts) are sealed like the records, and so is the old place of the
    // audit check's marks, read once on an upgraded laptop (collections/legacy-local-documents.ts).
    sealedFields: { ...SEALED_FIELDS, ...LOCAL_STORE_SEALED, ...LEGACY_LOCAL_SEALED },
  });
  const db = await createRxDatabase<WaypointCollections>({ name: options.name, storage, multiInstance: false, closeDuplicates: true });
  try {
    const creators = collectionCreators(options.conflictHandlerFor);
    const only = options.collections;
    await db.addCollections(only ? Object.fromEntries(Object.entries(creators).filter(([name]) => only.some((n) => n === name))) : creators);
    installNoteGuards(db);
    installCarePlanGuards(db);
    return db;
  } catch (error) {
    await db.close();
    throw error;
  }
}

/** Closes the database; its storage instances drop their caches of opened records. */
export async function closeDatabase(db: WaypointDatabase): Promise<void> {
  await db.close();
}
