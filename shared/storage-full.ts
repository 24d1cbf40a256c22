/**
 * The one place that recognises a write the disk refused (a full disk, or the browser's storage quota): IndexedDB's
 * DOMException `QuotaExceededError`, and the forms it reaches the app in — Dexie's `AbortError` holding it as `inner`,
 * RxDB's errors holding it in `parameters.error(s)`, an `Error` with it as `cause`, or only its name in a message.
 */

/** Said wherever a write was refused because the disk is full. */
export const STORAGE_FULL_MESSAGE = "The laptop's disk is full: this change is not saved yet. Free some space on the disk, then try again.";

/** Said by an editor whose autosave was refused: the text stays in the editor and the next change or blur tries again. */
export const STORAGE_FULL_DRAFT_MESSAGE = "The laptop's disk is full. Free some space: what you typed is kept here and saved as soon as there is room.";

/** The sync status line while pulled changes cannot be stored; nothing already stored is touched. */
export const STORAGE_FULL_SYNC_MESSAGE = 'Sync paused: the disk is full. Free some space on the disk; nothing already saved is lost.';

const QUOTA_NAME = 'QuotaExceededError';
// Deep enough for RxDB wrapping Dexie wrapping the DOMException, with room to spare; bounded against cycles.
const MAX_DEPTH = 8;

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null;
}

/** The values a wrapper keeps its cause in: `inner` (Dexie), `cause`, `error`, RxDB's `parameters`, Dexie's `failures`. */
function causesOf(value: Readonly<Record<string, unknown>>): readonly unknown[] {
  const params = isRecord(value.parameters) ? value.parameters : {};
  const lists = [params.errors, value.failures].filter((list): list is unknown[] => Array.isArray(list));
  return [value.inner, value.cause, value.error, params.error, ...lists.flat()].filter((c) => c !== undefined && c !== null);
}

// Dexie's AbortError message reads "QuotaExceededError <the browser's message>" even where `inner` is lost.
function namesQuota(value: Readonly<Record<string, unknown>>): boolean {
  return value.name === QUOTA_NAME || (typeof value.message === 'string' && value.message.includes(QUOTA_NAME));
}

/** True when the error, or anything it wraps, says the disk (or the browser's storage quota) refused the write. */
export function isStorageFull(error: unknown): boolean {
  let layer: readonly unknown[] = [error];
  for (let depth = 0; depth < MAX_DEPTH && layer.length > 0; depth++) {
    const records = layer.filter(isRecord);
    if (records.some(namesQuota)) return true;
    layer = records.flatMap(causesOf);
  }
  return typeof error === 'string' && error.includes(QUOTA_NAME);
}
