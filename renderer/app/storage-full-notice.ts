import { isStorageFull, STORAGE_FULL_MESSAGE } from '../../shared/storage-full';

/** One notice at most this often: a full disk refuses every write, and one toast per refusal would bury the screen. */
export const STORAGE_FULL_NOTICE_QUIET_MS = 60_000;

export interface StorageFullNoticeDeps {
  readonly show: (message: string) => void;
  readonly now: () => number;
  readonly quietMs?: number;
}

/**
 * The safety net behind every save's own message: a write the full disk refused that nobody caught (a background
 * write, a cache) still tells the user once, instead of only the console. True when the reason was a full disk (the
 * caller then marks the rejection handled); other rejections are left alone.
 */
export function createStorageFullNotice(deps: StorageFullNoticeDeps): (reason: unknown) => boolean {
  const quietMs = deps.quietMs ?? STORAGE_FULL_NOTICE_QUIET_MS;
  let shownAt: number | null = null;
  return (reason) => {
    if (!isStorageFull(reason)) return false;
    const now = deps.now();
    if (shownAt === null || now - shownAt >= quietMs) {
      shownAt = now;
      deps.show(STORAGE_FULL_MESSAGE);
    }
    return true;
  };
}
