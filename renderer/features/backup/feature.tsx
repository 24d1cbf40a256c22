import type { FeatureModule } from '../../modules';
import { BackupDueNotice } from './BackupDueNotice';

/** Backups: the app-wide scheduled-backup notice (the Backup section itself sits in Settings). */
export const backupFeature = {
  name: 'backup',
  appNotices: [{ key: 'backup-due', order: 10, Notice: BackupDueNotice }],
} satisfies FeatureModule;
