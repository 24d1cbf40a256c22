import type { SigningKey } from '../../../shared/signing/signing-types';
import type { StaffRole } from '../../../shared/domain/staff';
import { auditFor } from '../../audit';
import { writeStamp, type ActorContext } from '../../session';
import { currentSigningSession } from '../../signing/signing-session';
import { certifySigningKey } from '../../signing/trust';

/**
 * An admin certifies a staff member's signing key on one laptop with their current role. Audited as a 'sign' of the
 * staff member (the audit schema has no 'certify' action; adding one needs an audit schema version).
 */
export async function certifyKey(ctx: ActorContext, subject: SigningKey, role: StaffRole): Promise<void> {
  const session = currentSigningSession();
  if (!session || session.userId !== ctx.actor.id) throw new Error('Your signing key is not open on this laptop: lock and unlock, then try again.');
  const stamp = writeStamp(ctx);
  await certifySigningKey(ctx.db, session, subject, role, stamp.now);
  await auditFor(ctx, 'staff')(
    'sign',
    subject.userId,
    `Certified signing key ${subject.keyId} (laptop ${subject.laptopId.slice(0, 12)}) as ${role}`,
    stamp.now,
  );
}
