import { Subscription, type Observable } from 'rxjs';
import { keychainOf, type KeyGeneration } from '../../shared/crypto/key-generations';
import type { AesKey, CryptoProvider } from '../../shared/crypto/provider';
import { clinicDbName } from '../../shared/sync/couch-names';
import type { RejectedDocument, UnreadableRow } from '../../shared/sync/couch-transform';
import type { SyncStatus } from '../../shared/sync/sync-status';
import type { WaypointDatabase } from '../db';
import { holdsNoRecord, replicateCollection, settledWithin, type CollectionReplication } from '../db/replication';
import { guardClearFields, SYNC_PLANS, type CollectionSyncPlan } from '../db/sync-plan';
import { createConnectionLimiter, type ConnectionLimiter } from './connection-limiter';
import { createConvergenceCheck, type ConvergenceCheck } from './convergence';
import { normaliseServerUrl } from './couch-http';
import { createEncryptingFetch, type FetchLike, type SyncCredentials } from './encrypting-fetch';
import { createServerAuth, type AuthMode, type ServerAuth } from './server-auth';
import type { JoinProgress } from './join-progress';
import { createStatusTracker, type PendingSnapshot, type StatusTracker } from './status-tracker';
import { quarantine, quarantinePulled, saveConflictCopy } from './sync-records';
import { createSyncTrace, tracingFetch, type SyncTrace, type TraceEntry } from './sync-trace';

/** Documents per push request. */
export const PUSH_BATCH = 50;
/** Documents per pull request (docs/benchmarks.md: 50 vs 200 measured on the E2EE first pull). */
export const PULL_BATCH = 50;

export interface ClinicSyncOptions {
  readonly db: WaypointDatabase;
  readonly url: string;
  readonly clinicId: string;
  readonly credentials: SyncCredentials;
  readonly crypto: CryptoProvider;
  /** deriveKey(crypto, master, 'sync'): documents on the server are sealed under this, not the at-rest key. */
  readonly syncKey: AesKey;
  /** Sync keys from rotations (generation ≥ 1) this laptop holds; new writes are sealed under the newest. */
  readonly rotatedKeys?: readonly KeyGeneration[];
  readonly fetch?: FetchLike;
  /** False runs one pass per collection and stops (tests, "sync now"). */
  readonly live?: boolean;
  /** How long a long-poll may wait for a change before its slot goes to another collection. */
  readonly longPollTimeoutMs?: number;
  /** RxDB's pause after a failed cycle; the limiter adds the shared back-off on top. */
  readonly retryTimeMs?: number;
  /** Documents per pull request (default PULL_BATCH); the bench compares sizes with it. */
  readonly pullBatchSize?: number;
  /**
   * Sleep/wake safety net: re-run every collection's checkpoint pass this often (default 15 s; 0 = never). The
   * live path does not need it (docs/sync.md; test/integration/sync/random-edits runs with it off).
   */
  readonly resyncEveryMs?: number;
  readonly now?: () => Date;
  /** Changes left unsynced by an earlier session (see pendingSnapshot), shown as "Not synced" until pushed. */
  readonly initialPending?: PendingSnapshot;
}

export interface ClinicSync {
  readonly status$: Observable<SyncStatus>;
  status(): SyncStatus;
  /** Resolves when every collection is in sync and every quarantine or conflict copy is written. */
  awaitInSync(): Promise<void>;
  /** Re-check every collection now (e.g. the OS reports the network back). */
  reSync(): void;
  /** Most connections to the server in flight at once so far. */
  peakConnections(): number;
  /** Ids of one collection's records changed on this laptop and not yet on the server ("Not synced"). */
  pendingIds(collection: string): readonly string[];
  /** Every collection's pending ids, to keep for the next session. */
  pendingSnapshot(): PendingSnapshot;
  /** How this laptop signs in to the server: a session cookie or basic auth (null until the first request). */
  authMode(): AuthMode | null;
  /** A new laptop's first pull while the app is already in use (renderer/sync/join-progress.ts); null once it is over. */
  readonly firstPull$?: Observable<JoinProgress | null>;
  /** Documents pulled from the server and written on this laptop since sync started (RxDB's received$ follows the write). */
  receivedCount(): number;
  /** The request and checkpoint trace (ids, revisions, sequences; no content), kept when a check fails. */
  trace(): readonly TraceEntry[];
  stop(): Promise<void>;
}

interface Wiring {
  readonly options: ClinicSyncOptions;
  readonly limiter: ConnectionLimiter;
  readonly auth: ServerAuth;
  readonly tracker: StatusTracker;
  readonly sideEffects: Set<Promise<unknown>>;
  readonly now: () => Date;
  readonly trace: SyncTrace;
  received: number;
}

