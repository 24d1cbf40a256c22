import { filter, firstValueFrom, map } from 'rxjs';
import { createDatabase, type WaypointDatabase } from '../../../renderer/db';
import { startClinicSync, type ClinicSync } from '../../../renderer/sync/replication';
import { createMasterKey, deriveKey } from '../../../shared/crypto/keys';
import type { AesKey, CryptoProvider } from '../../../shared/crypto/provider';
import type { Note } from '../../../shared/domain/records';
import { clinicDbName } from '../../../shared/sync/couch-names';
import { insertBatched } from '../../seed/write';
import { E2EE_FIELD } from '../../../shared/sync/e2ee-docs';
import { ensureRemote, firstRemoteDoc, remoteDocCount } from './sync-remote';
import type { SyncFigures } from './sync-plain';
import { timed } from './timing';
import { createConflictHandler } from '../../../renderer/sync/conflict-handler';

interface Keys {
  readonly atRest: AesKey;
  readonly sync: AesKey;
}

/** The app's clinic sync as the bench runs it: one non-live pass, the bench's account (see below). */
export function startBenchSync(
  db: WaypointDatabase,
  couchBase: string,
  clinicId: string,
  crypto: CryptoProvider,
  syncKey: AesKey,
  pullBatchSize?: number,
): ClinicSync {
  // The driver's proxy replaces the credentials with the server admin's; the header is still built as in the app.
  const credentials = { username: 'bench', password: 'bench' };
  return startClinicSync({ db, url: couchBase, clinicId, credentials, crypto, syncKey, live: false, retryTimeMs: 60_000, pullBatchSize });
}

/** One non-live pass of the app's clinic sync; a sync error rejects instead of retrying for ever. */
async function syncOnce(
  db: WaypointDatabase,
  couchBase: string,
  clinicId: string,
  crypto: CryptoProvider,
  syncKey: AesKey,
  pullBatchSize?: number,
): Promise<void> {
  const sync = startBenchSync(db, couchBase, clinicId, crypto, syncKey, pullBatchSize);
  const failed = firstValueFrom(
    sync.status$.pipe(
      filter((s) => s.state === 'error'),
      map((s) => {
        throw new Error(`E2EE sync failed: ${s.error ?? 'unknown error'}`);
      }),
    ),
  );
  try {
    await Promise.race([sync.awaitInSync(), failed]);
  } finally {
    await sync.stop();
  }
}

async function openNotesOnly(name: string, key: AesKey, crypto: CryptoProvider): Promise<WaypointDatabase> {
  return createDatabase({ name, key, crypto, collections: ['notes'], conflictHandlerFor: createConflictHandler });
}

/**
 * The app's E2EE replication (renderer/sync: encrypting fetch with the sync key, connection limiter, conflict
 * handlers) over the app's sealed database holding only `notes`, so it carries exactly the documents the plain
 * baselines carry: first push from a filled laptop into an empty server database. Returns the push time and the
 * first pull into a new database, still to run (the input probe times keystrokes during it).
 */
export async function e2eePush(
  couchBase: string,
  docs: readonly Note[],
  runId: string,
  crypto: CryptoProvider,
  pullBatchSize?: number,
): Promise<{ readonly pushMs: number; readonly pull: () => Promise<number> }> {
  const master = createMasterKey(crypto);
  const keys: Keys = { atRest: await deriveKey(crypto, master, 'at-rest'), sync: await deriveKey(crypto, master, 'sync') };
  const clinicId = `bench-${runId}`;
  const remote = `${couchBase}${clinicDbName(clinicId, 'notes')}/`;
  await ensureRemote(remote);
  const source = await openNotesOnly(`bench-e2ee-src-${runId}`, keys.atRest, crypto);
  await insertBatched(source.notes, docs);
  const push = await timed(() => syncOnce(source, couchBase, clinicId, crypto, keys.sync));
  await source.remove();
  const onServer = await remoteDocCount(remote);
  if (onServer !== docs.length) throw new Error(`E2EE push left ${String(onServer)} of ${String(docs.length)} notes on the server`);
  // The figure is only E2EE if the server got envelopes: a sealed field in clear would mean the fetch was bypassed.
  const stored = await firstRemoteDoc(remote);
  if (!stored || typeof stored[E2EE_FIELD] !== 'string' || 'sections' in stored || 'title' in stored)
    throw new Error('the server holds a note that is not end-to-end encrypted');
  const pull = async (): Promise<number> => {
    const target = await openNotesOnly(`bench-e2ee-dst-${runId}`, keys.atRest, crypto);
    const pulled = await timed(() => syncOnce(target, couchBase, clinicId, crypto, keys.sync, pullBatchSize));
    const count = await target.notes.count().exec();
    await target.remove();
    if (count !== docs.length) throw new Error(`E2EE pull brought ${String(count)} of ${String(docs.length)} notes`);
    return pulled.ms;
  };
  return { pushMs: push.ms, pull };
}

/** First push, then first pull of the same notes through the app's E2EE replication. */
export async function e2eeSync(couchBase: string, docs: readonly Note[], runId: string, crypto: CryptoProvider, pullBatchSize?: number): Promise<SyncFigures> {
  const { pushMs, pull } = await e2eePush(couchBase, docs, runId, crypto, pullBatchSize);
  return { docs: docs.length, pushMs, pullMs: await pull() };
}
