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
  'Chart open is timed cold (first open since unlock) for up to 50 clients spread through the list, half of them as the app opens the chart (it is tabbed, panels not kept mounted, Measures first: client, staff list, the client’s responses, safety acknowledgements and schedule, and the “view” audit write) and half with every tab’s records at once (client, notes, responses, attendance, medications, medication events), the heavier case of a clinician visiting each tab.',
  'Client search, one keystroke (`search_ms`): what the search box costs once the list is open — the client list keeps the decrypted rows live, their sorted order and an index of folded names in memory while unlocked (ClientsPage; dropped with the page and the database at lock), so a keystroke filters the sorted rows against the folded names; mean per keystroke over 20 passes of typing and deleting two names (9 keystrokes), median of 5 rounds, without React’s render. Before this index (until 2026-12-05) `search_ms` was the first-load figure below, which is not what typing costs. First load (`search_cold_ms`): every client re-read and decrypted with a fresh query each round (names are sealed), turned into rows, folded into the index and filtered; median of 5. The sealed storage keeps up to 2,000 recently opened envelopes, so at sizes with fewer clients repeated reads skip AES-GCM.',
  'Audit log page (`audit_page_ms`): two audit events per seeded note are bulk-written first (not timed; 90k at large), spread over a year, about the seeded clients by the seeded staff; then the viewer’s page read (renderer/features/audit/audit-loader.ts, without React): 50 events, their note → client links looked up and every row named; median of 5 pages not read before. RxDB reads a descending sort by loading the whole range and sorting it, so the viewer walks ascending windows of the `at` index backwards from now, widening ×4 from an hour until the page is full, and pages by a cursor (instant + ids already shown), not an offset. `audit_page_deep_ms` is a page half way back; `audit_page_client_ms` (a client filter) and `audit_page_therapist_ms` (a therapist’s scope: own actions and own clients) cannot be narrowed by the store (the client is in the sealed detail or behind a note), so they scan newest first in batches of 500 until the page is full; medians of 3.',
  'Sealed ÷ unsealed: the same notes and responses bulk-inserted into two fresh two-collection databases with the app’s schemas, plain Dexie vs the sealed wrapper, alternating rounds, medians.',
  'Sync: the same notes (the first N of the seeded clinic, ~2 kB of sealed text each) go through three replications against one local PouchDB Server, each with batches of 50 (the app’s) and fresh databases: (1) E2EE = the app’s renderer/sync startClinicSync (encrypting fetch with the sync key, connection limiter, conflict handlers) over the app’s sealed database opened with only `notes`, non-live; (2) plain RxDB replication-couchdb over unsealed Dexie; (3) PouchDB’s own replication in Node (memory adapter; PouchDB is only present as pouchdb-server’s dependency). Each is a first push from a filled local database into an empty server database, then a first pull into an empty local one; (1) and (2) alternate rounds, medians. Throughput ratios are the inverse of the push + pull times; the server databases have no validate_doc_update guard on either side (the app’s provisioning installs one; its cost is the server’s and the same for any client).',
  'Heap: `performance.memory.usedJSHeapSize` after a forced GC (CDP HeapProfiler.collectGarbage), with the database unlocked after the chart, search and note-save runs.',
];

// What profiling found (scripts/bench/profile.mjs, Chromium CPU profiles over CDP), as of the commit that wrote it.
export const REPORT_ANALYSIS = [
  '## Profiles',
  '',
  '`node scripts/bench/profile.mjs` seeds the bench page like a bench run, then records a Chromium CPU profile around one operation and prints self time per function and per file (the .cpuprofile files open in DevTools). What they showed:',
  '',
  '- **Sealed bulk insert.** Before the fix, per written document: the opened-envelope cache hashed its 3 kB key (`remember`, ~5 % of the sealed run), the portable UTF-8 encoder in shared/crypto/bytes.ts, and a JSON.parse of the plaintext just written when RxDB’s change event came back through the wrapper. renderer/db/sealed-storage.ts now hands the written object back once, keys the cache by record id and uses TextEncoder/TextDecoder: 1.98 → 1.70 × in an A/B of six alternating rounds (small). What is left is sealing itself: 2,000 documents sealed with no storage take ~490 ms, half of it garbage collection from `toBase64` (shared/crypto/bytes.ts) concatenating the envelope one character at a time; with the platform’s base64 the same AES-GCM calls take ~245 ms (targets `seal-only` and `seal-native-b64`).',
  '- **Chart open.** Warm opens (client already opened since unlock) take ~6 ms: RxDB’s query cache and the storage’s opened-envelope cache answer. Cold opens of every tab at medium (~60 ms median): IndexedDB cursor iteration ~25 %, WebCrypto decrypt calls ~20 %, `fromBase64` ~10 %, native scheduling ~20 %. The default tab (Measures) reads about 40 % of those records and none of the notes, the biggest ones.',
  '- **E2EE replication.** Push costs little over plain RxDB on a quiet machine (0.95–1.1 × in small runs; 0.6–0.7 × under load 15–20): sealing with the sync key is one AES-GCM per document, 50 documents per request. Pull takes 2–3 × the plain pull (2.1 × in a lightly loaded small run, 3.1 × in the loaded large run): each document is opened (base64 + AES-GCM) and then sealed at rest twice, as the record and inside RxDB’s replication meta copy, so base64, GC and the extra IndexedDB writes show next to the network wait.',
];
