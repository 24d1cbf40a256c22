import type { Staff, StaffInput } from '../../../shared/domain/staff';
import { auditFor } from '../../audit';
import { createStaff, setStaffActive } from '../../db';
import { writeStamp, type ActorContext, type SignedInUser } from '../../session';
import { errorMessage } from '../../../shared/error-message';

/* Staff writes (admin screens), each with its audit event. */

/** Thrown when the staff record was saved but the new member could not be given an unlock passphrase. */
export class KeyringError extends Error {
  override readonly name = 'KeyringError';
}

/** Lets a staff member unlock this laptop with their own passphrase (the vault's keyring). */
export type GrantUnlock = (user: SignedInUser, passphrase: string) => Promise<void>;

/** Adds a staff member (audited), then gives them an unlock passphrase; a keyring failure keeps the record. */
export async function addStaffMember(ctx: ActorContext, grantUnlock: GrantUnlock, input: StaffInput, passphrase: string): Promise<Staff> {
  const stamp = writeStamp(ctx);
  const member = await createStaff(ctx.db, input, { ...stamp, id: crypto.randomUUID() });
  await auditFor(ctx, 'staff')('create', member.id, `Added ${input.role}`, stamp.now);
  try {
    await grantUnlock({ id: member.id, name: member.name, role: member.role }, passphrase);
  } catch (e) {
    throw new KeyringError(errorMessage(e));
  }
  return member;
}

export async function setStaffMemberActive(ctx: ActorContext, member: Staff, active: boolean): Promise<void> {
  const stamp = writeStamp(ctx);
  await setStaffActive(ctx.db, member.id, active, stamp);
  await auditFor(ctx, 'staff')('edit', member.id, active ? 'Reactivated' : 'Deactivated', stamp.now);
}
