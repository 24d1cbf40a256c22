import type { Staff, StaffInput } from '../../../shared/domain/staff';
import { auditFor } from '../../audit';
import { insertStaff, findSyncAccounts, markSyncAccountDisabled, setStaffActive } from '../../db';
import { createWebCryptoProvider } from '../../crypto/web-crypto-provider';
import { disableClinicAccount } from '../../sync/account-removal';
import { connectAsAdmin } from '../../sync/clinic-server';
import type { ServerInfo } from '../../sync/clinic-session';
import type { FetchLike, SyncCredentials } from '../../sync/encrypting-fetch';
import { writeStamp, type ActorContext, type SignedInUser } from '../../session';
import { errorMessage } from '../../../shared/error-message';
import { recordLegacyAccounts } from './legacy-accounts';
import { DEACTIVATED_REASON, revokeStaffKeys, type StaffKeysRevoked } from '../signing-keys';

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
  const member = await insertStaff(ctx.db, input, { ...stamp, id: crypto.randomUUID() });
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

export interface Deactivation {
  /** What revoking their signing keys did; null when the admin chose not to. */
  readonly keys: StaffKeysRevoked | null;
  /** Why their keys could not be revoked ('' when they were, or were not asked to be); the deactivation stands. */
  readonly keysProblem: string;
}

/**
 * Deactivates a staff member and, when `revokeKeys` (the default on screen), revokes their signing keys in the same
 * step with the reason "Deactivated": their signatures made before now stay verified, later ones do not.
 */
export async function deactivateStaffMember(ctx: ActorContext, member: Staff, revokeKeys: boolean): Promise<Deactivation> {
  await setStaffMemberActive(ctx, member, false);
  if (!revokeKeys) return { keys: null, keysProblem: '' };
  try {
    return { keys: await revokeStaffKeys(ctx, member.id, DEACTIVATED_REASON), keysProblem: '' };
  } catch (e) {
    return { keys: null, keysProblem: errorMessage(e) };
  }
}

/** Where a member's server accounts are disabled: the clinic's server, its admin (never stored) and, in tests, a fetch. */
export interface AccountRemovalTarget {
  readonly server: Pick<ServerInfo, 'url' | 'clinicId'>;
  readonly admin: SyncCredentials;
  readonly fetch?: FetchLike;
}

/**
 * Disables each of a member's server accounts still active (issue 18 item 4d): their password and session are refused
 * at once. Each one is marked disabled and audited as it goes; returns the account names disabled.
 */
export async function disableServerAccounts(ctx: ActorContext, target: AccountRemovalTarget, member: Pick<Staff, 'id' | 'name'>): Promise<string[]> {
  const known = await findSyncAccounts(ctx.db, member.id);
  if (known.length > 0 && !known.some((a) => a.active)) return [];
  const admin = await connectAsAdmin({ url: target.server.url, admin: target.admin, ...(target.fetch ? { fetch: target.fetch } : {}) });
  // An account enrolled before the records existed is found by its name first (legacy-accounts.ts).
  if (known.length === 0) await recordLegacyAccounts(ctx, admin, target.server.clinicId, member);
  const accounts = (await findSyncAccounts(ctx.db, member.id)).filter((a) => a.active);
  const crypto = createWebCryptoProvider();
  const done: string[] = [];
  for (const account of accounts) {
    const outcome = await disableClinicAccount(admin, crypto, target.server.clinicId, account.username);
    const stamp = writeStamp(ctx);
    await markSyncAccountDisabled(ctx.db, account, stamp);
    const what = outcome === 'disabled' ? 'Disabled' : 'Found no';
    await auditFor(ctx, 'staff')('edit', member.id, `${what} server account ${account.username} on ${target.server.url}`, stamp.now);
    done.push(account.username);
  }
  return done;
}
