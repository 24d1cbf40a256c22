// The keys, filled from one run's raw measurements. A figure that could not be measured is null and
// `null_reasons[key]` says why, so a reader (and the smoke test) never mistakes a gap for a zero.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const REQUIRED_KEYS = [
  'seed_ms',
  'unlock_to_dashboard_ms',
  'chart_open_p50_ms',
  'chart_open_p95_ms',
  'note_save_ms',
  'sealed_vs_plain_insert_ratio',
  'e2ee_vs_plain_sync_ratio',
  'e2ee_vs_pouchdb_sync_ratio',
  'heap_mb',
];

const round2 = (x) => Math.round(x * 100) / 100;

function e2eeReason(syncRequested) {
  if (!syncRequested) return 'sync skipped (--no-sync)';
  const hasSync = existsSync(resolve(import.meta.dirname, '..', '..', 'renderer', 'sync'));
  return hasSync
    ? 'renderer/sync exists but the harness does not drive it yet (issue 7 remainder): baselines measured, E2EE side not'
    : 'no E2EE replication to measure yet: renderer/sync (encrypting fetch + RxDB CouchDB replication) is not in the tree';
}

// Throughput ratio of two runs over the same documents = inverse ratio of their push + pull times.
function throughputRatio(fastMs, slowMs) {
  return typeof fastMs === 'number' && typeof slowMs === 'number' && fastMs > 0 ? round2(slowMs / fastMs) : null;
}

/** Adds the derived ratios and null reasons to the raw page + driver measurements. */
export function deriveFigures(raw, { syncRequested, wallSeconds }) {
  const reason = e2eeReason(syncRequested);
  const rxdbMs = raw.plain_rxdb_push_ms === undefined ? undefined : raw.plain_rxdb_push_ms + raw.plain_rxdb_pull_ms;
  const pouchMs = raw.pouchdb_push_ms === undefined ? undefined : raw.pouchdb_push_ms + raw.pouchdb_pull_ms;
  const result = {
    ...raw,
    e2ee_vs_plain_sync_ratio: null,
    e2ee_vs_pouchdb_sync_ratio: null,
    plain_rxdb_vs_pouchdb_sync_ratio: throughputRatio(rxdbMs, pouchMs),
    null_reasons: { e2ee_vs_plain_sync_ratio: reason, e2ee_vs_pouchdb_sync_ratio: reason },
    wall_s: wallSeconds,
    measured_at: new Date().toISOString(),
  };
  for (const key of REQUIRED_KEYS) {
    if (typeof result[key] !== 'number' && result[key] !== null) result[key] = null;
    if (result[key] === null) result.null_reasons[key] ??= 'the page did not report it';
  }
  return result;
}

export const REPORT_NOTES = [
  'Seeding writes a deterministic synthetic clinic (scripts/seed, mulberry32) with `bulkInsert` batches of 1,000 through the app’s RxDB collections over the sealed Dexie storage: the sealing path per document is the app’s; only the transaction batching differs from one-by-one saves.',
  'Unlock → dashboard replays vault-controller’s unlock after Argon2id: HKDF at-rest key, open the 12-collection database, audit event, staff lookup, first client list (every client decrypted, joined with staff, filtered and sorted). Argon2id (64 MiB, 3 passes) is measured on its own.',
  'Chart open = the client plus their notes, responses, attendance, medications and medication events, and the “view” audit write, for up to 50 clients spread through the list.',
  'Client search re-reads and decrypts every client with a fresh query each round (names are sealed, so there is no index), then filters in memory as the client list does; median of 5. The sealed storage keeps up to 2,000 recently opened envelopes, so at sizes with fewer clients repeated reads skip AES-GCM.',
  'Sealed ÷ unsealed: the same notes and responses bulk-inserted into two fresh two-collection databases with the app’s schemas, plain Dexie vs the sealed wrapper, alternating rounds, medians.',
  'Sync baselines replicate the same notes against a local PouchDB Server: plain RxDB CouchDB replication from the page (IndexedDB), and PouchDB’s own replication in Node (memory adapter; PouchDB is only present as pouchdb-server’s dependency). `plain_rxdb_vs_pouchdb_sync_ratio` is RxDB’s throughput over PouchDB’s. The E2EE side waits for renderer/sync.',
  'Heap: `performance.memory.usedJSHeapSize` after a forced GC (CDP HeapProfiler.collectGarbage), with the database unlocked after the chart, search and note-save runs.',
];
