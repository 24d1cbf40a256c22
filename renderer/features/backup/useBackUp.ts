import { useState } from 'react';
import { auditBackup, backupFileName, type BackupProgress } from '../../backup/backup-export';
import { useDatabase } from '../../db';
import { getHost } from '../../host';
import { useSignedIn } from '../../session';
import { useBackupContext } from './backup-context';
import { recordBackupMade } from './schedule-actions';
import { scheduleChanged } from './useBackupSchedule';
import { errorMessage } from '../../../shared/error-message';

export type BackupOutcome =
  | { readonly status: 'saved'; readonly path: string; readonly records: number }
  | { readonly status: 'cancelled' }
  | { readonly status: 'failed'; readonly message: string };

/** "Back up now": seals every collection, saves the file where the user picks (or downloads it), audits it. */
export function useBackUp() {
  const db = useDatabase();
  const { user } = useSignedIn();
  const backupContext = useBackupContext();
  const { backUp, clinicId } = backupContext;
  const [progress, setProgress] = useState<BackupProgress | null>(null);
  const [outcome, setOutcome] = useState<BackupOutcome | null>(null);

  const run = async (): Promise<void> => {
    setOutcome(null);
    setProgress({ done: 0, total: 0, collection: null });
    try {
      const { text, counts } = await backUp(setProgress);
      const now = new Date();
      const saved = await getHost().saveFile({ suggestedName: backupFileName(now), content: text, mimeType: 'application/json' });
      if (saved.status === 'cancelled') {
        setOutcome({ status: 'cancelled' });
        return;
      }
      const records = Object.values(counts).reduce((a, b) => a + b, 0);
      await auditBackup(db, user, now, { clinicId, path: saved.path, records });
      await recordBackupMade(backupContext, now);
      scheduleChanged();
      setOutcome({ status: 'saved', path: saved.path, records });
    } catch (error) {
      setOutcome({ status: 'failed', message: errorMessage(error) });
    } finally {
      setProgress(null);
    }
  };

  return { progress, outcome, run };
}
