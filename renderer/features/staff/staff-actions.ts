import type { Staff, StaffInput } from '../../../shared/domain/staff';
import { auditFor } from '../../audit';
import { createStaff, setStaffActive } from '../../db';
import { writeStamp, type ActorContext, type SignedInUser } from '../../session';
import { errorMessage } from '../../../shared/error-message';

/* Staff writes (admin screens), each with its audit event. */

/** Thrown when the staff record was saved but the new member could not be given a first sign-in code. */
export class KeyringError extends Error {
  override readonly name = 'KeyringError';
}

/** Gives a staff member a one-time code for their first sign-in on this laptop (the vault's keyring). */
export type IssueSetupCode = (user: SignedInUser) => Promise<string>;

/**
 * Adds a staff member (audited), then a one-time code for their first sign-in, at which they choose their own
 * passphrase (the admin never types it); a keyring failure keeps the record.
 */
export async function addStaffMember(ctx: ActorContext, issueCode: IssueSetupCode, input: StaffInput): Promise<{ member: Staff; code: string }> {
  const stamp = writeStamp(ctx);
  const member = await createStaff(ctx.db, input, { ...stamp, id: crypto.randomUUID() });
  await auditFor(ctx, 'staff')('create', member.id, `Added ${input.role}`, stamp.now);
  try {
    return { member, code: await issueCode({ id: member.id, name: member.name, role: member.role }) };
  } catch (e) {
    throw new KeyringError(errorMessage(e));
  }
}

export async function setStaffMemberActive(ctx: ActorContext, member: Staff, active: boolean): Promise<void> {
  const stamp = writeStamp(ctx);
  await setStaffActive(ctx.db, member.id, active, stamp);
  await auditFor(ctx, 'staff')('edit', member.id, active ? 'Reactivated' : 'Deactivated', stamp.now);
}
