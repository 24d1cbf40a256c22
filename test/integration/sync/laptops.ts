import { afterEach } from 'vitest';
import { closeDatabase, createDatabase, type WaypointDatabase } from '../../../renderer/db';
import type { FetchLike, SyncCredentials } from '../../../renderer/sync/encrypting-fetch';
import { startClinicSync, type ClinicSync } from '../../../renderer/sync/replication';
import { deriveKey } from '../../../shared/crypto/keys';
import { crypto } from '../db-helpers';
import { ADMIN } from './server-fixture';

/** Two laptops in one process would open 24 collections; RxDB's free build allows 13, so each opens these four. */
export const LAPTOP_COLLECTIONS = ['clients', 'notes', 'audit', 'clinic'] as const;

export interface Laptop {
  readonly db: WaypointDatabase;
  sync: ClinicSync | null;
  /**
   * Starts live sync, by default with the periodic checkpoint pass off, so tests prove the live path alone converges.
   * `longPollTimeoutMs` (default 300) is how long the listener's polls may be held; `resyncEveryMs` turns the pass on.
   */
  startSync(fetch?: FetchLike, longPollTimeoutMs?: number, resyncEveryMs?: number): ClinicSync;
  stopSync(): Promise<void>;
}

const open = new Set<Laptop>();

/** A laptop: its own IndexedDB database, the clinic's master key, syncing to `url` (as the server admin unless told). */
export async function openLaptop(name: string, master: Uint8Array, url: string, clinicId: string, credentials: SyncCredentials = ADMIN): Promise<Laptop> {
  const db = await createDatabase({ name, key: await deriveKey(crypto, master, 'at-rest'), crypto, collections: LAPTOP_COLLECTIONS });
  const syncKey = await deriveKey(crypto, master, 'sync');
  const laptop: Laptop = {
    db,
    sync: null,
    startSync(fetch, longPollTimeoutMs = 300, resyncEveryMs = 0) {
      laptop.sync = startClinicSync({ db, url, clinicId, credentials, crypto, syncKey, fetch, longPollTimeoutMs, retryTimeMs: 500, resyncEveryMs });
      return laptop.sync;
    },
    async stopSync() {
      await laptop.sync?.stop();
      laptop.sync = null;
    },
  };
  open.add(laptop);
  return laptop;
}

afterEach(async () => {
  for (const laptop of open) {
    await laptop.stopSync();
    await closeDatabase(laptop.db);
  }
  open.clear();
});
