import { filter, firstValueFrom, map } from 'rxjs';
import { closeDatabase, createDatabase, type CollectionName, type WaypointDatabase } from '../../../renderer/db';
import { COLLECTION_NAMES } from '../../../renderer/db/schema-plan';
import { createConflictHandler } from '../../../renderer/sync/conflict-handler';
import { startClinicSync } from '../../../renderer/sync/replication';
import type { AesKey, CryptoProvider } from '../../../shared/crypto/provider';
import { clinicDbName } from '../../../shared/sync/couch-names';
import { ensureRemote } from './sync-remote';
import { timed } from './timing';
import { pouchIdbJoin, type PouchJoinFigures } from './join-pouch-idb';

export interface JoinFigures {
  readonly docs: number;
  readonly pushAllMs: number;
  readonly joinMs: number;
  readonly docsPerSecond: number;
  /** The same clinic replicated by PouchDB in this Chromium on IndexedDB, from the same server (the baseline). */
  readonly pouchIdb: PouchJoinFigures;
}

/** One non-live pass of the app's clinic sync over every collection of db; an error rejects. */
async function syncAll(db: WaypointDatabase, couchBase: string, clinicId: string, crypto: CryptoProvider, syncKey: AesKey): Promise<void> {
  const sync = startClinicSync({
    db,
    url: couchBase,
    clinicId,
    credentials: { username: 'bench', password: 'bench' },
    crypto,
    syncKey,
    live: false,
    retryTimeMs: 60_000,
  });
  const failed = firstValueFrom(
    sync.status$.pipe(
      filter((s) => s.state === 'error'),
      map((s) => {
        throw new Error(`clinic sync failed: ${s.error ?? 'unknown error'}`);
      }),
    ),
  );
  try {
    await Promise.race([sync.awaitInSync(), failed]);
  } finally {
    await sync.stop();
  }
}

async function countAll(db: WaypointDatabase): Promise<number> {
  const counts: number[] = await Promise.all((COLLECTION_NAMES as readonly CollectionName[]).map((name) => db.collections[name].count().exec()));
  return counts.reduce((a, b) => a + b, 0);
}

/**
 * Issue 17 item 3, a new laptop joins the clinic: the seeded clinic (every collection) is pushed once through the
 * app's E2EE sync into empty server databases (`pushAllMs`, the first laptop connecting a server), then a new sealed
 * database takes the app's first pull of all of it (`joinMs`: what enrollment waits for after the keyring, the
 * one-time code and Argon2id, which are measured elsewhere). Every document must arrive. Then PouchDB in this
 * Chromium replicates the same server databases (`pouchIdb`, join-pouch-idb.ts). Closes `seeded`.
 */
export async function joinClinic(
  seeded: WaypointDatabase,
  couchBase: string,
  runId: string,
  crypto: CryptoProvider,
  keys: { atRest: AesKey; sync: AesKey },
): Promise<JoinFigures> {
  const clinicId = `join-${runId}`;
  for (const name of COLLECTION_NAMES as readonly CollectionName[]) await ensureRemote(`${couchBase}${clinicDbName(clinicId, name)}/`);
  const docs = await countAll(seeded);
  const push = await timed(() => syncAll(seeded, couchBase, clinicId, crypto, keys.sync));
  // RxDB's open-source build allows 16 collections open at once: the seeded laptop closes before the new one opens.
  await closeDatabase(seeded);
  const joining = await createDatabase({ name: `bench-join-${runId}`, key: keys.atRest, crypto, conflictHandlerFor: createConflictHandler });
  try {
    const join = await timed(() => syncAll(joining, couchBase, clinicId, crypto, keys.sync));
    const arrived = await countAll(joining);
    if (arrived !== docs) throw new Error(`the joining laptop has ${String(arrived)} of ${String(docs)} documents`);
    const pouchIdb = await pouchIdbJoin(couchBase, clinicId, runId, docs);
    return { docs, pushAllMs: push.ms, joinMs: join.ms, docsPerSecond: Math.round((docs / join.ms) * 1000), pouchIdb };
  } finally {
    await joining.remove();
    await closeDatabase(joining).catch(() => undefined);
  }
}
