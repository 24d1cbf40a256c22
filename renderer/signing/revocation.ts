import { revocationBytes, type KeyRevocation } from '../../shared/signing/revocations';
import type { SigningKey } from '../../shared/signing/signing-types';
import type { WaypointDatabase } from '../db';
import { readKeyRecords, storeRevocation } from '../db';
import type { SigningSession } from './signing-session';
import { certifyBlocker, keyDirectoryOf } from './trust';
import { signBytes } from './webcrypto-signing';

/** Said at the reason field when it is left empty. */
export const REVOCATION_REASON_REQUIRED = 'Give the reason for revoking this key (for example: left the clinic, laptop lost).';

/**
 * An admin revokes a key's certificate from `now` on: a revocation signed with the admin's certified key, stored as a
 * synced clinic record. Signatures the key made before `now` stay verified; later ones are not.
 */
export async function revokeSigningKey(db: WaypointDatabase, session: SigningSession, subject: SigningKey, reason: string, now: Date): Promise<KeyRevocation> {
  const why = reason.trim();
  if (!why) throw new Error(REVOCATION_REASON_REQUIRED);
  const blocker = await certifyBlocker(await keyDirectoryOf(await readKeyRecords(db), session), session);
  if (blocker) throw new Error(blocker.replace('certifies signing keys', 'revokes signing keys'));
  const claim = {
    clinicId: session.clinicId,
    keyId: subject.keyId,
    userId: subject.userId,
    revokedAt: now.toISOString(),
    reason: why,
    issuerId: session.userId,
    issuerKeyId: session.key.keyId,
  };
  const revocation: KeyRevocation = { v: 1, type: 'revocation', ...claim, sig: await signBytes(session.key.privateKey, revocationBytes(claim)) };
  await storeRevocation(db, revocation, { authorId: session.userId, now });
  return revocation;
}
