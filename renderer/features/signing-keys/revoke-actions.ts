import type { SigningKey } from '../../../shared/signing/signing-types';
import { auditFor } from '../../audit';
import { writeStamp, type ActorContext } from '../../session';
import { revokeSigningKey } from '../../signing/revocation';
import { currentSigningSession } from '../../signing/signing-session';

/**
 * An admin revokes a staff member's signing key on one laptop from now on, with a reason. Audited as a 'sign' of the
 * staff member, like a certification (the audit schema has no 'revoke' action).
 */
export async function revokeKey(ctx: ActorContext, subject: SigningKey, reason: string): Promise<void> {
  const session = currentSigningSession();
  if (!session || session.userId !== ctx.actor.id) throw new Error('Your signing key is not open on this laptop: lock and unlock, then try again.');
  const stamp = writeStamp(ctx);
  const revocation = await revokeSigningKey(ctx.db, session, subject, reason, stamp.now);
  await auditFor(ctx, 'staff')(
    'sign',
    subject.userId,
    `Revoked signing key ${subject.keyId} (laptop ${subject.laptopId.slice(0, 12)}): ${revocation.reason}`,
    stamp.now,
  );
}
