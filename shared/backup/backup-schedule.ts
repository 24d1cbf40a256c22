/**
 * Scheduled backups (issue 19 item 3): when the next one is due, and which old files a folder keeps. Pure; the
 * renderer runs it while the app is unlocked, Electron's main prunes the folder with `backupsToRemove`.
 */
import { z } from 'zod';

export const BACKUP_SCHEDULES = ['off', 'daily', 'weekly'] as const;
export type BackupSchedule = (typeof BACKUP_SCHEDULES)[number];

export const BACKUP_SCHEDULE_LABELS: Readonly<Record<BackupSchedule, string>> = { off: 'Off', daily: 'Daily', weekly: 'Weekly' };

export const DEFAULT_BACKUPS_KEPT = 7;
export const MAX_BACKUPS_KEPT = 100;

const INTERVAL_MS: Readonly<Record<Exclude<BackupSchedule, 'off'>, number>> = { daily: 24 * 3600_000, weekly: 7 * 24 * 3600_000 };

/** This laptop's backup schedule and what became of the last attempt (kept in the vault store, never synced). */
export const backupScheduleStateSchema = z.object({
  schedule: z.enum(BACKUP_SCHEDULES),
  keep: z.number().int().min(1).max(MAX_BACKUPS_KEPT),
  /** ISO instant of the last backup saved on this laptop (on demand or scheduled); null before the first. */
  lastBackupAt: z.string().nullable(),
  /** The last scheduled attempt that failed, until one succeeds. */
  lastFailure: z.object({ at: z.string(), message: z.string() }).nullable(),
});
export type BackupScheduleState = z.infer<typeof backupScheduleStateSchema>;

export const DEFAULT_BACKUP_SCHEDULE: BackupScheduleState = { schedule: 'off', keep: DEFAULT_BACKUPS_KEPT, lastBackupAt: null, lastFailure: null };

/** When the next scheduled backup is due: null when off; at once when none was ever made. */
export function nextBackupDue(state: Pick<BackupScheduleState, 'schedule' | 'lastBackupAt'>): Date | null {
  if (state.schedule === 'off') return null;
  if (state.lastBackupAt === null) return new Date(0);
  const last = Date.parse(state.lastBackupAt);
  return Number.isFinite(last) ? new Date(last + INTERVAL_MS[state.schedule]) : new Date(0);
}

/** Whether a scheduled backup is due at `now`. */
export function isBackupDue(state: Pick<BackupScheduleState, 'schedule' | 'lastBackupAt'>, now: Date): boolean {
  const due = nextBackupDue(state);
  return due !== null && due.getTime() <= now.getTime();
}

/** The name every backup file gets: waypoint-backup-2026-12-04-2315.json (sorts by time). */
export const BACKUP_FILE_PATTERN = /^waypoint-backup-\d{4}-\d{2}-\d{2}-\d{4}\.json$/;

/** The backup files of a folder to delete so that only the newest `keep` remain (other files are never touched). */
export function backupsToRemove(fileNames: readonly string[], keep: number): string[] {
  const backups = fileNames
    .filter((n) => BACKUP_FILE_PATTERN.test(n))
    .sort()
    .reverse();
  return backups.slice(Math.max(1, keep));
}

/** After a failed scheduled attempt, the next one waits this long (the schedule itself is kept). */
export const RETRY_AFTER_FAILURE_MS = 3600_000;

/** Whether to attempt a scheduled backup now: due, and not within an hour of a failed attempt. */
export function shouldAttemptBackup(state: BackupScheduleState, now: Date): boolean {
  if (!isBackupDue(state, now)) return false;
  if (state.lastFailure === null) return true;
  const failed = Date.parse(state.lastFailure.at);
  return !Number.isFinite(failed) || now.getTime() - failed >= RETRY_AFTER_FAILURE_MS;
}
