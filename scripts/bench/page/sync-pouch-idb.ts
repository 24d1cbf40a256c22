import PouchDB from 'pouchdb-browser';
import type { Note } from '../../../shared/domain/records';
import { ensureRemote, remoteDocCount } from './sync-remote';
import type { SyncFigures } from './sync-plain';
import { SYNC_BATCH } from './sync-plain';
import { timed } from './timing';

/**
 * The fair baseline of issue 17 item 1: what a clinic choosing PouchDB instead of RxDB would run — PouchDB in the
 * same Chromium on IndexedDB (pouchdb-browser = pouchdb-core + pouchdb-adapter-idb + http + replication), replicating
 * the same notes against the same server with the app's batch size. First push from a filled local database into an
 * empty server database, then first pull into an empty local one; unencrypted, like the plain RxDB baseline.
 */
export async function pouchIdbSync(couchBase: string, docs: readonly Note[], runId: string): Promise<SyncFigures> {
  // PouchDB's HTTP adapter wants an absolute URL; the driver's same-origin proxy adds the admin credentials.
  const url = new URL(`${couchBase}bench-pouchidb-${runId}`, location.href).toString();
  await ensureRemote(`${url}/`);
  const remote = new PouchDB(url, { skip_setup: true });
  const source = new PouchDB(`bench-pouchidb-src-${runId}`, { adapter: 'idb' });
  await source.bulkDocs(docs.map((doc) => ({ ...doc, _id: doc.id })));
  const push = await timed(() => source.replicate.to(remote, { batch_size: SYNC_BATCH }));
  await source.destroy();
  const onServer = await remoteDocCount(`${url}/`);
  if (onServer !== docs.length) throw new Error(`PouchDB (idb) push left ${String(onServer)} of ${String(docs.length)} notes on the server`);
  const target = new PouchDB(`bench-pouchidb-dst-${runId}`, { adapter: 'idb' });
  const pull = await timed(() => target.replicate.from(remote, { batch_size: SYNC_BATCH }));
  const pulled = (await target.info()).doc_count;
  await target.destroy();
  await remote.close();
  if (pulled !== docs.length) throw new Error(`PouchDB (idb) pull brought ${String(pulled)} of ${String(docs.length)} notes`);
  return { docs: docs.length, pushMs: push.ms, pullMs: pull.ms };
}
