import { Alert, Button, Group, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { isBackupDue, shouldAttemptBackup } from '../../../shared/backup/backup-schedule';
import { useSignedIn } from '../../session';
import { runScheduledBackup, type BackupTarget } from './schedule-actions';
import { scheduleChanged, useBackupSchedule } from './useBackupSchedule';

const CHECK_EVERY_MS = 60_000;

/** The time now, moved on every minute: when a scheduled backup falls due while the app stays open. */
function useMinuteClock(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => {
      setNow(new Date());
    }, CHECK_EVERY_MS);
    return () => {
      clearInterval(timer);
    };
  }, []);
  return now;
}

/**
 * App-wide (admin, while unlocked): runs a due scheduled backup into the remembered folder on its own (Electron), or
 * says "Backup due" with a one-click download (a browser, or Electron with no folder chosen). A failed attempt is
 * said with its reason; the schedule is kept and tried again an hour later.
 */
export function BackupDueNotice() {
  const { user } = useSignedIn();
  const { state, folder, host, deps, ctx } = useBackupSchedule();
  const now = useMinuteClock();
  const [running, setRunning] = useState(false);
  const started = useRef(false);
  const target: BackupTarget = host === 'electron' && folder !== null ? 'folder' : 'download';
  const run = async (to: BackupTarget) => {
    setRunning(true);
    await runScheduledBackup(ctx, deps, to);
    setRunning(false);
    started.current = false;
    scheduleChanged();
  };
  const auto = user.role === 'admin' && host !== null && target === 'folder' && shouldAttemptBackup(state, now);
  useEffect(() => {
    if (!auto || started.current) return;
    started.current = true;
    void run('folder');
  });
  if (user.role !== 'admin' || host === null || state.schedule === 'off') return null;
  if (state.lastFailure !== null) {
    return (
      <Alert color="red" title="The scheduled backup failed" role="alert" mb="md">
        <Text size="sm">{state.lastFailure.message}</Text>
        <Text size="sm">The schedule is kept: Waypoint tries again in an hour.</Text>
        <Group mt="xs">
          <Button size="xs" variant="default" loading={running} onClick={() => void run(target)}>
            Try the backup again now
          </Button>
        </Group>
      </Alert>
    );
  }
  if (target === 'folder' || !isBackupDue(state, now)) return null;
  return (
    <Alert color="yellow" title="Backup due" role="status" mb="md">
      <Text size="sm">
        {host === 'browser'
          ? 'A browser cannot save to a folder on its own: download the scheduled backup now and keep it with the recovery key.'
          : 'No backup folder is chosen on this computer (Settings → Backup): save the scheduled backup now.'}
      </Text>
      <Group mt="xs">
        <Button size="xs" loading={running} onClick={() => void run('download')}>
          Download the backup
        </Button>
      </Group>
    </Alert>
  );
}
