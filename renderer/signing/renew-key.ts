import { revocationOf } from '../../shared/signing/revocations';
import type { WaypointDatabase } from '../db';
import { appendAudit, readKeyRecords } from '../db';
import type { OpenSigningKey } from './private-keys';
import { startAuditCheckpoints } from './audit-checkpoints';
import {
  closeSigningSession,
  currentSigningSession,
  openSigningSession,
  replaceSessionKey,
  type SigningSession,
  type UnlockedIdentity,
} from './signing-session';
import { keyDirectoryOf } from './trust';
import { webCryptoChecker } from './webcrypto-signing';

/**
 * A member whose own key on this laptop was revoked stops signing with it: a new key pair replaces it, published for
 * an admin's certification (until then their signatures read "not certified"). Runs at unlock and from the Signing
 * keys page; the revoked key's private half is gone from this laptop afterwards.
 */

/** Whether the session's own key is revoked, as this laptop's synced records say. */
export async function ownKeyRevoked(db: WaypointDatabase, session: SigningSession): Promise<boolean> {
  const dir = await keyDirectoryOf(await readKeyRecords(db), session);
  return (await revocationOf(session.key.keyId, dir, webCryptoChecker)) !== null;
}

export const RENEWED_DETAIL = 'New signing key made on this laptop (the previous one was revoked); it awaits an admin’s certification';

/** Replaces the open session's key when it was revoked, audited; the new key, or null when the key was not revoked. */
export async function renewRevokedKey(db: WaypointDatabase, now: Date): Promise<OpenSigningKey | null> {
  const session = currentSigningSession();
  if (!session || !(await ownKeyRevoked(db, session))) return null;
  const key = await replaceSessionKey(db, now);
  const detail = `${RENEWED_DETAIL} (${session.key.keyId} → ${key.keyId})`;
  await appendAudit(db, { action: 'sign', entity: 'staff', entityId: session.userId, actorId: session.userId, detail }, { now });
  return key;
}

/**
 * Unlock: opens the user's signing key (a revoked one is replaced). A key that cannot be opened never blocks an
 * unlock (records then carry no signature: "not verifiable").
 */
export async function startSigning(db: WaypointDatabase, vault: UnlockedIdentity, now: Date): Promise<void> {
  try {
    await openSigningSession(db, vault, now);
    await renewRevokedKey(db, now);
  } catch {
    closeSigningSession();
  }
  startAuditCheckpoints(db);
}