function track(w: Wiring, collection: string, work: Promise<unknown>): void {
  const p = work.catch((error: unknown) => {
    w.tracker.error(collection, error);
  });
  w.sideEffects.add(p);
  void p.finally(() => w.sideEffects.delete(p));
}

interface StartedCollection {
  readonly rep: CollectionReplication;
  readonly subs: Subscription;
  readonly convergence: ConvergenceCheck;
}

/** After each cycle, the collection proves it holds what the server's feed holds, or says "behind" and pulls again. */
function convergenceOf(w: Wiring, c: string, url: string, fetch: typeof globalThis.fetch, rep: CollectionReplication): ConvergenceCheck {
  return createConvergenceCheck({
    dbUrl: url,
    fetch,
    pullCheckpoint: () => rep.pullCheckpoint(),
    onVerdict: (verdict) => {
      w.trace.record(c, 'verified', { ...verdict });
      w.tracker.behind(c, verdict.behind);
    },
    requestPass: () => {
      w.trace.record(c, 'pass-requested', { by: 'behind' });
      rep.reSync();
    },
  });
}

function startCollection(w: Wiring, base: string, plan: CollectionSyncPlan): StartedCollection {
  const { options, tracker } = w;
  const onRejected = (r: RejectedDocument): void => {
    // A refused quarantine record is only reported: quarantining it again could loop.
    if (r.collection === 'clinic' && r.doc.kind === 'quarantine') tracker.error(r.collection, new Error(r.reason));
    else track(w, r.collection, quarantine(options.db, r, w.now()));
  };
  // A pulled document that cannot be opened is set aside and listed; the rest of the batch flows.
  const onUnreadable = (row: UnreadableRow): void => {
    w.trace.record(row.collection, 'set-aside', { id: row.id, rev: row.rev, deleted: row.deleted });
    track(w, row.collection, quarantinePulled(options.db, row, w.now()));
  };
  const fetch = createEncryptingFetch({
    fetch: tracingFetch(w.limiter.fetch, w.trace, plan.collection),
    crypto: options.crypto,
    syncKeys: keychainOf(options.syncKey, options.rotatedKeys),
    collection: plan.collection,
    plaintextFields: plan.plaintextFields,
    sentFields: (guardRequired) => guardClearFields(plan, guardRequired),
    auth: w.auth,
    onRejected,
    onUnreadable,
    holdsNothing: () => holdsNoRecord(options.db, plan.collection),
  });
  const url = `${base}/${clinicDbName(options.clinicId, plan.collection)}/`;
  const rep = replicateCollection(options.db, plan.collection, {
    url,
    fetch,
    live: options.live ?? true,
    retryTime: options.retryTimeMs ?? 2_000,
    batchSize: PUSH_BATCH,
    pullBatchSize: options.pullBatchSize ?? PULL_BATCH,
  });
  const c = plan.collection;
  const subs = new Subscription();
  const convergence = convergenceOf(w, c, url, fetch, rep);
  const on = <T>(source: Observable<T>, handle: (value: T) => void): void => {
    subs.add(source.subscribe(handle));
  };
  on(rep.error$, (error) => {
    tracker.error(c, error);
  });
  let wasActive = false;
  on(rep.active$, (active) => {
    tracker.active(c, active);
    if (wasActive && !active && options.live !== false) track(w, c, convergence.check());
    wasActive = active;
  });
  on(rep.pass$, (passing) => {
    tracker.pass(c, passing);
  });
  on(rep.passRequested$, () => {
    tracker.passRequested(c);
  });
  on(rep.localWrite$, (id) => {
    tracker.localWrite(c, id);
  });
  on(rep.sent$, (id) => {
    w.trace.record(c, 'sent', { id });
    tracker.settled(c, id);
  });
  on(rep.received$, (id) => {
    w.received += 1;
    w.trace.record(c, 'received', { id });
  });
  on(rep.checkpoint$, (write) => {
    w.trace.record(c, 'checkpoint', { ...write });
  });
  on(rep.localWriteTimes$, (write) => {
    w.trace.record(c, 'local-write', write);
  });
  on(rep.conflict$, (conflict) => {
    w.trace.record(c, 'conflict', { id: conflict.input.newDocumentState.id });
    track(w, c, saveConflictCopy(options.db, c, conflict, w.now()));
    const id = conflict.input.newDocumentState.id;
    if (typeof id === 'string') tracker.settled(c, id);
  });
  return { rep, subs, convergence };
}

/** Longest a stop waits for the stopped requests to end, and then for the server to end the session. */
const SIGN_OUT_WAIT_MS = 1_500;

