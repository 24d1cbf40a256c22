import { rootCandidate } from '../../shared/signing/certificates';
import type { WaypointDatabase } from '../db';
import { readKeyRecords } from '../db';
import { pinRoot, readPinnedRoot } from './private-keys';
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
