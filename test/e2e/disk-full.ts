import type { Page } from '@playwright/test';

/*
 * A full disk, for real: IndexedDB refuses writes with QuotaExceededError. Chromium's
 * `Storage.overrideQuotaForOrigin` sets the origin's quota, but only when set before the origin first touches
 * storage (later changes are not seen by IndexedDB's cached space check, measured in Chromium 156). So the quota is
 * set small before the app opens, and "full" is made by filling what is left with a database of the test's own;
 * deleting it frees the space again.
 */

const FILLER = 'waypoint-e2e-disk-filler';

/** Before the first page load: this origin gets `bytes` of storage instead of a share of the disk. */
export async function limitStorage(page: Page, origin: string, bytes: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: bytes });
}

/** Fills the origin's remaining quota with random (incompressible) bytes until IndexedDB refuses even 256 bytes. */
export async function fillDisk(page: Page): Promise<void> {
  await page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open(name, 1);
      open.onupgradeneeded = () => open.result.createObjectStore('fill');
      open.onsuccess = () => {
        resolve(open.result);
      };
      open.onerror = () => {
        reject(open.error ?? new Error('filler did not open'));
      };
    });
    const put = (bytes: Uint8Array, key: number) =>
      new Promise<boolean>((resolve) => {
        const tx = db.transaction('fill', 'readwrite');
        tx.objectStore('fill').put(bytes, key);
        tx.oncomplete = () => {
          resolve(true);
        };
        tx.onabort = () => {
          resolve(false);
        };
      });
    let key = 0;
    for (let size = 1 << 20; size >= 256; size >>= 2) {
      for (;;) {
        const bytes = new Uint8Array(size);
        for (let at = 0; at < size; at += 65_536) crypto.getRandomValues(bytes.subarray(at, Math.min(size, at + 65_536)));
        if (!(await put(bytes, key++))) break;
      }
    }
    db.close();
  }, FILLER);
}

/** Frees the space fillDisk took. */
export async function freeDisk(page: Page): Promise<void> {
  await page.evaluate(
    (name) =>
      new Promise<void>((resolve, reject) => {
        const deleting = indexedDB.deleteDatabase(name);
        deleting.onsuccess = () => {
          resolve();
        };
        deleting.onerror = () => {
          reject(deleting.error ?? new Error('filler not deleted'));
        };
      }),
    FILLER,
  );
}
