// PouchDB's own replication of the same notes, as the "what CouchDB's native client does" baseline. PouchDB is
// here only as pouchdb-server's dependency (the app does not ship it), so it runs in Node with the memory adapter:
// the figure is the protocol's cost without a browser's IndexedDB, a lower bound rather than a twin.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

// Plugins can be added once per process (a second .plugin(replication) throws), so the constructor is kept.
let pouch = null;
function loadPouch() {
  pouch ??= require('pouchdb-core').plugin(require('pouchdb-adapter-memory')).plugin(require('pouchdb-adapter-http')).plugin(require('pouchdb-replication'));
  return pouch;
}

/**
 * @param {{ serverUrl: string, auth: { username: string, password: string }, docs: readonly Record<string, unknown>[], runId: string, batchSize: number }} options
 * @returns {Promise<{ docs: number, pushMs: number, pullMs: number }>}
 */
export async function pouchNativeSync({ serverUrl, auth, docs, runId, batchSize }) {
  const PouchDB = loadPouch();
  const remote = new PouchDB(`${serverUrl}/bench-pouch-${runId}`, { auth });
  const source = new PouchDB(`bench-pouch-src-${runId}`, { adapter: 'memory' });
  await source.bulkDocs(docs.map(({ id, ...rest }) => ({ _id: id, id, ...rest })));
  let started = performance.now();
  const pushed = await PouchDB.replicate(source, remote, { batch_size: batchSize });
  const pushMs = performance.now() - started;
  if (pushed.docs_written !== docs.length) throw new Error(`PouchDB push wrote ${pushed.docs_written} of ${docs.length}`);
  const target = new PouchDB(`bench-pouch-dst-${runId}`, { adapter: 'memory' });
  started = performance.now();
  const pulled = await PouchDB.replicate(remote, target, { batch_size: batchSize });
  const pullMs = performance.now() - started;
  if (pulled.docs_written !== docs.length) throw new Error(`PouchDB pull wrote ${pulled.docs_written} of ${docs.length}`);
  await Promise.all([source.destroy(), target.destroy()]);
  return { docs: docs.length, pushMs, pullMs };
}
