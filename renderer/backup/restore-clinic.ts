import type { OpenedBackup } from '../../shared/backup/backup-seal';
import { STAFF_ROLES, type StaffRole } from '../../shared/domain/staff';
import { appendAudit, type WaypointDatabase } from '../db';
import { passphraseFieldError } from '../../shared/domain/passphrase';
import { pinRestoredRoot } from '../signing/root-pin';
import { commitJoinedClinic, type UnlockedVault, type VaultDeps } from '../vault/vault';
import type { OnBackupProgress } from './backup-export';
import { restoreIntoEmpty, RestoreError } from './backup-restore';

/** Someone in the backup's staff list who can become this laptop's first user. */
/** Said when a restore is attempted on a computer or profile that already holds a clinic. */
export const RESTORE_NEEDS_EMPTY_PROFILE =
  'This computer already holds a clinic, so nothing was restored. A backup restores only into a new install or a new, empty profile: open Waypoint there and choose “Restore from a backup” on the first-run screen.';

export interface BackupStaff {
  readonly id: string;
  readonly name: string;
  readonly role: StaffRole;
}

function roleOf(value: unknown): StaffRole | null {
  return STAFF_ROLES.find((r) => r === value) ?? null;
}

/** The active staff members in an opened backup, admins first: who may restore it onto this laptop. */
export function staffInBackup(opened: OpenedBackup): readonly BackupStaff[] {
  const staff = opened.body.collections.staff ?? [];
  return staff
    .flatMap((doc): BackupStaff[] => {
      const role = roleOf(doc.role);
      const { id, name, active } = doc;
      return typeof id === 'string' && typeof name === 'string' && role && active !== false ? [{ id, name, role }] : [];
    })
    .sort((a, b) => Number(b.role === 'admin') - Number(a.role === 'admin') || a.name.localeCompare(b.name));
}

export interface RestoreClinicInput {
  readonly opened: OpenedBackup;
  /** The staff member restoring (one of staffInBackup). */
  readonly userId: string;
  readonly passphrase: string;
}

/**
 * First run: restores an opened backup onto this laptop. The database is written and verified first; only then is
 * the keyring stored (the master key wrapped under the user's new passphrase, and the backup's recovery wrap), so a
 * failure leaves the laptop as it was: no keyring, and the half-written database removed. The signing trust root is
 * pinned from the backup (renderer/signing/root-pin.ts), so signed records verify on this laptop as they did there.
 */
export async function restoreClinic(
  deps: VaultDeps,
  input: RestoreClinicInput,
  openDatabase: (vault: Pick<UnlockedVault, 'master' | 'clinicId'>) => Promise<WaypointDatabase>,
  onProgress: OnBackupProgress,
): Promise<{ readonly db: WaypointDatabase; readonly vault: UnlockedVault }> {
  const weak = passphraseFieldError(input.passphrase);
  if (weak) throw new RestoreError(weak);
  const { file, body, master } = input.opened;
  const user = staffInBackup(input.opened).find((s) => s.id === input.userId);
  if (!user) throw new RestoreError('Choose who you are from the staff in this backup.');
  const draft = { master, clinicId: file.header.clinicId, clinicName: body.clinic.name, user };
  const db = await openDatabase(draft);
  try {
    await restoreIntoEmpty(db, body, onProgress);
    await pinRestoredRoot(db, draft.clinicId, body.clinic.trustRootKeyId ?? '');
  } catch (error) {
    await db.remove().catch(() => undefined);
    throw error;
  }
  const vault = await commitJoinedClinic(deps, {
    clinicId: draft.clinicId,
    clinicName: draft.clinicName,
    recovery: file.recovery,
    user,
    master,
    passphrase: input.passphrase,
  });
  // The restore event continues the audit chain of the laptop the backup was made on (a restore link, not a new start).
  const from = body.auditHead;
  const made = from ? ` on laptop ${from.deviceId.slice(0, 8)} (its audit trail at #${String(from.seq)})` : '';
  const detail = `Clinic restored from a backup made ${file.header.createdAt}${made}`;
  const event = { action: 'restore', entity: 'vault', entityId: vault.clinicId, actorId: user.id, detail } as const;
  await appendAudit(db, event, { now: deps.now(), ...(from ? { restoredFrom: from } : {}) });
  return { db, vault };
}
