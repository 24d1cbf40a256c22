import { BehaviorSubject, type Observable } from 'rxjs';
import { isStorageFull } from '../../shared/storage-full';
import { deriveSyncStatus, describeSyncError, type SyncStatus } from '../../shared/sync/sync-status';
import type { RequestOutcome } from './connection-limiter';

/**
 * Collects the facts behind the sync status from every collection's replication. Pending counts changes written
 * on this laptop that the server has not accepted yet, including those left from an earlier session (`initial`,
 * e.g. written offline before the app was closed); a collection whose replication cycle ends without an error has
 * nothing pending (its first cycle pushes everything written since its checkpoint, and a conflict resolved in the
 * server's favour leaves nothing to push).
 *
 * A pass asked for (and each collection's first, at start) counts as syncing until its pull half has run: the push
 * half ends first, and taking that for the end of the pass showed "Up to date" before the pull had looked. A full
 * disk's error ("Sync paused") is cleared only by a pull pass that ends without an error, i.e. one that could store
 * what it pulled; a cycle that only pushed proves nothing about the disk.
 */
export interface StatusTracker {
  readonly status$: Observable<SyncStatus>;
  current(): SyncStatus;
  outcome(o: RequestOutcome): void;
  /** The server throttled (429): nothing goes out before `until`. */
  throttled(until: Date): void;
  active(collection: string, isActive: boolean): void;
  /** A pass was asked for: the collection is syncing until its pull pass has run. */
  passRequested(collection: string): void;
  /** The collection's pull pass runs (true) or ended (false). */
  pass(collection: string, isActive: boolean): void;
  error(collection: string, error: unknown): void;
  localWrite(collection: string, id: string): void;
  settled(collection: string, id: string): void;
  /** The convergence check's verdict: the server's feed holds changes past this collection's pull checkpoint. */
  behind(collection: string, isBehind: boolean): void;
  /** Ids of one collection written here and not yet on the server. */
  pendingIds(collection: string): readonly string[];
  /** Every collection's pending ids, to keep across restarts (ids are random: they say nothing about a client). */
  pendingSnapshot(): PendingSnapshot;
}

export type PendingSnapshot = Readonly<Record<string, readonly string[]>>;

interface CollectionFacts {
  active: boolean;
  erroredThisCycle: boolean;
  error: string | null;
  /** The error is a write the disk refused: only a clean pull pass clears it. */
  diskFull: boolean;
  behind: boolean;
  /** A pass was asked for and its pull has not run yet. */
  passWanted: boolean;
  passing: boolean;
  erroredThisPass: boolean;
  readonly pending: Set<string>;
}

const newFacts = (pending: Iterable<string> = []): CollectionFacts => ({
  active: false,
  erroredThisCycle: false,
  error: null,
  diskFull: false,
  behind: false,
  passWanted: false,
  passing: false,
  erroredThisPass: false,
  pending: new Set(pending),
});

/** `synced`: the collections this sync runs; each is syncing until its first pull pass has run. */
export function createStatusTracker(now: () => Date, initial: PendingSnapshot = {}, synced: readonly string[] = []): StatusTracker {
  const collections = new Map<string, CollectionFacts>();
  for (const [c, ids] of Object.entries(initial)) collections.set(c, newFacts(ids));
  let reachable: boolean | null = null;
  let lastSyncedAt: string | null = null;
  let throttledUntil = 0;
  const facts = (c: string): CollectionFacts => {
    let f = collections.get(c);
    if (!f) collections.set(c, (f = newFacts()));
    return f;
  };
  for (const c of synced) facts(c).passWanted = true;
  const compute = (): SyncStatus => {
    const all = [...collections.values()];
    return deriveSyncStatus({
      reachable,
      activeCollections: all.filter((f) => f.active || f.passWanted).length,
      pending: all.reduce((n, f) => n + f.pending.size, 0),
      behindCollections: all.filter((f) => f.behind).length,
      lastSyncedAt,
      error: all.find((f) => f.error !== null)?.error ?? null,
      retryAt: throttledUntil > now().getTime() ? new Date(throttledUntil).toISOString() : null,
    });
  };
  const subject = new BehaviorSubject<SyncStatus>(compute());
  const emit = (): void => {
    const next = compute();
    if (next.state === 'up-to-date') lastSyncedAt = now().toISOString();
    const value = next.state === 'up-to-date' ? { ...next, lastSyncedAt } : next;
    // Same object until something changes: React's useSyncExternalStore reads current() on every render.
    if (JSON.stringify(value) !== JSON.stringify(subject.getValue())) subject.next(value);
  };
  return {
    status$: subject.asObservable(),
    current: () => subject.getValue(),
    outcome(o) {
      reachable = o.ok || o.status !== null;
      emit();
    },
    throttled(until) {
      throttledUntil = until.getTime();
      emit();
    },
    active(c, isActive) {
      const f = facts(c);
      if (isActive && !f.active) f.erroredThisCycle = false;
      // Only the end of a cycle clears: the replication also reports "not active" before its first cycle has run.
      if (!isActive && f.active && !f.erroredThisCycle) {
        if (!f.diskFull) f.error = null;
        f.pending.clear();
      }
      f.active = isActive;
      emit();
    },
    passRequested(c) {
      facts(c).passWanted = true;
      emit();
    },
    pass(c, isActive) {
      const f = facts(c);
      if (isActive) f.erroredThisPass = false;
      else if (f.passing) {
        f.passWanted = false;
        if (f.diskFull && !f.erroredThisPass) {
          f.diskFull = false;
          f.error = null;
        }
      }
      f.passing = isActive;
      emit();
    },
    error(c, error) {
      const f = facts(c);
      f.erroredThisCycle = true;
      f.erroredThisPass = true;
      // The full disk is said until a pull pass stores again; another failure meanwhile does not hide it.
      const full = isStorageFull(error);
      if (full || !f.diskFull) f.error = describeSyncError(error);
      f.diskFull ||= full;
      emit();
    },
    localWrite(c, id) {
      facts(c).pending.add(id);
      emit();
    },
    settled(c, id) {
      facts(c).pending.delete(id);
      emit();
    },
    behind(c, isBehind) {
      facts(c).behind = isBehind;
      emit();
    },
    pendingIds: (c) => [...(collections.get(c)?.pending ?? [])],
    pendingSnapshot: () => Object.fromEntries([...collections].filter(([, f]) => f.pending.size > 0).map(([c, f]) => [c, [...f.pending]])),
  };
}
