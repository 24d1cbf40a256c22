import { unwrapWithPassphrase, WrongSecretError } from '../../shared/crypto/keys';
import { appendAudit, type WaypointDatabase } from '../db';
import { encryptionKeySlot } from '../member-keys/local-keys';
import { signingKeySlot } from '../signing/private-keys';
import { addPendingCopy, openPrivateKey, type KeyOwner } from '../signing/sealed-private-key';
import type { VaultStore } from '../vault/vault-store';
import { currentSigningSession } from '../signing';
import { signingStore } from '../signing/signing-session';
import { readClinic, storeUserWrapping, wrapUserPassphrase, type UnlockedVault, type VaultDeps } from '../vault/vault';

/** Said at the current-passphrase field when it does not open this laptop's keyring entry. */
export const CURRENT_PASSPHRASE_WRONG = 'That is not your current passphrase on this laptop.';

export interface PassphraseChange {
  readonly db: WaypointDatabase;
  readonly vault: UnlockedVault;
  /** This laptop's store of private keys, and its id. */
  readonly keys: { readonly store: VaultStore; readonly laptopId: string };
  readonly current: string;
  readonly next: string;
}

/**
 * The signed-in user changes their own passphrase on this laptop (issue 18 item 6). Their private signing and
 * encryption keys are re-sealed under the new passphrase's personal key in the same step that re-wraps the master key:
 * each key entry first gets a copy under the new personal key beside the old one, then the keyring entry is replaced
 * (the one write that decides), then the old copies are dropped. Stopped anywhere, whichever passphrase the keyring
 * holds opens the keys, and afterwards the old passphrase opens neither. Returns the new personal key.
 */
export async function changeOwnPassphrase(deps: VaultDeps, change: PassphraseChange): Promise<Uint8Array> {
  const { vault } = change;
  const user = (await readClinic(deps.store))?.users.find((u) => u.id === vault.user.id);
  if (!user) throw new Error('You are not on this laptop’s keyring.');
  const opened = await unwrapWithPassphrase(deps.crypto, user.wrapped, change.current).catch((error: unknown) => {
    if (error instanceof WrongSecretError) throw new Error(CURRENT_PASSPHRASE_WRONG);
    throw error;
  });
  const next = await wrapUserPassphrase(deps, opened.master, change.next);
  const owner: KeyOwner = { crypto: deps.crypto, ...change.keys, master: opened.master, personal: opened.personal, userId: user.id };
  const slots = [signingKeySlot(owner), encryptionKeySlot(owner)];
  for (const slot of slots) await addPendingCopy(owner, slot, next.personal);
  await storeUserWrapping(deps, user, next.wrapped);
  for (const slot of slots) (await openPrivateKey({ ...owner, personal: next.personal }, slot))?.pkcs8.fill(0);
  opened.personal.fill(0);
  opened.master.fill(0);
  const event = {
    action: 'passphrase-changed',
    entity: 'staff',
    entityId: user.id,
    actorId: user.id,
    detail: 'Changed their own passphrase on this laptop',
  } as const;
  await appendAudit(change.db, event, { now: deps.now() });
  return next.personal;
}

/**
 * The change made from the open vault: the new personal key is copied into the open vault's (the signing session
 * holds the same bytes), so signing goes on.
 */
export async function changePassphraseWhileOpen(
  deps: VaultDeps,
  open: { db: WaypointDatabase; vault: UnlockedVault },
  current: string,
  next: string,
): Promise<void> {
  const { db, vault } = open;
  const keys = { store: currentSigningSession()?.store ?? (await signingStore()), laptopId: await db.storageToken };
  const personal = await changeOwnPassphrase(deps, { db, vault, keys, current, next });
  vault.personal.set(personal);
  personal.fill(0);
}
