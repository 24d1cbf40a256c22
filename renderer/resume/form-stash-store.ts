import { z } from 'zod';
import { openJson, sealJson } from '../../shared/crypto/envelope';
import type { AesKey, CryptoProvider } from '../../shared/crypto/provider';
import type { VaultStore } from '../vault/vault-store';

/**
 * Half-typed forms kept across a lock, in the vault store (it stays readable while the database is closed). The
 * typing is sealed under the at-rest key like any record; only the id of the user it belongs to is in clear (the
 * lock screen lists the keyring's users anyway), and it is bound to the envelope, so the tag cannot be moved to
 * another user. One user's forms at a time: the next user to unlock either gets them back or deletes them unread.
 */

const STASH_KEY = 'form-stash';
const AAD = 'waypoint/form-stash/v1';

/** One form's values as they were when the vault locked. */
export interface StashedForm {
  readonly values: unknown;
  /** When it was stashed (ISO). */
  readonly at: string;
}

export type StashedForms = Readonly<Record<string, StashedForm>>;

const storedSchema = z.object({ userId: z.string().min(1), sealed: z.string().min(1) });
const formsSchema = z.record(z.string(), z.object({ values: z.json(), at: z.string() }));

/** Reads and writes one user's stash; bound to the vault store and the at-rest key of an unlocked session. */
export interface FormStashStore {
  /** The user's stashed forms; another user's stash is deleted unread, and so is one that does not open. */
  read(userId: string): Promise<StashedForms>;
  /** Replaces the stash with these forms of this user (none: deletes it). */
  write(userId: string, forms: StashedForms): Promise<void>;
}

export function formStashStore(store: VaultStore, crypto: CryptoProvider, key: AesKey): FormStashStore {
  const remove = () => store.delete(STASH_KEY);
  return {
    async read(userId) {
      const stored = storedSchema.safeParse(await store.get(STASH_KEY));
      if (!stored.success || stored.data.userId !== userId) {
        if (stored.success) await remove();
        return {};
      }
      try {
        return formsSchema.parse(await openJson(crypto, key, stored.data.sealed, `${AAD}/${userId}`));
      } catch {
        // Sealed under another clinic key or damaged: nothing to give back, and nothing worth keeping.
        await remove();
        return {};
      }
    },
    async write(userId, forms) {
      if (Object.keys(forms).length === 0) {
        await remove();
        return;
      }
      const sealed = await sealJson(crypto, key, forms, `${AAD}/${userId}`);
      await store.put(STASH_KEY, { userId, sealed });
    },
  };
}
