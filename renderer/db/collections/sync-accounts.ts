import { map, type Observable } from 'rxjs';
import type { ClinicRecord } from '../../../shared/domain/records';
import type { WaypointDatabase } from '../schema-plan';
import { findClinicRecords, getClinicRecord, insertClinicRecord, setClinicRecordStatus, watchClinicRecords } from './clinic.collection';
import type { WriteContext } from './collection-spec';

/**
 * Which server accounts belong to which staff member (issue 18 item 4d): a sealed, synced clinic record of kind
 * 'sync-account' per account, written when the admin enrolls a laptop for the member; 'open' while the account may
 * sync, 'resolved' once it was disabled on the server.
 */

export interface SyncAccount {
  readonly id: string;
  readonly staffId: string;
  readonly username: string;
  /** False once the admin disabled it on the server. */
  readonly active: boolean;
}

const recordId = (username: string) => `sync-account.${username}`;

function toAccount(r: ClinicRecord): SyncAccount {
  return { id: r.id, staffId: r.refId, username: typeof r.data.username === 'string' ? r.data.username : '', active: r.status === 'open' };
}

/** The staff member a server account name already belongs to, or null. */
export async function syncAccountOwner(db: WaypointDatabase, username: string): Promise<string | null> {
  return (await getClinicRecord(db, recordId(username)))?.refId ?? null;
}

/** Remembers a member's server account (enrollment); an account enrolled again is active again. */
export async function recordSyncAccount(db: WaypointDatabase, staffId: string, username: string, ctx: WriteContext): Promise<void> {
  const id = recordId(username);
  const existing = await getClinicRecord(db, id);
  if (existing && existing.refId === staffId) {
    if (existing.status !== 'open') await setClinicRecordStatus(db, id, 'open', ctx);
    return;
  }
  if (existing) throw new Error(`The server account ${username} already belongs to another staff member.`);
  const record = { kind: 'sync-account', status: 'open', refCollection: 'staff', refId: staffId, data: { username }, reason: '' } as const;
  await insertClinicRecord(db, record, { ...ctx, id });
}

/** A member's server accounts (active or not). */
export async function findSyncAccounts(db: WaypointDatabase, staffId: string): Promise<readonly SyncAccount[]> {
  return (await findClinicRecords(db, 'sync-account')).map(toAccount).filter((a) => a.staffId === staffId && a.username !== '');
}

/** Every known server account, kept live (the staff screen shows who still has an active one). */
export function watchSyncAccounts(db: WaypointDatabase): Observable<readonly SyncAccount[]> {
  return watchClinicRecords(db, 'sync-account').pipe(map((records) => records.map(toAccount).filter((a) => a.username !== '')));
}

export async function markSyncAccountDisabled(db: WaypointDatabase, account: SyncAccount, ctx: WriteContext): Promise<void> {
  await setClinicRecordStatus(db, account.id, 'resolved', ctx);
}
