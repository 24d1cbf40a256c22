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
  'e2ee_vs_pouchdb_idb_sync_ratio',
  'input_delay_p95_ms',
  'heap_mb',
];

const round2 = (x) => Math.round(x * 100) / 100;

function syncReason(syncRequested) {
  return syncRequested ? 'the page did not report the E2EE sync figures' : 'sync skipped (--no-sync)';
}

// Throughput of run A ÷ throughput of run B over the same documents = B's time ÷ A's time (> 1: A is faster).
function throughputRatio(aMs, bMs) {
  return typeof aMs === 'number' && typeof bMs === 'number' && aMs > 0 ? round2(bMs / aMs) : null;
}

const sum = (raw, prefix) => (typeof raw[`${prefix}_push_ms`] === 'number' && typeof raw[`${prefix}_pull_ms`] === 'number' ? raw[`${prefix}_push_ms`] + raw[`${prefix}_pull_ms`] : undefined);

/** Adds the derived ratios and null reasons to the raw page + driver measurements. */
export function deriveFigures(raw, { syncRequested, wallSeconds }) {
  const [e2eeMs, rxdbMs, pouchMs, pouchIdbMs] = [sum(raw, 'e2ee'), sum(raw, 'plain_rxdb'), sum(raw, 'pouchdb'), sum(raw, 'pouchdb_idb')];
  const result = {
    ...raw,
    // Throughput of the first push + first pull of the same notes, E2EE over each baseline (> 1 = E2EE faster).
    e2ee_vs_plain_sync_ratio: throughputRatio(e2eeMs, rxdbMs),
    e2ee_vs_pouchdb_sync_ratio: throughputRatio(e2eeMs, pouchMs),
    e2ee_vs_plain_push_ratio: throughputRatio(raw.e2ee_push_ms, raw.plain_rxdb_push_ms),
    e2ee_vs_plain_pull_ratio: throughputRatio(raw.e2ee_pull_ms, raw.plain_rxdb_pull_ms),
    plain_rxdb_vs_pouchdb_sync_ratio: throughputRatio(rxdbMs, pouchMs),
    // The fair baseline (issue 17 item 1): PouchDB in the same Chromium on IndexedDB, same notes, same server.
    e2ee_vs_pouchdb_idb_sync_ratio: throughputRatio(e2eeMs, pouchIdbMs),
    e2ee_vs_pouchdb_idb_push_ratio: throughputRatio(raw.e2ee_push_ms, raw.pouchdb_idb_push_ms),
    e2ee_vs_pouchdb_idb_pull_ratio: throughputRatio(raw.e2ee_pull_ms, raw.pouchdb_idb_pull_ms),
    plain_rxdb_vs_pouchdb_idb_sync_ratio: throughputRatio(rxdbMs, pouchIdbMs),
    null_reasons: {},
    wall_s: wallSeconds,
    measured_at: new Date().toISOString(),
  };
  for (const key of REQUIRED_KEYS) {
    if (typeof result[key] !== 'number' && result[key] !== null) result[key] = null;
    if (result[key] === null) result.null_reasons[key] = key.startsWith('e2ee_') || key.startsWith('input_') ? syncReason(syncRequested) : 'the page did not report it';
  }
  if (result.review_snapshot_ms === null) result.null_reasons.review_snapshot_ms = 'the seeded clinic has no active client';
  return result;
}

