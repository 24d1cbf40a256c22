import { z } from 'zod';
import type { VaultStore } from '../vault/vault-store';
import type { PendingSnapshot } from './status-tracker';

/**
 * The ids of records changed on this laptop and not yet on the clinic server, kept in the vault store so a record
 * written offline is still marked "Not synced" after the app was closed and reopened. Record ids are random: the
 * list says nothing about any client.
 */

export const PENDING_KEY = 'sync-pending';

const snapshotSchema = z.record(z.string(), z.array(z.string()));

/** The saved snapshot; a damaged one reads as empty (the marks are a hint, the data itself is untouched). */
export async function readPending(store: VaultStore): Promise<PendingSnapshot> {
  const parsed = snapshotSchema.safeParse(await store.get(PENDING_KEY));
  return parsed.success ? parsed.data : {};
}

/** Saves the snapshot whenever it changes, the last one winning; `flush` waits for the writes in flight. */
export function createPendingWriter(store: VaultStore): { save(snapshot: PendingSnapshot): void; flush(): Promise<void> } {
  let last = '';
  let chain: Promise<void> = Promise.resolve();
  return {
    save(snapshot) {
      const text = JSON.stringify(snapshot);
      if (text === last) return;
      last = text;
      // A failed write (disk full) only loses the marks, never data: the next change writes them again.
      chain = chain
        .then(() => store.put(PENDING_KEY, snapshot))
        .catch(() => {
          last = '';
        });
    },
    flush: () => chain,
  };
}
