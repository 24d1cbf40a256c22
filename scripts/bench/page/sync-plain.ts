import { replicateCouchDB } from 'rxdb/plugins/replication-couchdb';
import type { RxCollection } from 'rxdb/plugins/core';
import type { Note } from '../../../shared/domain/records';
import { insertBatched } from '../../seed/write';
import { openPairDatabase } from './plain-db';
import { ensureRemote, remoteDocCount } from './sync-remote';
import { timed } from './timing';

export interface SyncFigures {
  readonly docs: number;
  readonly pushMs: number;
  readonly pullMs: number;
}

// The batch size of the app's replication (renderer/sync/replication.ts); every baseline uses it both ways.
export const SYNC_BATCH = 50;

/** One non-live replication run to completion; replication errors reject instead of retrying forever. */
async function replicateOnce(collection: RxCollection<Note>, url: string, direction: 'push' | 'pull'): Promise<void> {
  const state = replicateCouchDB<Note>({
    replicationIdentifier: `bench-${direction}-${url}`,
    collection,
    url,
    live: false,
    waitForLeadership: false,
    retryTime: 60_000,
    ...(direction === 'push' ? { push: { batchSize: SYNC_BATCH } } : { pull: { batchSize: SYNC_BATCH } }),
  });
  const seen: { error: Error | null } = { error: null };
  const sub = state.error$.subscribe((e) => {
    seen.error = e;
    void state.cancel();
  });
  try {
    await state.awaitInitialReplication();
    if (seen.error) throw seen.error;
  } finally {
    sub.unsubscribe();
    await state.cancel();
  }
}

/**
 * Plain RxDB CouchDB replication (no encryption) of the same notes the E2EE sync will carry: first push from a
 * filled local database into an empty server database, then first pull into an empty local database.
 */
export async function plainRxdbSync(couchBase: string, docs: readonly Note[], runId: string): Promise<SyncFigures> {
  const url = `${couchBase}bench-plain-${runId}/`;
  await ensureRemote(url);
  const source = await openPairDatabase(`bench-sync-src-${runId}`, null);
  await insertBatched(source.notes, docs);
  const push = await timed(() => replicateOnce(source.notes, url, 'push'));
  await source.remove();
  const onServer = await remoteDocCount(url);
  if (onServer !== docs.length) throw new Error(`plain push left ${String(onServer)} of ${String(docs.length)} notes on the server`);
  const target = await openPairDatabase(`bench-sync-dst-${runId}`, null);
  const pull = await timed(() => replicateOnce(target.notes, url, 'pull'));
  const pulled = await target.notes.count().exec();
  await target.remove();
  if (pulled !== docs.length) throw new Error(`plain pull brought ${String(pulled)} of ${String(docs.length)} notes`);
  return { docs: docs.length, pushMs: push.ms, pullMs: pull.ms };
}
