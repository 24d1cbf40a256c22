import type { RxCollection, RxReplicationConflict } from 'rxdb/plugins/core';
import { replicateCouchDB } from 'rxdb/plugins/replication-couchdb';
import { EMPTY, filter, map, mergeMap, Subject, take, type Observable } from 'rxjs';
import { watchOne } from './collections/collection-spec';
import type { CollectionName, WaypointDatabase } from './schema-plan';
import { SYNC_PLANS } from './sync-plan';

/**
 * The thin RxDB side of clinic sync (only renderer/db imports RxDB at runtime): one couchdb replication for one
 * collection, exposed as plain observables. Sealing, limits, quarantine and status live in renderer/sync.
 */

/** Documents as replication sees them: plain data keyed by field name. */
export type SyncedDoc = Readonly<Record<string, unknown>>;

export interface CollectionReplication {
  readonly collection: CollectionName;
  readonly error$: Observable<unknown>;
  readonly active$: Observable<boolean>;
  /**
   * The pull pass (the checkpoint pass that stores what the server holds) runs or ended. `active$` is its OR with
   * the push: a pass asked for runs the push first, and `active$` is false between the two.
   */
  readonly pass$: Observable<boolean>;
  /** A pass was asked for (reSync); it has run once `pass$` goes true, then false. */
  readonly passRequested$: Observable<void>;
  /** Ids of documents the server accepted. */
  readonly sent$: Observable<string>;
  /** Ids of documents pulled from the server. */
  readonly received$: Observable<string>;
  /** Ids of documents written on this laptop (not by replication), i.e. waiting to be pushed. */
  readonly localWrite$: Observable<string>;
  readonly conflict$: Observable<RxReplicationConflict<SyncedDoc>>;
  /** Every checkpoint RxDB stores: 'down' holds the server's sequence, 'up' the last local write pushed (lwt, id). */
  readonly checkpoint$: Observable<CheckpointWrite>;
  /** Local writes with RxDB's last-write time, the order the push's checkpoint walks (for the request trace). */
  readonly localWriteTimes$: Observable<{ readonly id: string; readonly lwt: number; readonly rev: string }>;
  awaitInSync(): Promise<void>;
  /** The stored pull checkpoint (after RxDB's pending checkpoint writes); undefined before the first pull. */
  pullCheckpoint(): Promise<unknown>;
  /** Asks for a pass; a replication that could not start (e.g. a full disk) is started again instead. */
  reSync(): void;
  cancel(): Promise<void>;
}

export interface CollectionReplicationOptions {
  /** The collection's database URL, ending with '/'. */
  readonly url: string;
  /** The encrypting fetch: RxDB must never reach the server without it. */
  readonly fetch: typeof fetch;
  readonly live: boolean;
  readonly retryTime: number;
  readonly batchSize: number;
  /** Documents per pull request when it differs from the push batch (default: batchSize). */
  readonly pullBatchSize?: number;
}

export interface CheckpointWrite {
  readonly direction: string;
  readonly checkpoint: unknown;
}

const idOf = (doc: SyncedDoc): string => (typeof doc.id === 'string' ? doc.id : '');

export function replicateCollection(db: WaypointDatabase, name: CollectionName, options: CollectionReplicationOptions): CollectionReplication {
  // The twelve collections have twelve document types; replication handles them all as plain records.
  const collection = db[name] as unknown as RxCollection<SyncedDoc>;
  const state = replicateCouchDB<SyncedDoc>({
    replicationIdentifier: `waypoint-couchdb:${options.url}`,
    collection,
    url: options.url,
    fetch: options.fetch,
    live: options.live,
    retryTime: options.retryTime,
    // One window per database (multiInstance off): no leader election to wait for.
    waitForLeadership: false,
    pull: { batchSize: options.pullBatchSize ?? options.batchSize },
    push: { batchSize: options.batchSize },
  });
  const passRequested = new Subject<void>();
  // The replication's own state exists once a start worked (RxDB emits a failed start on error$ and can start again).
  const started = state.active$.pipe(
    filter((active) => active),
    take(1),
  );
  // RxDB stamps a local write's revision with the database token, a replicated one with the replication's hash.
  const localSuffix = `-${db.token}`;
  const reSync = deferWhileActive(state.active$, () => {
    if (!state.isStoppedOrPaused()) state.reSync();
  });
  return {
    collection: name,
    error$: state.error$,
    active$: state.active$,
    pass$: started.pipe(mergeMap(() => state.internalReplicationState?.events.active.down ?? EMPTY)),
    passRequested$: passRequested.asObservable(),
    sent$: state.sent$.pipe(map(idOf)),
    received$: state.received$.pipe(map(idOf)),
    localWrite$: collection.$.pipe(
      filter((event) => event.documentData._rev.endsWith(localSuffix)),
      map((event) => event.documentId),
    ),
    conflict$: state.conflict$,
    // Not after startPromise: a non-live replication's start resolves only once its pass is over and RxDB has closed
    // the meta store, whose change stream then throws "is closed". The store exists once the replication first works.
    checkpoint$: started.pipe(
      mergeMap(() => (state.metaInstance && !state.isStopped() ? state.metaInstance.changeStream() : EMPTY)),
      mergeMap((bulk) => bulk.events),
      filter((event) => event.documentData.isCheckpoint === '1'),
      map((event) => ({ direction: event.documentData.itemId, checkpoint: event.documentData.checkpointData })),
    ),
    localWriteTimes$: collection.$.pipe(
      filter((event) => event.documentData._rev.endsWith(localSuffix)),
      map((event) => ({ id: event.documentId, lwt: event.documentData._meta.lwt, rev: event.documentData._rev })),
    ),
    async awaitInSync() {
      await state.awaitInSync();
    },
    async pullCheckpoint() {
      const internal = state.internalReplicationState;
      if (!internal) return undefined;
      await internal.checkpointQueue;
      return internal.lastCheckpointDoc.down?.checkpointData as unknown;
    },
    reSync: () => {
      // A stopped replication (cancelled, or a one-pass one that ended) runs no pass.
      if (state.isStopped()) return;
      passRequested.next();
      if (state.internalReplicationState) reSync();
      // The start failed (e.g. the disk refused RxDB's record of the replication): start again. A failure again is
      // emitted on error$ (RxDB's start queue catches it), so the rejection here carries nothing new.
      else state.start().catch(() => undefined);
    },
    async cancel() {
      // RxDB 17's cancel waits for checkpoint writes only (cancelRxStorageReplication), then closes the meta store:
      // a pull whose documents were written but whose meta rows and checkpoint were not yet stored loses them. The
      // next session takes those documents for unpushed local writes: its pull skips them for good (downstream.js,
      // "non-upstream-replicated local write") and its push never looks at them (they are behind its checkpoint), so
      // the laptop keeps their old version (docs/sync.md "Stopping in the middle of a pull"). Paused, a pass or push
      // waiting on the network gives up once its request ends; then the queues settle and cancel loses nothing.
      await state.pause();
      const internal = state.internalReplicationState;
      // Offline (or with the server down) the queues wait on the network, and a lock must never hang on it: they get
      // a short while to settle, then cancel goes on (the old behaviour; the next session's pass catches up).
      if (internal) await settledWithin(Promise.all([internal.streamQueue.down, internal.streamQueue.up]), CANCEL_SETTLE_MS);
      await state.cancel();
    },
  };
}

