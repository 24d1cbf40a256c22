import PouchDB from 'pouchdb-browser';
import { COLLECTION_NAMES } from '../../../renderer/db/schema-plan';
import { clinicDbName } from '../../../shared/sync/couch-names';
import { SYNC_BATCH } from './sync-plain';
import { timed } from './timing';

export interface PouchJoinFigures {
  readonly docs: number;
  readonly joinMs: number;
  readonly docsPerSecond: number;
}

interface Pulled {
  readonly count: number;
  readonly close: () => Promise<void>;
}

async function pullOne(couchBase: string, clinicId: string, collection: string, runId: string): Promise<Pulled> {
  // PouchDB's HTTP adapter wants an absolute URL; the driver's same-origin proxy adds the admin credentials.
  const remote = new PouchDB(new URL(`${couchBase}${clinicDbName(clinicId, collection)}`, location.href).toString(), { skip_setup: true });
  const local = new PouchDB(`bench-pouchjoin-${runId}-${collection}`, { adapter: 'idb' });
  await local.replicate.from(remote, { batch_size: SYNC_BATCH });
  const count = (await local.info()).doc_count;
  return { count, close: async () => Promise.all([local.destroy(), remote.close()]).then(() => undefined) };
}

/**
 * The join's baseline (issue 17 item 3): what a new laptop of a clinic running PouchDB in Chromium on IndexedDB
 * (pouchdb-adapter-idb) would do — replicate every collection's server database, all at once as the app does, with the
 * app's batch size, from the same server in the same run. It carries the very documents the app's join pulled (the
 * server's envelopes, not opened: PouchDB has no end-to-end encryption), so the bytes on the wire are the same.
 */
export async function pouchIdbJoin(couchBase: string, clinicId: string, runId: string, expected: number): Promise<PouchJoinFigures> {
  const join = await timed(() => Promise.all(COLLECTION_NAMES.map((name) => pullOne(couchBase, clinicId, name, runId))));
  await Promise.all(join.value.map((pulled) => pulled.close()));
  const docs = join.value.reduce((n, pulled) => n + pulled.count, 0);
  if (docs !== expected) throw new Error(`PouchDB (idb) joined with ${String(docs)} of ${String(expected)} documents`);
  return { docs, joinMs: join.ms, docsPerSecond: Math.round((docs / join.ms) * 1000) };
}
