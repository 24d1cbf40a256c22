import { useCallback, useEffect, useMemo, useState } from 'react';
import { DEFAULT_BACKUP_SCHEDULE, type BackupScheduleState } from '../../../shared/backup/backup-schedule';
import type { HostApi } from '../../../shared/host';
import { getHost } from '../../host';
import { useActorContext } from '../../session';
import { useBackupContext } from './backup-context';
import type { ScheduleDeps } from './schedule-actions';

// Settings and the app-wide notice read the same stored schedule: a write through either tells the other to re-read.
const listeners = new Set<() => void>();

/** Tells every mounted useBackupSchedule to read the stored schedule again. */
export function scheduleChanged(): void {
  for (const listener of listeners) listener();
}

/** The host's backup folder; a host without the backup-folder channels (an older preload) answers as if none were chosen. */
async function rememberedFolder(host: HostApi): Promise<string | null> {
  try {
    return await host.getBackupFolder();
  } catch {
    return null;
  }
}

export interface BackupScheduleView {
  readonly state: BackupScheduleState;
  /** The remembered folder (Electron), null when none or in a browser. */
  readonly folder: string | null;
  readonly host: 'electron' | 'browser' | null;
  readonly deps: ScheduleDeps;
  readonly ctx: ReturnType<typeof useActorContext>;
}

/** This laptop's backup schedule, the host's remembered folder, and the deps the schedule actions need. */
export function useBackupSchedule(): BackupScheduleView {
  const backup = useBackupContext();
  const ctx = useActorContext();
  const [state, setState] = useState<BackupScheduleState>(DEFAULT_BACKUP_SCHEDULE);
  const [folder, setFolder] = useState<string | null>(null);
  const [host, setHost] = useState<'electron' | 'browser' | null>(null);
  const reload = useCallback(async () => {
    const hostApi = getHost();
    const [s, info] = await Promise.all([backup.readSchedule(), hostApi.getAppInfo()]);
    setState(s);
    setHost(info.host);
    setFolder(info.host === 'electron' ? await rememberedFolder(hostApi) : null);
  }, [backup]);
  useEffect(() => {
    const listener = () => void reload();
    listeners.add(listener);
    listener();
    return () => {
      listeners.delete(listener);
    };
  }, [reload]);
  const deps = useMemo<ScheduleDeps>(() => ({ ...backup, host: getHost() }), [backup]);
  return { state, folder, host, deps, ctx };
}