/**
 * A pass asked for while one is running (the periodic pass, the listener, a "behind" verdict) runs once that one
 * ends, never during it. RxDB's RESYNC also restarts the push's walk over every local document changed since its
 * checkpoint, and during a first pull that is every document just pulled: the walk reads and opens them again, 50 at
 * a time, chasing the pull and then finishing alone after it (docs/benchmarks.md, "The join's tail"). The pass in
 * flight already pulls up to the server's current feed; what changes after its last page is pulled by the one asked.
 */
function deferWhileActive(active$: Observable<boolean>, pass: () => void): () => void {
  let active = false;
  let wanted = false;
  active$.subscribe((isActive) => {
    active = isActive;
    if (isActive || !wanted) return;
    wanted = false;
    pass();
  });
  return () => {
    if (active) wanted = true;
    else pass();
  };
}

/** How long cancel waits for a pass or push in flight to settle before cancelling anyway. */
const CANCEL_SETTLE_MS = 3_000;

const settled = (): true => true;

/** Waits for `work` (its failure included), at most `ms`; true when it settled in that time. */
export async function settledWithin(work: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<false>((resolve) => {
    timer = setTimeout(() => {
      resolve(false);
    }, ms);
  });
  const inTime = await Promise.race([work.then(settled, settled), late]);
  clearTimeout(timer);
  return inTime;
}

/**
 * Writes a person's resolution of a conflict (or a retried quarantined version) onto a record of any collection,
 * as a local edit that syncs like any other. Returns false when the record no longer exists.
 */
export async function patchSyncedRecord(db: WaypointDatabase, name: CollectionName, id: string, patch: SyncedDoc, now: Date): Promise<boolean> {
  const collection = db[name] as unknown as RxCollection<SyncedDoc>;
  const doc = await collection.findOne(id).exec();
  if (!doc) return false;
  await doc.incrementalPatch({ ...patch, id, updatedAt: now.toISOString() });
  return true;
}

/** One record of any collection as plain data, kept live (null when absent); for comparing conflict versions. */
export function watchSyncedRecord(db: WaypointDatabase, name: CollectionName, id: string): Observable<SyncedDoc | null> {
  const collection = db[name] as unknown as RxCollection<SyncedDoc>;
  return watchOne(collection, id);
}

/** True when the record exists (not deleted) in collection `name` on this laptop; false for an unknown collection. */
export async function hasSyncedRecord(db: WaypointDatabase, name: string, id: string): Promise<boolean> {
  if (!isCollectionName(db, name)) return false;
  const collection = db[name] as unknown as RxCollection<SyncedDoc>;
  return (await collection.findOne(id).exec()) !== null;
}

/** True when collection `name` holds no record on this laptop (a first pull has not stored anything yet). */
export async function holdsNoRecord(db: WaypointDatabase, name: CollectionName): Promise<boolean> {
  const collection = db[name] as unknown as RxCollection<SyncedDoc>;
  return (await collection.findOne().exec()) === null;
}

/** How many records (deleted ones left out) the database's synced collections hold: a first pull's progress. */
export async function countSyncedRecords(db: WaypointDatabase): Promise<number> {
  const names = SYNC_PLANS.map((plan) => plan.collection).filter((name) => isCollectionName(db, name));
  // No selector: an index count per collection, nothing read or opened.
  const counts = await Promise.all(names.map((name) => (db[name] as unknown as RxCollection<SyncedDoc>).count().exec()));
  return counts.reduce((sum, n) => sum + n, 0);
}

/** True when `name` is one of the database's collections (conflict copies name theirs as plain text). */
export function isCollectionName(db: WaypointDatabase, name: string): name is CollectionName {
  return Object.hasOwn(db.collections, name);
}
