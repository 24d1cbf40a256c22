import { createContext, useContext } from 'react';
import type { BackupScheduleState } from '../../../shared/backup/backup-schedule';
import type { BackupProgress, OnBackupProgress } from '../../backup/backup-export';

/** The unlocked laptop's backup, provided by the app shell (the vault controller holds the keys). */
export interface BackupContextValue {
  readonly clinicId: string;
  /** Admin: every collection sealed into one backup file's text. */
  readonly backUp: (onProgress: OnBackupProgress) => Promise<{ readonly text: string; readonly counts: Record<string, number> }>;
  /** This laptop's backup schedule (vault store). */
  readonly readSchedule: () => Promise<BackupScheduleState>;
  readonly writeSchedule: (state: BackupScheduleState) => Promise<void>;
}

export type { BackupProgress };

export const BackupContext = createContext<BackupContextValue | null>(null);

export function useBackupContext(): BackupContextValue {
  const value = useContext(BackupContext);
  if (!value) throw new Error('useBackupContext outside the unlocked app');
  return value;
}
