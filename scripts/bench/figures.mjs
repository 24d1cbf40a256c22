// The keys, filled from one run's raw measurements. A figure that could not be measured is null and
// `null_reasons[key]` says why, so a reader (and the smoke test) never mistakes a gap for a zero.

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

function syncReason(syncRequested) {
  return syncRequested ? 'the page did not report the E2EE sync times' : 'sync skipped (--no-sync)';
}

// Throughput of run A ÷ throughput of run B over the same documents = B's time ÷ A's time (> 1: A is faster).
function throughputRatio(aMs, bMs) {
  return typeof aMs === 'number' && typeof bMs === 'number' && aMs > 0 ? round2(bMs / aMs) : null;
}

const sum = (raw, prefix) => (typeof raw[`${prefix}_push_ms`] === 'number' && typeof raw[`${prefix}_pull_ms`] === 'number' ? raw[`${prefix}_push_ms`] + raw[`${prefix}_pull_ms`] : undefined);

/** Adds the derived ratios and null reasons to the raw page + driver measurements. */
export function deriveFigures(raw, { syncRequested, wallSeconds }) {
  const [e2eeMs, rxdbMs, pouchMs] = [sum(raw, 'e2ee'), sum(raw, 'plain_rxdb'), sum(raw, 'pouchdb')];
  const result = {
    ...raw,
    // Throughput of the first push + first pull of the same notes, E2EE over each baseline (> 1 = E2EE faster).
    e2ee_vs_plain_sync_ratio: throughputRatio(e2eeMs, rxdbMs),
    e2ee_vs_pouchdb_sync_ratio: throughputRatio(e2eeMs, pouchMs),
    e2ee_vs_plain_push_ratio: throughputRatio(raw.e2ee_push_ms, raw.plain_rxdb_push_ms),
    e2ee_vs_plain_pull_ratio: throughputRatio(raw.e2ee_pull_ms, raw.plain_rxdb_pull_ms),
    plain_rxdb_vs_pouchdb_sync_ratio: throughputRatio(rxdbMs, pouchMs),
    null_reasons: {},
    wall_s: wallSeconds,
    measured_at: new Date().toISOString(),
  };
  for (const key of REQUIRED_KEYS) {
    if (typeof result[key] !== 'number' && result[key] !== null) result[key] = null;
    if (result[key] === null) result.null_reasons[key] = key.startsWith('e2ee_') ? syncReason(syncRequested) : 'the page did not report it';
  }
  return result;
}

export const REPORT_NOTES = [
  'Seeding writes a deterministic synthetic clinic (scripts/seed, mulberry32) with `bulkInsert` batches of 1,000 through the app’s RxDB collections over the sealed Dexie storage: the sealing path per document is the app’s; only the transaction batching differs from one-by-one saves.',
  'Unlock → dashboard replays vault-controller’s unlock after Argon2id: HKDF at-rest key, open the 12-collection database, audit event, staff lookup, first client list (every client decrypted, joined with staff, filtered and sorted). Argon2id (64 MiB, 3 passes) is measured on its own.',
  'Chart open = the client plus their notes, responses, attendance, medications and medication events, and the “view” audit write, for up to 50 clients spread through the list.',
  'Client search re-reads and decrypts every client with a fresh query each round (names are sealed, so there is no index), then filters in memory as the client list does; median of 5. The sealed storage keeps up to 2,000 recently opened envelopes, so at sizes with fewer clients repeated reads skip AES-GCM.',
  'Sealed ÷ unsealed: the same notes and responses bulk-inserted into two fresh two-collection databases with the app’s schemas, plain Dexie vs the sealed wrapper, alternating rounds, medians.',
  'Sync: the same notes (the first N of the seeded clinic, ~2 kB of sealed text each) go through three replications against one local PouchDB Server, each with batches of 50 (the app’s) and fresh databases: (1) E2EE = the app’s renderer/sync startClinicSync (encrypting fetch with the sync key, connection limiter, conflict handlers) over the app’s sealed database opened with only `notes`, non-live; (2) plain RxDB replication-couchdb over unsealed Dexie; (3) PouchDB’s own replication in Node (memory adapter; PouchDB is only present as pouchdb-server’s dependency). Each is a first push from a filled local database into an empty server database, then a first pull into an empty local one; (1) and (2) alternate rounds, medians. Throughput ratios are the inverse of the push + pull times; the server databases have no validate_doc_update guard on either side (the app’s provisioning installs one; its cost is the server’s and the same for any client).',
  'Heap: `performance.memory.usedJSHeapSize` after a forced GC (CDP HeapProfiler.collectGarbage), with the database unlocked after the chart, search and note-save runs.',
];
