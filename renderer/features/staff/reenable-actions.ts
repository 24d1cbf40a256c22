import type { Staff } from '../../../shared/domain/staff';
import { auditFor } from '../../audit';
import { findSyncAccounts } from '../../db';
import { createWebCryptoProvider } from '../../crypto/web-crypto-provider';
import { randomPassword, type KeyringStaff } from '../../sync/clinic-keyring';
import type { SyncCredentials } from '../../sync/encrypting-fetch';
import { writeStamp, type ActorContext } from '../../session';

/*
 * Reactivating a member whose server account was disabled (issue 18): the account is re-enabled through the same
 * enrollment path as a new laptop (the clinic's role back, a fresh password, a one-time enrollment code), so the member
 * joins again and chooses their passphrase again. The admin types no password: a random one is made and shown once
 * with the code, like Add staff member's one-time code.
 */

/** Enrolls a laptop for a member's server account (clinic-admin's enrollLaptop: writes the account, the code, the record). */
export type EnrollAccount = (input: { staff: KeyringStaff; account: SyncCredentials; admin: SyncCredentials }) => Promise<string>;

/** One re-enabled account: what the member types on their laptop to join again (shown once). */
export interface ReenabledAccount {
  readonly username: string;
  readonly password: string;
  readonly code: string;
}

/** Re-enables each of a reactivated member's disabled server accounts; each one is audited as it goes. */
export async function reenableServerAccounts(
  ctx: ActorContext,
  target: { readonly enroll: EnrollAccount; readonly serverUrl: string; readonly admin: SyncCredentials },
  member: Pick<Staff, 'id' | 'name' | 'role' | 'active'>,
): Promise<ReenabledAccount[]> {
  if (!member.active) throw new Error(`Reactivate ${member.name} before re-enabling their server account.`);
  const disabled = (await findSyncAccounts(ctx.db, member.id)).filter((a) => !a.active);
  const crypto = createWebCryptoProvider();
  const done: ReenabledAccount[] = [];
  for (const { username } of disabled) {
    const account = { username, password: randomPassword(crypto) };
    const code = await target.enroll({ staff: { id: member.id, name: member.name, role: member.role }, account, admin: target.admin });
    const stamp = writeStamp(ctx);
    await auditFor(ctx, 'staff')('edit', member.id, `Re-enabled server account ${username} on ${target.serverUrl}`, stamp.now);
    done.push({ ...account, code });
  }
  return done;
}
