import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_BACKUP_SCHEDULE, type BackupScheduleState } from '../../../shared/backup/backup-schedule';
import type { WriteBackupRequest } from '../../../shared/host';
import { changeBackupSchedule, recordBackupMade, runScheduledBackup, type ScheduleDeps } from '../../../renderer/features/backup/schedule-actions';
import { actorOn, auditTrail } from './actor';

function depsWith(write: (r: WriteBackupRequest) => Promise<{ path: string; removed: string[] }>) {
  let stored: BackupScheduleState = { ...DEFAULT_BACKUP_SCHEDULE, schedule: 'daily', keep: 3 };
  const deps: ScheduleDeps = {
    clinicId: 'clinic-1',
    backUp: () => Promise.resolve({ text: '{"sealed":true}', counts: { clients: 2, notes: 5 } }),
    readSchedule: () => Promise.resolve(stored),
    writeSchedule: (s) => {
      stored = s;
      return Promise.resolve();
    },
    host: {
      writeBackup: vi.fn(write),
      saveFile: vi.fn(() => Promise.resolve({ status: 'saved' as const, path: 'waypoint-backup.json' })),
      chooseBackupFolder: vi.fn(() => Promise.resolve({ status: 'unsupported' as const })),
    },
  };
  return { deps, stored: () => stored };
}

describe('scheduled backups on real storage', () => {
  it('writes a due backup into the folder with the schedule’s keep, audits it and records the time', async () => {
    const { ctx, db } = await actorOn('admin');
    const { deps, stored } = depsWith((r) => Promise.resolve({ path: `/backups/${r.fileName}`, removed: [] }));
    await expect(runScheduledBackup(ctx, deps, 'folder')).resolves.toEqual({
      status: 'saved',
      path: '/backups/waypoint-backup-2026-12-04-0900.json',
      records: 7,
    });
    expect(deps.host.writeBackup).toHaveBeenCalledWith({ fileName: 'waypoint-backup-2026-12-04-0900.json', content: '{"sealed":true}', keep: 3 });
    expect(stored()).toMatchObject({ schedule: 'daily', lastBackupAt: '2026-12-04T09:00:00.000Z', lastFailure: null });
    expect((await auditTrail(db)).map((e) => [e.action, e.entity, e.detail])).toEqual([
      ['backup', 'vault', 'Scheduled backup of 7 records saved to /backups/waypoint-backup-2026-12-04-0900.json'],
    ]);
  });

  it('a failure (the folder is gone) is kept with its message, the schedule stays, nothing is audited as saved', async () => {
    const { ctx, db } = await actorOn('admin');
    const { deps, stored } = depsWith(() => Promise.reject(new Error('The backup folder "/media/usb" is gone.')));
    await expect(runScheduledBackup(ctx, deps, 'folder')).resolves.toEqual({ status: 'failed', message: 'The backup folder "/media/usb" is gone.' });
    expect(stored()).toEqual({
      schedule: 'daily',
      keep: 3,
      lastBackupAt: null,
      lastFailure: { at: '2026-12-04T09:00:00.000Z', message: 'The backup folder "/media/usb" is gone.' },
    });
    expect(await auditTrail(db)).toEqual([]);
    await recordBackupMade(deps, new Date('2026-12-04T10:00:00Z'));
    expect(stored()).toMatchObject({ lastBackupAt: '2026-12-04T10:00:00.000Z', lastFailure: null });
  });

  it('only an admin changes the schedule, and each change is audited', async () => {
    const { ctx, db } = await actorOn('admin');
    const { deps, stored } = depsWith(() => Promise.reject(new Error('unused')));
    await changeBackupSchedule(ctx, deps, { schedule: 'weekly', keep: 5 }, '/home/a/Backups');
    await changeBackupSchedule(ctx, deps, { schedule: 'daily', keep: 5 }, null);
    expect(stored()).toMatchObject({ schedule: 'daily', keep: 5 });
    expect((await auditTrail(db)).map((e) => [e.action, e.entity, e.detail])).toEqual([
      ['settings', 'vault', 'Backup schedule on this computer: weekly; written to /home/a/Backups, keeping the newest 5'],
      ['settings', 'vault', 'Backup schedule on this computer: daily; offered as a download when due'],
    ]);
    const therapist = { ...ctx, actor: { id: 'staff-therapist', role: 'therapist' as const } };
    await expect(changeBackupSchedule(therapist, deps, { schedule: 'off', keep: 5 }, null)).rejects.toThrow(
      'Only a clinic admin can change the backup schedule.',
    );
  });
});
