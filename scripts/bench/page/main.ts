import { firstValueFrom } from 'rxjs';
import { closeDatabase, createDatabase, watchNotesAwaitingCosign, type WaypointDatabase } from '../../../renderer/db';
import { createWebCryptoProvider } from '../../../renderer/crypto/web-crypto-provider';
import { createMasterKey, deriveKey, DEFAULT_ARGON2, unwrapMasterKey, wrapWithPassphrase } from '../../../shared/crypto/keys';
import type { Note } from '../../../shared/domain/records';
import { countDocs, generateClinic } from '../../seed/generate';
import { isSizeName } from '../../seed/sizes';
import { writeClinic } from '../../seed/write';
import type { ClientRow } from '../../../renderer/features/clients/client-list';
import { chartOpen, clientSearchCold, clientSearchKeystroke, noteSave, unlockToDashboard, type Vault } from './app-flows';
import { auditPages } from './audit-flow';
import { joinClinic } from './join-flow';
import { caseloadDashboard, caseloadDashboardFromRecords, reviewSnapshots } from './dashboard-flow';
import { sealedVsPlainInsert, type InsertSample } from './insert-ratio';
import { runTarget } from './profile-targets';
import { e2eePush } from './sync-e2ee';
import { startInputProbe, stopInputProbe, type ProbeFigures } from './input-probe';
import { syncBaselines } from './sync-rounds';
import { log, round2, timed } from './timing';
import { chartExperiments } from './chart-tail';
import { createConflictHandler } from '../../../renderer/sync/conflict-handler';

/** What the driver asks for; counts are per size, chosen by scripts/bench/run.mjs. */
export interface BenchOptions {
  readonly size: string;
  readonly seed: number;
  readonly chartClients: number;
  readonly insertSample: number;
  readonly insertRounds: number;
  readonly syncDocs: number;
  /** Alternating plain / E2EE replication rounds; the figures are medians. */
  readonly syncRounds: number;
  /** Same-origin path the driver proxies to PouchDB Server, or null to skip sync. */
  readonly couchBase: string | null;
  readonly runId: string;
}

type Figures = Record<string, number | string | null | Readonly<Record<string, number>>>;

interface State {
  vault: Vault | null;
  db: WaypointDatabase | null;
  rows: readonly ClientRow[];
  insertSample: InsertSample;
  syncSample: readonly Note[];
}
const state: State = { vault: null, db: null, rows: [], insertSample: { notes: [], responses: [] }, syncSample: [] };
const crypto = createWebCryptoProvider();

async function seed(options: BenchOptions, vault: Vault): Promise<Figures> {
  if (!isSizeName(options.size)) throw new Error(`unknown size ${options.size}`);
  const size = options.size;
  const generated = await timed(() => Promise.resolve(generateClinic(size, options.seed)));
  const clinic = generated.value;
  const key = await deriveKey(crypto, vault.master, 'at-rest');
  const db = await createDatabase({ name: vault.dbName, key, crypto, conflictHandlerFor: createConflictHandler });
  log(`generated ${size} in ${generated.ms.toFixed(0)} ms; writing`);
  const written = await timed(() => writeClinic(db, clinic));
  await closeDatabase(db);
  state.insertSample = { notes: clinic.notes.slice(0, options.insertSample), responses: clinic.responses.slice(0, options.insertSample) };
  state.syncSample = clinic.notes.slice(0, options.syncDocs);
  const docs = countDocs(clinic);
  return {
    size,
    seed: options.seed,
    docs,
    total_docs: Object.values(docs).reduce((a, b) => a + b, 0),
    generate_ms: round2(generated.ms),
    seed_ms: round2(written.ms),
  };
}

// Argon2id is the one deliberately slow step of unlock; it is measured on its own so the rest can be judged.
async function argon2Ms(master: Uint8Array): Promise<number> {
  const wrapped = await wrapWithPassphrase(crypto, master, 'correct horse battery staple', DEFAULT_ARGON2);
  return (await timed(() => unwrapMasterKey(crypto, wrapped, 'correct horse battery staple'))).ms;
}

/** Two audit events per seeded note (its creation and sign-off, views and edits in proportion): 90k at large. */
function auditEventCount(seeded: Figures): number {
  const docs = seeded.docs;
  return typeof docs === 'object' && docs !== null ? 2 * (docs.notes ?? 0) : 0;
}

/** The database open now (a reopen replaces it). */
function requireDb(): WaypointDatabase {
  if (!state.db) throw new Error('no database is open');
  return state.db;
}