/** Starts replicating every collection of the clinic through the encrypting fetch and the connection limiter. */
export function startClinicSync(options: ClinicSyncOptions): ClinicSync {
  const base = normaliseServerUrl(options.url);
  const now = options.now ?? (() => new Date());
  // Every collection the database opened (all twelve in the app; tests open fewer, see createDatabase).
  const plans = SYNC_PLANS.filter((plan) => Object.hasOwn(options.db.collections, plan.collection));
  const synced = plans.map((plan) => plan.collection);
  const tracker = createStatusTracker(now, options.initialPending, synced);
  const trace = createSyncTrace();
  const collectionOf = (url: string): string => /_([a-z]+)\/_changes/.exec(url)?.[1] ?? url;
  // Filled below: the limiter reports pinned listeners by URL, before the replications exist.
  const byDbPath = new Map<string, CollectionReplication>();
  const rawFetch: FetchLike = options.fetch ?? ((input, init) => fetch(input, init));
  const limiter = createConnectionLimiter({
    fetch: rawFetch,
    longPollTimeoutMs: options.longPollTimeoutMs ?? 1_000,
    onOutcome: (o) => {
      tracker.outcome(o);
    },
    onThrottled: (until) => {
      tracker.throttled(until);
    },
    // The server's feed moved (or the listener just pinned since=now): pull through the checkpoint pass, never
    // through RxDB's live documents, which can be older than what this laptop just pushed (docs/sync.md).
    trace: (url, what, detail) => {
      trace.record(collectionOf(url), what, detail);
    },
    onRemoteChange: (url) => {
      trace.record(collectionOf(url), 'pass-requested', { by: 'listener' });
      const path = url.split('/_changes')[0] ?? '';
      byDbPath.get(`${path}/`)?.reSync();
    },
  });
  // One sign-in shared by every collection (one session cookie, or basic auth when the browser keeps no cookie).
  const auth = createServerAuth({ base, credentials: options.credentials, fetch: limiter.fetch });
  const w: Wiring = { options, limiter, auth, tracker, sideEffects: new Set(), now, trace, received: 0 };
  const started = plans.map((plan) => startCollection(w, base, plan));
  started.forEach(({ rep }, i) => {
    const plan = plans[i];
    if (plan) byDbPath.set(`${base}/${clinicDbName(options.clinicId, plan.collection)}/`, rep);
  });
  const resync = (): void => {
    trace.record('*', 'pass-requested', { by: 'periodic or online' });
    limiter.resetBackoff();
    started.forEach(({ rep }) => {
      rep.reSync();
    });
  };
  // The periodic pass also runs the convergence check: a collection found behind always gets another pass.
  const periodic = (): void => {
    resync();
    started.forEach(({ convergence }, i) => {
      track(w, plans[i]?.collection ?? '', convergence.periodic());
    });
  };
  const resyncEveryMs = options.resyncEveryMs ?? 15_000;
  const timer = resyncEveryMs > 0 ? setInterval(periodic, resyncEveryMs) : undefined;
  // The OS reports the network back (also after sleep): retry now instead of waiting out the back-off.
  const target = typeof globalThis.addEventListener === 'function' ? globalThis : null;
  target?.addEventListener('online', resync);
  return {
    status$: tracker.status$,
    status: () => tracker.current(),
    async awaitInSync() {
      await Promise.all(started.map(({ rep }) => rep.awaitInSync()));
      while (w.sideEffects.size > 0) await Promise.all([...w.sideEffects]);
    },
    reSync: resync,
    peakConnections: () => limiter.peakInFlight(),
    pendingIds: (collection) => tracker.pendingIds(collection),
    pendingSnapshot: () => tracker.pendingSnapshot(),
    authMode: () => auth.mode(),
    receivedCount: () => w.received,
    trace: () => trace.entries(),
    async stop() {
      clearInterval(timer);
      target?.removeEventListener('online', resync);
      await Promise.all(started.map(({ rep }) => rep.cancel()));
      limiter.close();
      // Lock stops sync: a session cookie left in the jar would let anyone with the locked laptop's profile talk to
      // the server as this laptop (issue 18, item 7). CouchDB's cookie is a signed token, so ending it means removing it.
      // The server re-issues the cookie with every answer: the sign-out goes once every request of the stopped sync
      // has ended (the closed limiter aborts them), or an older answer arriving after it would put a fresh cookie back.
      // A lock must not wait on a slow server: after a moment it goes on, and the answer still clears the jar when it comes.
      const settling = limiter.settled();
      const allSettled = await settledWithin(settling, SIGN_OUT_WAIT_MS);
      await settledWithin(auth.signOut(rawFetch), SIGN_OUT_WAIT_MS);
      // A request still out when the sign-out went may answer later with a fresh cookie: sign out again once it has ended.
      if (!allSettled) void settling.then(() => auth.signOut(rawFetch)).catch(() => undefined);
      started.forEach(({ subs }) => {
        subs.unsubscribe();
      });
      await Promise.all([...w.sideEffects]);
    },
  };
}
