import { describe, expect, it } from 'vitest';
import { backupsToRemove, isBackupDue, nextBackupDue, shouldAttemptBackup, type BackupSchedule } from '../../../../shared/backup/backup-schedule';

const at = (iso: string) => new Date(iso);

describe('backup schedule', () => {
  it.each<[BackupSchedule, string | null, string, boolean]>([
    ['off', null, '2026-12-05T10:00:00Z', false],
    ['off', '2026-11-01T10:00:00Z', '2026-12-05T10:00:00Z', false],
    ['daily', null, '2026-12-05T10:00:00Z', true],
    ['daily', '2026-12-04T10:00:00Z', '2026-12-05T09:59:59Z', false],
    ['daily', '2026-12-04T10:00:00Z', '2026-12-05T10:00:00Z', true],
    ['weekly', '2026-12-01T10:00:00Z', '2026-12-07T10:00:00Z', false],
    ['weekly', '2026-12-01T10:00:00Z', '2026-12-08T10:00:00Z', true],
    ['weekly', 'garbage', '2026-12-05T10:00:00Z', true],
  ])('%s, last backup %s, at %s → due %s', (schedule, lastBackupAt, now, due) => {
    expect(isBackupDue({ schedule, lastBackupAt }, at(now))).toBe(due);
  });

  it('says when the next one is due', () => {
    expect(nextBackupDue({ schedule: 'off', lastBackupAt: null })).toBeNull();
    expect(nextBackupDue({ schedule: 'daily', lastBackupAt: '2026-12-04T10:00:00Z' })?.toISOString()).toBe('2026-12-05T10:00:00.000Z');
    expect(nextBackupDue({ schedule: 'weekly', lastBackupAt: '2026-12-04T10:00:00Z' })?.toISOString()).toBe('2026-12-11T10:00:00.000Z');
  });

  it.each<[string[], number, string[]]>([
    [[], 3, []],
    [
      ['waypoint-backup-2026-12-01-0100.json', 'waypoint-backup-2026-12-03-0100.json', 'waypoint-backup-2026-12-02-0100.json'],
      2,
      ['waypoint-backup-2026-12-01-0100.json'],
    ],
    [['waypoint-backup-2026-12-01-0100.json', 'waypoint-backup-2026-12-01-0200.json'], 1, ['waypoint-backup-2026-12-01-0100.json']],
    [['waypoint-backup-2026-12-01-0100.json', 'notes.json', 'waypoint-backup-old.json', 'x/waypoint-backup-2026-12-01-0000.json'], 1, []],
    [['waypoint-backup-2026-12-01-0100.json', 'waypoint-backup-2026-12-02-0100.json'], 0, ['waypoint-backup-2026-12-01-0100.json']],
  ])('of %j keeping %i removes %j', (names, keep, removed) => {
    expect(backupsToRemove(names, keep)).toEqual(removed);
  });
});

describe('attempts after a failure', () => {
  const failedAt = (at: string) => ({ schedule: 'daily' as const, keep: 7, lastBackupAt: null, lastFailure: { at, message: 'disk full' } });
  it.each([
    ['2026-12-05T10:30:00Z', false],
    ['2026-12-05T11:00:00Z', true],
  ])('a failure at 10:00, now %s → attempt %s (the schedule is kept)', (now, attempt) => {
    expect(shouldAttemptBackup(failedAt('2026-12-05T10:00:00Z'), at(now))).toBe(attempt);
  });
  it('never attempts when off', () => {
    expect(shouldAttemptBackup({ schedule: 'off', keep: 7, lastBackupAt: null, lastFailure: null }, at('2026-12-05T10:00:00Z'))).toBe(false);
  });
});