/** Phase 1: seed, then unlock and use the app's database like a clinician; the database stays open for the heap. */
async function runApp(options: BenchOptions): Promise<Figures> {
  const vault: Vault = { crypto, master: createMasterKey(crypto), dbName: `waypoint-bench-${options.runId}`, userId: 'bench-user' };
  state.vault = vault;
  const seeded = await seed(options, vault);
  log('unlock → dashboard');
  const unlocked = await unlockToDashboard(vault);
  state.db = unlocked.db;
  state.rows = unlocked.rows;
  const firstRow = unlocked.rows[0];
  if (!firstRow) throw new Error('the seeded clinic has no clients');
  log('progress review snapshots, cold');
  const review = await reviewSnapshots(unlocked.db, 5);
  log('caseload dashboard, all clinicians, from the records (as before the summaries), cold');
  const fromRecords = await caseloadDashboardFromRecords(unlocked.db);
  await once('reopen', options);
  log('caseload dashboard, first build of the summaries (none stored), cold');
  const firstBuild = await caseloadDashboard(requireDb());
  await once('reopen', options);
  log('caseload dashboard from the summaries a previous unlock left, cold');
  const dashboard = await caseloadDashboard(requireDb());
  // The first open of a new clinic day: the summaries stored by an open 3 days before (a weekend away), read cold.
  log('caseload dashboard, first open of a new clinic day (summaries stored 3 days before), cold');
  const earlier = await caseloadDashboard(requireDb(), new Date(Date.now() - 3 * 86_400_000));
  await once('reopen', options);
  const newDay = await caseloadDashboard(requireDb());
  // What of it is the clinic-wide read of notes waiting for a co-sign (every signed note opened), on its own, cold.
  await once('reopen', options);
  const cosigns = await timed(() => firstValueFrom(watchNotesAwaitingCosign(requireDb())));
  log(`chart open over ${String(options.chartClients)} clients`);
  const chart = await chartOpen(requireDb(), state.rows, vault.userId, options.chartClients);
  const searchCold = await clientSearchCold(requireDb(), 5);
  const search = clientSearchKeystroke(state.rows, 5);
  const noteMs = await noteSave(requireDb(), firstRow.id, vault.userId, 20);
  log('audit log pages');
  const audit = await auditPages(requireDb(), auditEventCount(seeded));
  return {
    ...seeded,
    unlock_to_dashboard_ms: round2(unlocked.ms),
    dashboard_clients: unlocked.rows.length,
    dashboard_ms: round2(dashboard.ms),
    dashboard_active_clients: dashboard.clients,
    dashboard_alerts: dashboard.alerts,
    dashboard_rebuilt: dashboard.rebuilt,
    dashboard_new_day_ms: round2(newDay.ms),
    dashboard_new_day_rebuilt: newDay.rebuilt,
    dashboard_new_day_alerts: newDay.alerts,
    dashboard_earlier_day_build_ms: round2(earlier.ms),
    dashboard_earlier_day_rebuilt: earlier.rebuilt,
    dashboard_cosigns_ms: round2(cosigns.ms),
    dashboard_first_build_ms: round2(firstBuild.ms),
    dashboard_first_build_rebuilt: firstBuild.rebuilt,
    dashboard_records_ms: round2(fromRecords.ms),
    dashboard_records_alerts: fromRecords.alerts,
    review_snapshot_ms: review.clients === 0 ? null : round2(review.ms),
    review_snapshot_clients: review.clients,
    argon2_unlock_ms: round2(await argon2Ms(vault.master)),
    chart_overview_p50_ms: round2(chart.overviewP50),
    chart_overview_p95_ms: round2(chart.overviewP95),
    chart_open_p50_ms: round2(chart.p50),
    chart_open_p95_ms: round2(chart.p95),
    chart_all_tabs_p50_ms: round2(chart.allTabsP50),
    chart_all_tabs_p95_ms: round2(chart.allTabsP95),
    chart_clients: chart.n,
    note_save_ms: round2(noteMs),
    // Microseconds matter here: a keystroke over a small clinic's list is a few hundredths of a millisecond.
    search_ms: Math.round(search.ms * 1000) / 1000,
    search_hits: search.hits,
    search_cold_ms: round2(searchCold.ms),
    search_cold_hits: searchCold.hits,
    audit_events: audit.audit_events,
    audit_page_ms: round2(audit.audit_page_ms),
    audit_page_deep_ms: round2(audit.audit_page_deep_ms),
    audit_page_client_ms: round2(audit.audit_page_client_ms),
    audit_page_therapist_ms: audit.audit_page_therapist_ms,
    audit_page_therapist_indexed_ms: audit.audit_page_therapist_indexed_ms,
    audit_page_therapist_scan_ms: audit.audit_page_therapist_scan_ms,
    audit_page_new_therapist_ms: audit.audit_page_new_therapist_ms,
    audit_page_new_therapist_indexed_ms: audit.audit_page_new_therapist_indexed_ms,
    audit_page_new_therapist_scan_ms: audit.audit_page_new_therapist_scan_ms,
    audit_verify_ms: round2(audit.audit_verify_ms),
    audit_verify_incremental_ms: round2(audit.audit_verify_incremental_ms),
    audit_verify_incremental_read: audit.audit_verify_incremental_read,
  };
}

