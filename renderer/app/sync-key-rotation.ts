import { rotateAfterRemoval } from '../features/staff';
import { currentSigningSession } from '../signing';
import type { RotationOutcome } from '../sync/key-rotation';
import type { SyncCredentials } from '../sync/encrypting-fetch';
import type { VaultDeps } from '../vault/vault';
import type { VaultState } from './vault-state';

/**
 * Admin, after removing a member: rotates the sync key (issue 18 item 4d) and stops the running sync, which still
 * holds the old key; the caller resumes sync under the new one.
 */
export async function rotateSyncKeyAndStop(
  deps: VaultDeps,
  open: Extract<VaultState, { phase: 'unlocked' }>,
  admin: SyncCredentials,
  remaining: readonly string[],
): Promise<RotationOutcome> {
  const { db, vault, sync } = open;
  const signing = currentSigningSession();
  if (!sync.server || !signing) throw new Error('The sync key cannot be rotated here: this laptop needs its clinic server and its signing key.');
  const ctx = { db, actor: { id: vault.user.id, role: vault.user.role }, now: deps.now };
  const outcome = await rotateAfterRemoval(ctx, { server: sync.server, admin }, { signing, master: vault.master, crypto: deps.crypto }, remaining);
  await sync.sync?.stop().catch(() => undefined);
  return outcome;
}
