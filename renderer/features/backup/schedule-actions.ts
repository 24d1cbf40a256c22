/**
 * Scheduled backups (issue 19 item 3): plain functions the scheduler and Settings bind. A due backup is written into
 * the remembered folder (Electron) or offered as a download (a browser cannot write to a folder unasked); every saved
 * backup is audited and remembered as this laptop's last; a failure is kept with its message and keeps the schedule.
 */
import { BACKUP_SCHEDULE_LABELS, type BackupScheduleState } from '../../../shared/backup/backup-schedule';
import { errorMessage } from '../../../shared/error-message';
import type { HostApi } from '../../../shared/host';
import { auditFor } from '../../audit';
import { auditBackup, backupFileName } from '../../backup/backup-export';
import type { ActorContext } from '../../session';
import type { BackupContextValue } from './backup-context';

export type ScheduleDeps = Pick<BackupContextValue, 'clinicId' | 'backUp' | 'readSchedule' | 'writeSchedule'> & {
  readonly host: Pick<HostApi, 'writeBackup' | 'saveFile' | 'chooseBackupFolder'>;
};

export type ScheduledOutcome =
  | { readonly status: 'saved'; readonly path: string; readonly records: number }
  | { readonly status: 'cancelled' }
  | { readonly status: 'failed'; readonly message: string };

/** Where a backup goes: the remembered folder (Electron, unasked) or the host's save (browser download, one click). */
export type BackupTarget = 'folder' | 'download';

async function save(deps: ScheduleDeps, target: BackupTarget, text: string, now: Date, keep: number) {
  const fileName = backupFileName(now);
  if (target === 'folder') return { status: 'saved' as const, path: (await deps.host.writeBackup({ fileName, content: text, keep })).path };
  return deps.host.saveFile({ suggestedName: fileName, content: text, mimeType: 'application/json' });
}

/** Makes the due backup, saves it to the target, audits it and records it as the last; a failure is kept, schedule unchanged. */
export async function runScheduledBackup(ctx: ActorContext, deps: ScheduleDeps, target: BackupTarget): Promise<ScheduledOutcome> {
  const now = ctx.now();
  try {
    const { text, counts } = await deps.backUp(() => undefined);
    const state = await deps.readSchedule();
    const saved = await save(deps, target, text, now, state.keep);
    if (saved.status === 'cancelled') return saved;
    const records = Object.values(counts).reduce((a, b) => a + b, 0);
    await auditBackup(ctx.db, ctx.actor, now, { clinicId: deps.clinicId, path: saved.path, records, scheduled: true });
    await deps.writeSchedule({ ...(await deps.readSchedule()), lastBackupAt: now.toISOString(), lastFailure: null });
    return { status: 'saved', path: saved.path, records };
  } catch (error) {
    const message = errorMessage(error);
    await deps.writeSchedule({ ...(await deps.readSchedule()), lastFailure: { at: now.toISOString(), message } });
    return { status: 'failed', message };
  }
}

/** A backup made with "Back up now" counts as the last backup too (the schedule starts again from it). */
export async function recordBackupMade(deps: Pick<ScheduleDeps, 'readSchedule' | 'writeSchedule'>, now: Date): Promise<void> {
  await deps.writeSchedule({ ...(await deps.readSchedule()), lastBackupAt: now.toISOString(), lastFailure: null });
}

/** Admin: changes this laptop's schedule or how many backups the folder keeps; audited as a settings edit. */
export async function changeBackupSchedule(
  ctx: ActorContext,
  deps: Pick<ScheduleDeps, 'clinicId' | 'readSchedule' | 'writeSchedule'>,
  change: Pick<BackupScheduleState, 'schedule' | 'keep'>,
  folder: string | null,
): Promise<BackupScheduleState> {
  if (ctx.actor.role !== 'admin') throw new Error('Only a clinic admin can change the backup schedule.');
  const next = { ...(await deps.readSchedule()), ...change };
  await deps.writeSchedule(next);
  const where = folder === null ? 'offered as a download when due' : `written to ${folder}, keeping the newest ${String(next.keep)}`;
  await auditFor(ctx, 'vault')(
    'settings',
    deps.clinicId,
    `Backup schedule on this computer: ${BACKUP_SCHEDULE_LABELS[next.schedule].toLowerCase()}${next.schedule === 'off' ? '' : `; ${where}`}`,
    ctx.now(),
  );
  return next;
}

/** Admin: the folder scheduled backups go to, chosen in the native dialog; audited when chosen. */
export async function chooseFolder(
  ctx: ActorContext,
  deps: Pick<ScheduleDeps, 'clinicId'> & { readonly host: Pick<HostApi, 'chooseBackupFolder'> },
): Promise<string | null> {
  const result = await deps.host.chooseBackupFolder();
  if (result.status !== 'chosen') return null;
  await auditFor(ctx, 'vault')('settings', deps.clinicId, `Backup folder on this computer: ${result.folder}`, ctx.now());
  return result.folder;
}
