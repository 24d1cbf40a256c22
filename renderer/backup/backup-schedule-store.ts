/** This laptop's backup schedule, kept in the vault store beside the auto-lock setting (never synced: the folder is this computer's). */
import { DEFAULT_BACKUP_SCHEDULE, backupScheduleStateSchema, type BackupScheduleState } from '../../shared/backup/backup-schedule';
import type { VaultStore } from '../vault/vault-store';

const KEY = 'backup-schedule';

/** The stored schedule, or the default (off) when none is stored or it cannot be read. */
export async function readBackupSchedule(store: VaultStore): Promise<BackupScheduleState> {
  const parsed = backupScheduleStateSchema.safeParse(await store.get(KEY));
  return parsed.success ? parsed.data : DEFAULT_BACKUP_SCHEDULE;
}

export async function writeBackupSchedule(store: VaultStore, state: BackupScheduleState): Promise<void> {
  await store.put(KEY, backupScheduleStateSchema.parse(state));
}
