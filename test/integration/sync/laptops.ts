import { afterEach } from 'vitest';
import { closeDatabase, createDatabase, insertNote, type WaypointDatabase, type WriteContext } from '../../../renderer/db';
import type { Note } from '../../../shared/domain/records';
import type { FetchLike, SyncCredentials } from '../../../renderer/sync/encrypting-fetch';
import { startClinicSync, type ClinicSync } from '../../../renderer/sync/replication';
import type { TraceEntry } from '../../../renderer/sync/sync-trace';
import type { KeyGeneration } from '../../../shared/crypto/key-generations';
import { deriveKey } from '../../../shared/crypto/keys';
import type { CryptoProvider } from '../../../shared/crypto/provider';
import type { RxStorage } from 'rxdb/plugins/core';
import { crypto } from '../db-helpers';
import { ADMIN } from './server-fixture';
import { createConflictHandler } from '../../../renderer/sync/conflict-handler';

/** Two laptops in one process would open 24 collections; RxDB's free build allows 13, so each opens these four. */
export const LAPTOP_COLLECTIONS = ['clients', 'notes', 'audit', 'clinic'] as const;

export interface Laptop {
  readonly db: WaypointDatabase;
  sync: ClinicSync | null;
  /** Sync keys from rotations this laptop holds (none unless a test gives some); read when sync starts. */
  rotatedKeys: readonly KeyGeneration[];
  /**
   * Starts live sync, by default with the periodic checkpoint pass off, so tests prove the live path alone converges.
   * `longPollTimeoutMs` (default 300) is how long the listener's polls may be held; `resyncEveryMs` turns the pass on.
   */
  startSync(fetch?: FetchLike, longPollTimeoutMs?: number, resyncEveryMs?: number): ClinicSync;
  stopSync(): Promise<void>;
  /** Every sync session's request and checkpoint trace, in order, with the session number. */
  trace(): readonly (TraceEntry & { readonly session: number })[];
}

const open = new Set<Laptop>();

/**
 * A laptop: its own IndexedDB database, the clinic's master key, syncing to `url` (as the server admin unless told).
 * `storageCrypto` seals its database at rest (a test can stage slow sealing); sync always uses the real provider.
 * `storage` replaces the Dexie storage underneath (a test can stage slow writes).
 */
export async function openLaptop(
  name: string,
  master: Uint8Array,
  url: string,
  clinicId: string,
  credentials: SyncCredentials = ADMIN,
  storageCrypto: CryptoProvider = crypto,
  storage?: RxStorage<unknown, unknown>,
): Promise<Laptop> {
  const db = await createDatabase({
    name,
    key: await deriveKey(crypto, master, 'at-rest'),
    crypto: storageCrypto,
    collections: LAPTOP_COLLECTIONS,
    conflictHandlerFor: createConflictHandler,
    ...(storage ? { storage } : {}),
  });
  const syncKey = await deriveKey(crypto, master, 'sync');
  const sessions: ClinicSync[] = [];
  const laptop: Laptop = {
    db,
    sync: null,
    rotatedKeys: [],
    startSync(fetch, longPollTimeoutMs = 300, resyncEveryMs = 0) {
      laptop.sync = startClinicSync({
        db,
        url,
        clinicId,
        credentials,
        crypto,
        syncKey,
        rotatedKeys: laptop.rotatedKeys,
        fetch,
        longPollTimeoutMs,
        retryTimeMs: 500,
        resyncEveryMs,
      });
      sessions.push(laptop.sync);
      return laptop.sync;
    },
    async stopSync() {
      await laptop.sync?.stop();
      laptop.sync = null;
    },
    trace: () => sessions.flatMap((session, i) => session.trace().map((entry) => ({ ...entry, session: i }))),
  };
  open.add(laptop);
  return laptop;
}

/** Stops and closes every open laptop (after each test; a long test closes its laptops between scenarios). */
export async function closeLaptops(): Promise<void> {
  for (const laptop of open) {
    await laptop.stopSync();
    await closeDatabase(laptop.db);
  }
  open.clear();
}

afterEach(closeLaptops);

/** A SOAP intake draft for a client whose subjective section says "Reports sleeping four hours a night". */
export function insertIntakeDraft(db: WaypointDatabase, clientId: string, ctx: WriteContext): Promise<Note> {
  return insertNote(
    db,
    {
      kind: 'note',
      status: 'draft',
      clientId,
      sessionId: '',
      parentId: '',
      templateId: 'soap',
      cosignerId: '',
      signedAt: null,
      title: 'Intake',
      sections: [{ key: 's', heading: 'Subjective', html: 'Reports sleeping four hours a night' }],
    },
    ctx,
  );
}