export const REPORT_NOTES = [
  'Seeding writes a deterministic synthetic clinic (scripts/seed, mulberry32) with `bulkInsert` batches of 1,000 through the app’s RxDB collections over the sealed Dexie storage: the sealing path per document is the app’s; only the transaction batching differs from one-by-one saves.',
  'Unlock → dashboard replays vault-controller’s unlock after Argon2id: HKDF at-rest key, open the 12-collection database, audit event, staff lookup, first client list (every client decrypted, joined with staff, filtered and sorted). Argon2id (64 MiB, 3 passes) is measured on its own.',
  'Chart open is timed cold (first open since unlock) for up to 50 clients spread through the list, half of them as the app opens the chart (it is tabbed, panels not kept mounted, Measures first: client, staff list, the client’s responses, safety acknowledgements and schedule, and the “view” audit write) and half with every tab’s records at once (client, notes, responses, attendance, medications, medication events), the heavier case of a clinician visiting each tab.',
  'Client search, one keystroke (`search_ms`): what the search box costs once the list is open — the client list keeps the decrypted rows live, their sorted order and an index of folded names in memory while unlocked (ClientsPage; dropped with the page and the database at lock), so a keystroke filters the sorted rows against the folded names; mean per keystroke over 20 passes of typing and deleting two names (9 keystrokes), median of 5 rounds, without React’s render. Before this index (until 2026-12-05) `search_ms` was the first-load figure below, which is not what typing costs. First load (`search_cold_ms`): every client re-read and decrypted with a fresh query each round (names are sealed), turned into rows, folded into the index and filtered; median of 5. The sealed storage keeps up to 2,000 recently opened envelopes, so at sizes with fewer clients repeated reads skip AES-GCM.',
  'Audit log page (`audit_page_ms`): two audit events per seeded note are bulk-written first (not timed; 90k at large), spread over a year, about the seeded clients by the seeded staff; then the viewer’s page read (renderer/features/audit/audit-loader.ts, without React): 50 events, their note → client links looked up and every row named; median of 5 pages not read before. RxDB reads a descending sort by loading the whole range and sorting it, so the viewer walks ascending windows of the `at` index backwards from now, widening ×4 from an hour until the page is full, and pages by a cursor (instant + ids already shown), not an offset. `audit_page_deep_ms` is a page half way back; `audit_page_client_ms` (a client filter) and `audit_page_therapist_ms` (a therapist’s scope: own actions and own clients) cannot be narrowed by the store (the client is in the sealed detail or behind a note), so they scan newest first in batches of 500 until the page is full; medians of 3.',
  'Sealed ÷ unsealed: the same notes and responses bulk-inserted into two fresh two-collection databases with the app’s schemas, plain Dexie vs the sealed wrapper, alternating rounds, medians.',
  'Sync: the same notes (the first N of the seeded clinic, ~2 kB of sealed text each) go through three replications against one local PouchDB Server, each with batches of 50 (the app’s) and fresh databases: (1) E2EE = the app’s renderer/sync startClinicSync (encrypting fetch with the sync key, connection limiter, conflict handlers) over the app’s sealed database opened with only `notes`, non-live; (2) plain RxDB replication-couchdb over unsealed Dexie; (3) PouchDB in the same Chromium on IndexedDB (pouchdb-browser: pouchdb-adapter-idb + http + replication; `pouchdb_idb_*`, the fair baseline a clinic choosing PouchDB would run); (4) PouchDB’s own replication in Node with the memory adapter (`pouchdb_*`, the server’s ceiling: the protocol without a browser’s IndexedDB). Each is a first push from a filled local database into an empty server database, then a first pull into an empty local one; (1), (2) and (3) alternate rounds, medians. Throughput ratios are the inverse of the push + pull times; the server databases have no validate_doc_update guard on either side (the app’s provisioning installs one; its cost is the server’s and the same for any client).',
  'A new laptop joins (`join_ms`, `join_docs_per_s`, issue 17 item 3): after the app figures, the whole seeded clinic (every collection, the audit events the audit figure wrote included) is pushed once through the app’s E2EE sync into empty server databases (`first_push_all_ms`), then a new sealed database takes the app’s non-live first pull of every collection; every document must arrive. Enrollment’s keyring read, one-time code and Argon2id come before this and are not in it.',
  'Typing during a pull (`input_delay_*`, issue 17 item 4): after the baselines, the driver pushes the sync sample through the app’s E2EE replication, then runs the app’s first pull of it into a new sealed database while pressing a real key (CDP input, trusted in the page) every 50 ms into a text field on the page; each keydown’s delay is its handler’s start minus the event’s platform timestamp (what typing feels like), p50/p95/max over the pull; long tasks (> 50 ms) come from the Long Tasks API over the same window. The idle figure is 20 keys with nothing running. The page has no React editor: React’s render of a keystroke adds to both alike.',
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
  '- **Against PouchDB in the same Chromium, typing during a pull, a new laptop joining (issue 17 items 1, 3, 4; 2026-12-05).** Two `--size small --no-write` runs at load 30–41 on 2 cores (1,000 notes, 2 alternating rounds each of plain RxDB, E2EE and PouchDB on IndexedDB): E2EE ÷ PouchDB (idb) first push + pull 2.03 × and 1.99 × (per round 1.12 ×, 2.3 ×; push 1.40–2.76 ×, pull 1.33–3.19 ×) — the app’s E2EE replication is faster than PouchDB-in-Chromium on the same documents, server and batch size; PouchDB’s idb adapter writes each batch in several IndexedDB transactions and keeps revision trees, which is where its pull time goes (not profiled further). E2EE ÷ plain RxDB 0.92 × and 1.21 × in the same runs (the ≥ 0.8 × target held in both; quiet-machine figures still to take). Typing while the app’s E2EE first pull of 1,000 notes runs: keydown delay p95 35.3 ms (53 keys, load 33) and 7.4 ms (62 keys, max 55.8 ms, load 34), 4 long tasks over 50 ms each time, idle p95 1.2–3.8 ms: under the 50 ms goal at small without a worker; large not measured. A new laptop’s first pull of the whole small clinic (7,294 documents in 12 collections incl. the audit events the audit figure wrote): 33.6 s, 217 documents/s (load 34); the same clinic pushed by its first laptop took 71.1 s. No PouchDB figure for a whole-clinic join yet (PouchDB-idb pulled notes at 77–117 documents/s in these runs, but notes are the largest documents, so the rates do not compare). Medium and large not run this session: the machine was shared by eight engineers (load 20–40).',
  '- **Caseload dashboard at large (issue 16, 2026-12-05).** An in-page A/B driver (not committed: the clinic of `--size large` without its 45k notes, 155k documents seeded in 169 s; each round reopens the database so both variants read cold; alternating order; load average 32–33 on 2 cores) timed the "All clinicians" dashboard (315 active clients of 1,500, 1,335 alerts): the per-client reads on main took 44.8, 38.2 and 28.6 s; one query per collection for the whole caseload (`clientId $in` the active clients, split per client in memory) took 54.2 and 88.5 s, so it was not kept. RxDB answers `$in` by scanning the clientId index between the smallest and largest id, i.e. nearly every record of the clinic, and either way the cold cost is opening the caseload’s sealed records: at medium (79 active of 375) reading the active clients’ 3,987 responses took 2.3 s cold, all 18,750 took 11.1 s (≈ 0.6 ms per document at this load), the per-client queries over the same, now cached, documents 1.4 s; evidence building for 79 clients took 1.1 s and the alert inputs 73 ms. The ≤ 1 s target at large needs fewer documents opened, not fewer queries: windowed reads (the last 28 days of attendance, 14 of medication events, the latest check-in) through the existing (clientId, date) indexes, or a sealed per-client summary kept up to date on write.',
];
