import type { Staff } from '../../../shared/domain/staff';
import { findAuditForEntities, findSyncAccounts, recordSyncAccount, syncAccountOwner } from '../../db';
import { isClinicAccount } from '../../sync/account-removal';
import type { CouchHttp } from '../../sync/couch-http';
import { writeStamp, type ActorContext } from '../../session';
import { suggestUsername } from '../sync';

/*
 * Accounts enrolled before Waypoint kept 'sync-account' records (issue 18): a member with no record at all is looked
 * up on the server under the names their enrollment would have used — the names this laptop's audit log says were
 * enrolled for them, and the user name Enroll a laptop suggests from their name — and each one that exists with the
 * clinic's role (and belongs to nobody else) is recorded, so it can be disabled like any other.
 */

const ENROLLED = /^Enrollment code issued for sync account (\S+)$/;

/** The server account names a member's enrollment would have used, most certain first. */
async function candidateNames(ctx: ActorContext, member: Pick<Staff, 'id' | 'name'>): Promise<string[]> {
  const events = await findAuditForEntities(ctx.db, [member.id], { action: 'create' });
  const audited = events.flatMap((e) => ENROLLED.exec(e.detail)?.slice(1, 2) ?? []);
  const suggested = suggestUsername(member.name);
  return [...new Set([...audited, ...(suggested.length >= 2 ? [suggested] : [])])];
}

/** Records a member's server accounts found on the server when none is recorded; returns the names recorded. */
export async function recordLegacyAccounts(ctx: ActorContext, admin: CouchHttp, clinicId: string, member: Pick<Staff, 'id' | 'name'>): Promise<string[]> {
  if ((await findSyncAccounts(ctx.db, member.id)).length > 0) return [];
  const found: string[] = [];
  for (const username of await candidateNames(ctx, member)) {
    const owner = await syncAccountOwner(ctx.db, username);
    if (owner !== null && owner !== member.id) continue;
    if (!(await isClinicAccount(admin, clinicId, username))) continue;
    await recordSyncAccount(ctx.db, member.id, username, writeStamp(ctx));
    found.push(username);
  }
  return found;
}
