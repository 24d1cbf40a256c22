import { appendAudit, type WaypointDatabase } from '../db';
import { issueSetupCode } from '../vault/first-sign-in';

export { awaitsFirstSignIn, firstSignIn, openWithCode } from '../vault/first-sign-in';
import { setUserPassphrase, type UnlockedVault, type VaultDeps } from '../vault/vault';
import type { KeyringEntry } from './vault-state';

/** Admin: issues a staff member's one-time first sign-in code on this laptop (renderer/vault/first-sign-in), audited. */
export async function issueSetupCodeAudited(
  deps: VaultDeps,
  { db, vault }: { db: WaypointDatabase; vault: UnlockedVault },
  user: KeyringEntry,
): Promise<string> {
  const code = await issueSetupCode(deps, vault.master, user);
  const detail = 'One-time sign-in code issued on this laptop (they choose their own passphrase)';
  await appendAudit(db, { action: 'passphrase-changed', entity: 'staff', entityId: user.id, actorId: vault.user.id, detail }, { now: deps.now() });
  return code;
}

/** Admin: lets another staff member unlock this laptop with a passphrase (the older way, typed by the admin), audited. */
export async function setPassphraseAudited(
  deps: VaultDeps,
  { db, vault }: { db: WaypointDatabase; vault: UnlockedVault },
  user: KeyringEntry,
  passphrase: string,
): Promise<void> {
  await setUserPassphrase(deps, vault.master, user, passphrase);
  await appendAudit(
    db,
    { action: 'passphrase-changed', entity: 'staff', entityId: user.id, actorId: vault.user.id, detail: 'Unlock passphrase set on this laptop' },
    { now: deps.now() },
  );
}
