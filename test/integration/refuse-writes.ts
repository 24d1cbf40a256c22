import { vi } from 'vitest';

/**
 * A full disk for the IndexedDB databases whose name holds `part` (RxDB's Dexie storage names them after the
 * collection or local store): every put throws QuotaExceededError, as IndexedDB refuses a write over quota. Returns
 * the function that frees the space again.
 */
export function refuseWritesTo(part: string): () => void {
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with apply, on the store it belongs to
  const put = IDBObjectStore.prototype.put;
  const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    if (this.transaction.db.name.includes(part)) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return put.apply(this, args);
  });
  return () => {
    spy.mockRestore();
  };
}
