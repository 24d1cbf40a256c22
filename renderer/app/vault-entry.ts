import { deriveKey } from '../../shared/crypto/keys';
import { appendAudit, createDatabase, insertStaff, getStaff, type WaypointDatabase } from '../db';
import { createConflictHandler } from '../sync/conflict-handler';
import { clearPendingAudit, commitClinic, readPendingAudit, type PreparedClinic, type UnlockedVault, type VaultDeps } from '../vault/vault';

/** How a member came in: their passphrase (or first-sign-in code), or the recovery key. */
export type EntryAction = 'unlock' | 'recovery-unlock';

/** Opens the clinic's sealed database with the at-rest key derived from the unlocked master key. */
export async function openVaultDatabase(deps: VaultDeps, vault: Pick<UnlockedVault, 'master' | 'clinicId'>): Promise<WaypointDatabase> {
  const key = await deriveKey(deps.crypto, vault.master, 'at-rest');
  return createDatabase({ name: `waypoint-${vault.clinicId}`, key, crypto: deps.crypto, conflictHandlerFor: createConflictHandler });
}

/**
 * First run, once the recovery key is confirmed: stores the keyring, opens the new clinic's database, gives its admin
 * a staff record and audits the clinic's creation.
 */
export async function createClinic(deps: VaultDeps, prepared: PreparedClinic): Promise<WaypointDatabase> {
  await commitClinic(deps, prepared);
  const db = await openVaultDatabase(deps, prepared.vault);
  const { clinicId, clinicName, user } = prepared.vault;
  const now = deps.now();
  await insertStaff(db, { name: user.name, role: 'admin', credentials: '', supervised: false }, { authorId: user.id, now, id: user.id });
  const detail = `Clinic "${clinicName}" set up`;
  await appendAudit(db, { action: 'create', entity: 'vault', entityId: clinicId, actorId: user.id, detail }, { now });
  return db;
}

/**
 * The records an entry into the open vault leaves: the failed unlocks held in the vault store while it was locked,
 * then the unlock itself, and a staff record for a keyring member who has none yet.
 */
export async function recordEntry(deps: VaultDeps, db: WaypointDatabase, vault: UnlockedVault, action: EntryAction): Promise<void> {
  await flushFailedUnlocks(deps, db, vault);
  const now = deps.now();
  const detail = action === 'recovery-unlock' ? 'Unlock passphrase replaced with the recovery key' : '';
  await appendAudit(db, { action, entity: 'vault', entityId: vault.clinicId, actorId: vault.user.id, detail }, { now });
  await ensureStaffRecord(db, vault, now);
}

// Failed unlocks happen while the database is closed: the vault store holds them until someone gets in.
async function flushFailedUnlocks(deps: VaultDeps, db: WaypointDatabase, vault: UnlockedVault): Promise<void> {
  const pending = await readPendingAudit(deps.store);
  for (const event of pending) {
    const input = { action: 'unlock-failed', entity: 'vault', entityId: vault.clinicId, actorId: event.actorId, detail: event.detail } as const;
    await appendAudit(db, input, { now: new Date(event.at) });
  }
  if (pending.length > 0) await clearPendingAudit(deps.store);
}

// A keyring user with no staff record (e.g. added before a restore) still needs one to author records.
async function ensureStaffRecord(db: WaypointDatabase, vault: UnlockedVault, now: Date): Promise<void> {
  if (await getStaff(db, vault.user.id)) return;
  const { name, role, id } = vault.user;
  await insertStaff(db, { name, role, credentials: '', supervised: false }, { authorId: id, now, id });
}
