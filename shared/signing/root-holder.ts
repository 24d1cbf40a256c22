/**
 * Whether a user's signing key on this laptop is the clinic's trust root. A recovery-key reset cannot open that
 * key (it is sealed under the forgotten passphrase) and makes a new one, so on the root's laptop the reset loses the
 * root's private key: the lock screen warns before it (docs/security.md, "A recovery-key reset").
 */

/** One entry of this laptop's key store: its name and, for a stored private key, the key's id. */
export interface KeyStoreEntry {
  readonly name: string;
  readonly keyId: string;
}

/** The store entry name of a user's signing key on a laptop (renderer/signing/private-keys signingKeySlot). */
export const signingKeyEntryName = (laptopId: string, userId: string): string => `key/${laptopId}/${userId}`;

/** Whether `entry` is `userId`'s signing key on some laptop (not their member encryption key, not someone else's). */
export function isSigningKeyEntryOf(entry: string, userId: string): boolean {
  const parts = entry.split('/');
  return parts.length === 3 && parts[0] === 'key' && parts[1] !== '' && parts[2] === userId;
}

/** True when one of `userId`'s signing keys in `entries` is the pinned trust root (`pinnedRootKeyId`, '' when none). */
export function holdsTrustRoot(pinnedRootKeyId: string, entries: readonly KeyStoreEntry[], userId: string): boolean {
  return pinnedRootKeyId !== '' && entries.some((e) => isSigningKeyEntryOf(e.name, userId) && e.keyId === pinnedRootKeyId);
}
