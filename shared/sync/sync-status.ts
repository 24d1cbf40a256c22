import { isStorageFull, STORAGE_FULL_SYNC_MESSAGE } from '../storage-full';

/** What the always-visible sync indicator shows (DESIGN.md "Sync and conflicts"). */
export type SyncState = 'offline' | 'syncing' | 'behind' | 'up-to-date' | 'error';

export interface SyncStatus {
  readonly state: SyncState;
  /** Local changes not yet on the server. */
  readonly pending: number;
  /** ISO time of the last moment everything was in sync; null until the first time. */
  readonly lastSyncedAt: string | null;
  /** Why sync is stuck, in words for people; only with state 'error'. */
  readonly error?: string;
  /** ISO time sync tries again after the server throttled it (429); only while waiting. */
  readonly retryAt?: string;
}

/** The raw facts the replication collects. */
export interface SyncFacts {
  /** null until the first answer or failure. */
  readonly reachable: boolean | null;
  readonly activeCollections: number;
  readonly pending: number;
  /** Collections whose pull checkpoint is short of the server's feed (shared/sync/feed-position.ts); 0 if omitted. */
  readonly behindCollections?: number;
  readonly lastSyncedAt: string | null;
  /** First collection error, already worded for people. */
  readonly error: string | null;
  /** ISO time the throttled server is asked again; null or omitted when not waiting. */
  readonly retryAt?: string | null;
}

/** The status shown for a set of facts. An unreachable server is "offline", not an error: it is normal. */
export function deriveSyncStatus(f: SyncFacts): SyncStatus {
  const common = { pending: f.pending, lastSyncedAt: f.lastSyncedAt, ...(f.retryAt ? { retryAt: f.retryAt } : {}) };
  if (f.reachable === false) return { state: 'offline', ...common };
  if (f.error !== null) return { state: 'error', ...common, error: f.error };
  if (f.reachable === null || f.activeCollections > 0 || f.pending > 0) return { state: 'syncing', ...common };
  // Idle, nothing to send, but the server holds changes this laptop has not stored: never "up to date".
  if ((f.behindCollections ?? 0) > 0) return { state: 'behind', ...common };
  return { state: 'up-to-date', ...common };
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null;
}

/**
 * The innermost human message of a replication error (a full disk's is the sync status line "Sync paused"). RxDB wraps the fetch's error (e.g. a document that does not
 * open) in RC_PULL / RC_PUSH errors whose own message is a code and a link; the cause is in `parameters.errors`.
 */
export function describeSyncError(error: unknown): string {
  // Pulled changes the full disk refused: sync waits for space (nothing already stored is touched).
  if (isStorageFull(error)) return STORAGE_FULL_SYNC_MESSAGE;
  for (let current: unknown = error, depth = 0; depth < 6 && isRecord(current); depth++) {
    const params = isRecord(current.parameters) ? current.parameters : {};
    const inner = Array.isArray(params.errors) ? (params.errors as unknown[])[0] : (params.error ?? current.cause);
    if (inner === undefined || inner === null) {
      return typeof current.message === 'string' ? (current.message.split('\n')[0] ?? 'Sync failed.') : 'Sync failed.';
    }
    current = inner;
  }
  return 'Sync failed.';
}