/** Phase 1b: the whole seeded clinic pushed once, then a new laptop's first pull of all of it (issue 17 item 3); closes the app database. */
async function runJoin(options: BenchOptions): Promise<Figures> {
  if (options.couchBase === null) return {};
  if (!state.db || !state.vault) throw new Error('runJoin needs runApp first');
  const master = state.vault.master;
  const keys = { atRest: await deriveKey(crypto, master, 'at-rest'), sync: await deriveKey(crypto, master, 'sync') };
  log('join: pushing the whole clinic, then a new laptop pulls it');
  const seeded = state.db;
  state.db = null;
  const join = await joinClinic(seeded, options.couchBase, options.runId, crypto, keys);
  log(
    `join: ${String(join.docs)} documents, push ${join.pushAllMs.toFixed(0)} ms, first pull ${join.joinMs.toFixed(0)} ms, PouchDB (idb) ${join.pouchIdb.joinMs.toFixed(0)} ms`,
  );
  return {
    join_docs: join.docs,
    join_ms: round2(join.joinMs),
    join_docs_per_s: join.docsPerSecond,
    first_push_all_ms: round2(join.pushAllMs),
    pouchdb_idb_join_ms: round2(join.pouchIdb.joinMs),
    pouchdb_idb_join_docs_per_s: join.pouchIdb.docsPerSecond,
    // Throughput ratio, like the sync ratios: PouchDB's time over the app's.
    join_vs_pouchdb_idb_ratio: Math.round((join.pouchIdb.joinMs / join.joinMs) * 100) / 100,
  };
}

/** Phase 2, after the driver read the heap: close the app database, then the baselines that need their own. */
async function runBaselines(options: BenchOptions): Promise<Figures> {
  if (state.db) await closeDatabase(state.db);
  state.db = null;
  log('sealed vs plain bulk insert');
  const insert = await sealedVsPlainInsert(state.insertSample, crypto, options.insertRounds);
  const figures: Figures = {
    sealed_insert_ms: round2(insert.sealedMs),
    plain_insert_ms: round2(insert.plainMs),
    insert_docs: insert.docs,
    sealed_vs_plain_insert_ratio: round2(insert.sealedMs / insert.plainMs),
  };
  if (options.couchBase === null) return figures;
  return { ...figures, ...(await syncBaselines(options.couchBase, state.syncSample, options, crypto)) };
}

let probedPull: (() => Promise<number>) | null = null;

/** Pushes the sync sample through the app's E2EE replication so that the next probed pull has a full server. */
async function preparePull(options: BenchOptions): Promise<void> {
  if (options.couchBase === null) throw new Error('the input probe needs the sync server');
  probedPull = (await e2eePush(options.couchBase, state.syncSample, `${options.runId}-probe`, crypto)).pull;
}

/** The app's first pull of the prepared notes while the probe records; resolves with the pull's time. */
async function probedFirstPull(): Promise<number> {
  const pull = probedPull;
  if (!pull) throw new Error('preparePull first');
  probedPull = null;
  return pull();
}

/** The notes the sync baselines replicate, for the driver's PouchDB run of the same documents. */
function syncSample(): readonly Note[] {
  return state.syncSample;
}

/** One operation on the state runApp left, for scripts/bench/profile.mjs to wrap in a CPU profile; its time. */
async function once(target: string, options: BenchOptions): Promise<number> {
  if (target === 'dashboard') {
    // Cold: lock and unlock first, then the caseload dashboard for every clinician.
    await once('reopen', options);
    if (!state.db) throw new Error('dashboard needs runApp first');
    const dashboard = await caseloadDashboard(state.db);
    log(`dashboard: ${dashboard.ms.toFixed(0)} ms, ${String(dashboard.clients)} clients, ${String(dashboard.alerts)} alerts`);
    return dashboard.ms;
  }
  if (target !== 'reopen') return runTarget(target, { ...state, crypto }, options);
  return reopen();
}

/** Lock and unlock again: the next chart opens are cold (no RxDB query cache, no remembered envelopes). */
async function reopen(): Promise<number> {
  if (!state.db || !state.vault) throw new Error('reopen needs runApp first');
  await closeDatabase(state.db);
  const unlocked = await unlockToDashboard(state.vault);
  state.db = unlocked.db;
  state.rows = unlocked.rows;
  return unlocked.ms;
}

const api = {
  chart: chartExperiments({
    reopen: async () => {
      await reopen();
    },
    current: () => {
      if (!state.vault) throw new Error('runApp first');
      return { db: requireDb(), rows: state.rows, vault: state.vault };
    },
  }),
  runApp,
  runBaselines,
  runJoin,
  syncSample,
  once,
  preparePull,
  probedFirstPull,
  startInputProbe,
  stopInputProbe: (): ProbeFigures => stopInputProbe(),
};
export type BenchApi = typeof api;

declare global {
  interface Window {
    waypointBench?: BenchApi;
  }
}

window.waypointBench = api;
