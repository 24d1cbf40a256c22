import type { Page } from '@playwright/test';

/**
 * Reads every record of every IndexedDB database of the page's origin through the IndexedDB API and returns it as
 * one JSON string: what is really stored, so a test can assert that no plaintext PHI is in it.
 */
export async function dumpIndexedDb(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const request = <T>(r: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        r.onsuccess = () => {
          resolve(r.result);
        };
        r.onerror = () => {
          reject(r.error ?? new Error('IndexedDB error'));
        };
      });
    const out: Record<string, unknown> = {};
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await request(indexedDB.open(info.name));
      for (const storeName of Array.from(db.objectStoreNames)) {
        const store = db.transaction(storeName, 'readonly').objectStore(storeName);
        out[`${info.name}/${storeName}`] = await request(store.getAll());
      }
      db.close();
    }
    return JSON.stringify(out);
  });
}
