import { closeDatabase, createDatabase, type CollectionName, type WaypointDatabase } from '../../../renderer/db';
import { COLLECTION_NAMES } from '../../../renderer/db/schema-plan';
import { createConflictHandler } from '../../../renderer/sync/conflict-handler';
import type { ClinicSync } from '../../../renderer/sync/replication';
import type { AesKey, CryptoProvider } from '../../../shared/crypto/provider';
import { errorMessage } from '../../../shared/error-message';
import { clinicDbName } from '../../../shared/sync/couch-names';
import { startBenchSync } from './sync-e2ee';
import { ensureRemote } from './sync-remote';
import { log, now, timed } from './timing';
import { pouchIdbJoin, type PouchJoinFigures } from './join-pouch-idb';

export interface JoinFigures {
  readonly docs: number;
  readonly pushAllMs: number;
  readonly joinMs: number;
  readonly docsPerSecond: number;
  /** The same clinic replicated by PouchDB in this Chromium on IndexedDB, from the same server (the baseline). */
  readonly pouchIdb: PouchJoinFigures;
}

/**
 * Says when the sync's status enters and leaves 'error' (with its words and the time into the pass) and how many
 * documents the pull has written each minute: a run that fails at large must show its first cause, not only the
 * cleanup's. RxDB counts a pulled document once it is stored, not when its page arrives.
 * The count is of the whole clinic (`of`): the seeded records and the audit events the audit figure wrote (at large
 * 199,540 + 90,000 + 125 written by earlier figures = 289,665, as at medium
 * 49,895 + 22,500 + 125 = 72,520), not the report's `total_docs`, which counts the seeded records only.
 */
function watchPass(sync: ClinicSync, what: string, of: number): () => void {
  const started = now();
  const at = (): string => `${String(Math.round((now() - started) / 1000))} s`;
  let inError = false;
  const status = sync.status$.subscribe((s) => {
    if (s.state === 'error' && !inError) log(`${what}: sync error at ${at()} (retrying, as the app does): ${s.error ?? 'unknown error'}`);
    if (s.state !== 'error' && inError) log(`${what}: sync recovered at ${at()}`);
    inError = s.state === 'error';
  });
  const ticker = setInterval(() => {
    log(`${what}: ${at()}, ${String(sync.receivedCount())} of the clinic's ${String(of)} documents pulled and written`);
  }, 60_000);
  return () => {
    clearInterval(ticker);
    status.unsubscribe();
  };
}

/**
 * One non-live pass of the app's clinic sync over every collection of db. An error the app would retry (a slow
 * answer, a server restart) is logged and retried, as the app's enrollment does; an error RxDB gives up on rejects.
 */
async function syncAll(
  db: WaypointDatabase,
  couchBase: string,
  clinicId: string,
  crypto: CryptoProvider,
  syncKey: AesKey,
  what: string,
  of: number,
): Promise<void> {
  const sync = startBenchSync(db, couchBase, clinicId, crypto, syncKey);
  const unwatch = watchPass(sync, what, of);
  try {
    await sync.awaitInSync();
  } finally {
    unwatch();
    await sync.stop();
  }
}

/** What this origin stores now and the quota Chromium reports, in MB (not the cap of an off-the-record context). */
async function storageMb(): Promise<{ readonly usage: number; readonly quota: number }> {
  const { usage = 0, quota = 0 } = await navigator.storage.estimate();
  return { usage: Math.round(usage / 2 ** 20), quota: Math.round(quota / 2 ** 20) };
}

async function logStorage(when: string): Promise<void> {
  const { usage, quota } = await storageMb();
  log(`join: storage ${when}: ${String(usage)} of ${String(quota)} MB`);
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
  await logStorage('before the push');
  const push = await timed(() => syncAll(seeded, couchBase, clinicId, crypto, keys.sync, 'join: push', docs));
  // RxDB's open-source build allows 16 collections open at once: the seeded laptop closes before the new one opens.
  await closeDatabase(seeded);
  await logStorage('after the push');
  const joining = await createDatabase({ name: `bench-join-${runId}`, key: keys.atRest, crypto, conflictHandlerFor: createConflictHandler });
  let joinMs: number;
  try {
    joinMs = (await timed(() => syncAll(joining, couchBase, clinicId, crypto, keys.sync, 'join: first pull', docs))).ms;
    const arrived = await countAll(joining);
    await logStorage('after the join');
    if (arrived !== docs) throw new Error(`the joining laptop has ${String(arrived)} of ${String(docs)} documents`);
  } finally {
    // Removed before PouchDB's copy arrives; a failed removal is reported, never thrown over why the join failed.
    await joining.remove().catch((error: unknown) => {
      log(`join: removing the joining laptop's database failed: ${errorMessage(error)}`);
    });
  }
  const pouchIdb = await pouchIdbJoin(couchBase, clinicId, runId, docs);
  return { docs, pushAllMs: push.ms, joinMs, docsPerSecond: Math.round((docs / joinMs) * 1000), pouchIdb };
}
