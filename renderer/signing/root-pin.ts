import { rootCandidate } from '../../shared/signing/certificates';
import type { WaypointDatabase } from '../db';
import { readKeyRecords } from '../db';
import { holdsTrustRoot, isSigningKeyEntryOf } from '../../shared/signing/root-holder';
import type { ListedVaultStore } from '../vault/vault-store';
import { isStoredKey, pinRoot, readPinnedRoot } from './private-keys';
import { signingStore } from './signing-session';
import { webCryptoChecker } from './webcrypto-signing';

/**
 * The trust root across a backup and restore (issue 18 item 6): a backup carries, sealed in its body, the root this
 * laptop pinned; the laptop it is restored on pins that same root, so it never falls back to trusting on first sight.
 */

/** The trust root (key id) this laptop pinned for the clinic, to seal into a backup; '' when none. */
export async function pinnedRootForBackup(clinicId: string): Promise<string> {
  return readPinnedRoot(await signingStore(), clinicId);
}

/**
 * After a restore: pins the root the backup names. A backup made before it named one (format 1) re-derives it from
 * the restored records: the clinic's one self-certified admin key (none when there are two: an admin must settle it).
 * Returns the pinned key id ('' when none could be).
 */
export async function pinRestoredRoot(db: WaypointDatabase, clinicId: string, backedUpRoot: string): Promise<string> {
  const rootKeyId = backedUpRoot || ((await rootCandidate((await readKeyRecords(db)).certificates, clinicId, webCryptoChecker))?.keyId ?? '');
  if (rootKeyId) await pinRoot(await signingStore(), clinicId, rootKeyId);
  return rootKeyId;
}

/**
 * While locked: whether a recovery-key reset of `userId` on this laptop would replace the clinic's trust root (their
 * signing key here is the root this laptop pinned). The reset makes a new key; the root's private key is then lost.
 */
export async function resetReplacesTrustRoot(clinicId: string, userId: string, store?: ListedVaultStore): Promise<boolean> {
  const keys = store ?? (await signingStore());
  const pinned = await readPinnedRoot(keys, clinicId);
  if (pinned === '') return false;
  const names = (await keys.keys()).filter((name) => isSigningKeyEntryOf(name, userId));
  const entries = await Promise.all(names.map(async (name) => ({ name, value: await keys.get(name) })));
  return holdsTrustRoot(
    pinned,
    entries.flatMap(({ name, value }) => (isStoredKey(value) ? [{ name, keyId: value.keyId }] : [])),
    userId,
  );
}
