import { revocationOf } from '../../../shared/signing/revocations';
import type { SigningKey } from '../../../shared/signing/signing-types';
import { auditFor } from '../../audit';
import { readKeyRecords } from '../../db';
import { writeStamp, type ActorContext } from '../../session';
import { revokeSigningKey } from '../../signing/revocation';
import { currentSigningSession, type SigningSession } from '../../signing/signing-session';
import { keyDirectoryOf } from '../../signing/trust';
import { webCryptoChecker } from '../../signing/webcrypto-signing';

/** The reason a deactivation gives when it revokes the member's keys in the same step. */
export const DEACTIVATED_REASON = 'Deactivated';

function openSession(ctx: ActorContext): SigningSession {
  const session = currentSigningSession();
  if (!session || session.userId !== ctx.actor.id) throw new Error('Your signing key is not open on this laptop: lock and unlock, then try again.');
  return session;
}

async function revokeWith(ctx: ActorContext, session: SigningSession, subject: SigningKey, reason: string): Promise<void> {
  const stamp = writeStamp(ctx);
  const revocation = await revokeSigningKey(ctx.db, session, subject, reason, stamp.now);
  await auditFor(ctx, 'staff')(
    'sign',
    subject.userId,
    `Revoked signing key ${subject.keyId} (laptop ${subject.laptopId.slice(0, 12)}): ${revocation.reason}`,
    stamp.now,
  );
}

/**
 * An admin revokes a staff member's signing key on one laptop from now on, with a reason. Audited as a 'sign' of the
 * staff member, like a certification (the audit schema has no 'revoke' action).
 */
export async function revokeKey(ctx: ActorContext, subject: SigningKey, reason: string): Promise<void> {
  await revokeWith(ctx, openSession(ctx), subject, reason);
}

export interface StaffKeysRevoked {
  /** Keys revoked now. */
  readonly revoked: number;
  /** Keys of theirs revoked before (left as they were). */
  readonly already: number;
  /** Their key that is the clinic's trust root: never revoked from here. */
  readonly root: number;
}

/**
 * Revokes every signing key of a staff member not revoked yet (each laptop's), from now on, with one reason: what a
 * deactivation does in the same step. Each revocation is audited like one from the Signing keys page; the clinic's
 * trust root is left alone (the Signing keys page does not offer it either).
 */
export async function revokeStaffKeys(ctx: ActorContext, userId: string, reason: string): Promise<StaffKeysRevoked> {
  const records = await readKeyRecords(ctx.db);
  const theirs = records.keys.filter((k) => k.userId === userId);
  if (theirs.length === 0) return { revoked: 0, already: 0, root: 0 };
  const session = openSession(ctx);
  const dir = await keyDirectoryOf(records, session);
  const outcome = { revoked: 0, already: 0, root: 0 };
  for (const key of theirs) {
    if (key.keyId === dir.anchor.rootKeyId) outcome.root++;
    else if (await revocationOf(key.keyId, dir, webCryptoChecker)) outcome.already++;
    else {
      await revokeWith(ctx, session, key, reason);
      outcome.revoked++;
    }
  }
  return outcome;
}
