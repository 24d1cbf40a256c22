/** Encrypted backup (Settings → Backup); the restore is on the first-run screen (features/vault/RestoreBackupPage). */
export { BackupSection } from './BackupSection';
export { BackupContext, type BackupContextValue } from './backup-context';
export { backupFeature } from './feature';
