/**
 * The vault's own small IndexedDB store, outside RxDB: it must be readable while the database is still locked.
 * It holds nothing readable about clients: the clinic name, who may unlock this laptop (their names, roles and
 * wrapped copies of the clinic key), the wrong-passphrase counter, failed-unlock events waiting to be audited, this
 * laptop's settings, the id of whoever unlocked it last, and (sealed under the at-rest key) half-typed forms kept
 * across a lock.
 */

import { idbRequest } from '../db';

const STORE = 'kv';

export interface VaultStore {
  get(key: string): Promise<unknown>;
  put(key: string, value: unknown): Promise<void>;
  delete(key: string): Promise<void>;
  close(): void;
}

function openIdb(factory: IDBFactory, name: string): Promise<IDBDatabase> {
  const request = factory.open(name, 1);
  request.onupgradeneeded = () => {
    request.result.createObjectStore(STORE);
  };
  return idbRequest(request);
}

/** A vault store that also lists its entries' names (the signing store: whose keys this laptop holds, while locked). */
export interface ListedVaultStore extends VaultStore {
  keys(): Promise<readonly string[]>;
}

/** Opens (creating if needed) the vault store called `name`. */
export async function openVaultStore(name = 'waypoint-vault', factory: IDBFactory = indexedDB): Promise<ListedVaultStore> {
  const db = await openIdb(factory, name);
  const tx = (mode: IDBTransactionMode) => db.transaction(STORE, mode).objectStore(STORE);
  // Resolve on the transaction's completion, not the request's success: only then is the write durable.
  const write = (request: IDBRequest): Promise<void> =>
    new Promise((resolve, reject) => {
      const transaction = request.transaction;
      if (!transaction) {
        reject(new Error('IndexedDB request has no transaction'));
        return;
      }
      transaction.oncomplete = () => {
        resolve();
      };
      transaction.onabort = () => {
        reject(transaction.error ?? new Error('IndexedDB write was aborted'));
      };
    });
  return {
    get: (key) => idbRequest<unknown>(tx('readonly').get(key)),
    put: (key, value) => write(tx('readwrite').put(value, key)),
    delete: (key) => write(tx('readwrite').delete(key)),
    keys: async () => (await idbRequest(tx('readonly').getAllKeys())).map(String),
    close: () => {
      db.close();
    },
  };
}
