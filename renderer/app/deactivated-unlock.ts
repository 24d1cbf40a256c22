import { appendAudit, closeDatabase, findDeactivation, getStaff, type WaypointDatabase } from '../db';
import type { UnlockedVault, UnlockResult } from '../vault/vault';

/** The audit detail of an unlock refused because the member was deactivated. */
export const DEACTIVATED_UNLOCK_DETAIL = 'refused: account deactivated';

type Refusal = Extract<UnlockResult, { reason: 'deactivated' }>;

/**
 * A keyring entry outlives deactivation (the member's passphrase still opens the vault on a shared laptop), so the
 * staff record decides (issue 18): a deactivated member's unlock is refused and audited, and the database is closed
 * again with the key zeroed. Returns null when the member may enter.
 */
export async function refuseIfDeactivated(db: WaypointDatabase, vault: UnlockedVault, now: Date): Promise<Refusal | null> {
  const deactivation = await findDeactivation(db, vault.user.id);
  if (!deactivation) return null;
  try {
    const admin = await getStaff(db, deactivation.byId);
    const input = { action: 'unlock-failed', entity: 'vault', entityId: vault.clinicId, actorId: vault.user.id, detail: DEACTIVATED_UNLOCK_DETAIL } as const;
    await appendAudit(db, input, { now });
    return { ok: false, reason: 'deactivated', waitMs: 0, deactivatedBy: admin?.name ?? 'a clinic admin', deactivatedAt: deactivation.at };
  } finally {
    vault.master.fill(0);
    await closeDatabase(db);
  }
}
