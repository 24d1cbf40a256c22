import { Alert, Button, Group, NumberInput, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { BACKUP_SCHEDULES, BACKUP_SCHEDULE_LABELS, MAX_BACKUPS_KEPT, nextBackupDue, type BackupSchedule } from '../../../shared/backup/backup-schedule';
import { errorMessage } from '../../../shared/error-message';
import { changeBackupSchedule, chooseFolder } from './schedule-actions';
import { scheduleChanged, useBackupSchedule } from './useBackupSchedule';

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function formatDateTime(iso: string): string {
  return dateTime.format(new Date(iso));
}

function isSchedule(v: string): v is BackupSchedule {
  return (BACKUP_SCHEDULES as readonly string[]).includes(v);
}

/** Settings → Backup: this computer's schedule (admin), its folder (Electron) or download (browser), the last backup. */
export function BackupSchedulePanel({ isAdmin }: { isAdmin: boolean }) {
  const { state, folder, host, deps, ctx } = useBackupSchedule();
  const [keep, setKeep] = useState<string | number>(state.keep);
  const [error, setError] = useState<string | null>(null);
  const apply = async (change: { schedule?: BackupSchedule; keep?: number }) => {
    setError(null);
    try {
      await changeBackupSchedule(ctx, deps, { schedule: change.schedule ?? state.schedule, keep: change.keep ?? state.keep }, folder);
      scheduleChanged();
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  const keepError =
    typeof keep === 'number' && Number.isInteger(keep) && keep >= 1 && keep <= MAX_BACKUPS_KEPT
      ? null
      : `Keep between 1 and ${String(MAX_BACKUPS_KEPT)} backups.`;
  const due = nextBackupDue(state);
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500} id="backup-schedule-label">
        Scheduled backups on this computer
      </Text>
      <SegmentedControl
        aria-labelledby="backup-schedule-label"
        disabled={!isAdmin}
        value={state.schedule}
        data={BACKUP_SCHEDULES.map((s) => ({ value: s, label: BACKUP_SCHEDULE_LABELS[s] }))}
        onChange={(v) => {
          if (isSchedule(v)) void apply({ schedule: v });
        }}
      />
      <Text size="sm">
        Last backup: {state.lastBackupAt === null ? 'none yet on this computer' : formatDateTime(state.lastBackupAt)}
        {due !== null && state.lastBackupAt !== null ? ` · next due ${formatDateTime(due.toISOString())}` : ''}
      </Text>
      {host === 'electron' && (
        <Group align="flex-end">
          <Text size="sm">Folder: {folder ?? 'none chosen'}</Text>
          <Button size="xs" variant="default" disabled={!isAdmin} onClick={() => void chooseFolder(ctx, deps).then(scheduleChanged)}>
            Choose folder…
          </Button>
          <NumberInput
            label="Keep the newest"
            suffix=" backups"
            w={170}
            min={1}
            max={MAX_BACKUPS_KEPT}
            clampBehavior="none"
            allowDecimal={false}
            disabled={!isAdmin}
            value={keep}
            error={keepError}
            onChange={setKeep}
            onBlur={() => {
              if (keepError === null && typeof keep === 'number' && keep !== state.keep) void apply({ keep });
            }}
          />
        </Group>
      )}
      {host === 'browser' && (
        <Text size="sm" c="dimmed">
          A browser cannot write to a folder on its own: when a backup is due, a “Backup due” notice offers the download.
        </Text>
      )}
      {state.lastFailure !== null && (
        <Alert color="red" title="The last scheduled backup failed" role="alert">
          {state.lastFailure.message} The schedule is kept.
        </Alert>
      )}
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
    </Stack>
  );
}
