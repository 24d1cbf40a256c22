import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, type OpenDialogOptions } from 'electron';
import { backupsToRemove } from '../../../../shared/backup/backup-schedule';
import type { BackupFolderResult, WriteBackupRequest, WriteBackupResult } from '../../../../shared/host';
import { describeWriteError } from './save-file';

/**
 * Scheduled backups' folder (issue 19 item 3): chosen once in the native dialog and remembered by main in a small
 * file under userData, so the renderer never names a path to write to — it sends only a backup file name (checked
 * against the backup pattern by register.ts) and the content, which is already sealed.
 */

export interface BackupFolderDeps {
  /** Shows the folder dialog; resolves to the chosen folder, or undefined when the user cancels. */
  readonly chooseFolder: (options: OpenDialogOptions) => Promise<string | undefined>;
  readonly readText: (path: string) => Promise<string>;
  readonly writeText: (path: string, content: string) => Promise<void>;
  readonly list: (folder: string) => Promise<string[]>;
  readonly remove: (path: string) => Promise<void>;
  /** Where main remembers the folder (a JSON file under userData). */
  readonly settingsPath: () => string;
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

/** The remembered folder, or null when none was chosen (or the settings file is unreadable). */
export async function rememberedFolder(deps: BackupFolderDeps): Promise<string | null> {
  try {
    const parsed: unknown = JSON.parse(await deps.readText(deps.settingsPath()));
    return typeof parsed === 'object' && parsed !== null && 'folder' in parsed && typeof parsed.folder === 'string' && parsed.folder !== ''
      ? parsed.folder
      : null;
  } catch {
    return null;
  }
}

/** Shows the folder dialog (starting at the remembered folder) and remembers the choice. */
export async function chooseBackupFolderWith(deps: BackupFolderDeps): Promise<BackupFolderResult> {
  const current = await rememberedFolder(deps);
  const folder = await deps.chooseFolder({
    title: 'Folder for scheduled backups',
    ...(current ? { defaultPath: current } : {}),
    properties: ['openDirectory', 'createDirectory'],
  });
  if (folder === undefined || folder === '') return { status: 'cancelled' };
  await deps.writeText(deps.settingsPath(), JSON.stringify({ folder }));
  return { status: 'chosen', folder };
}

/** Writes one backup into the remembered folder, then deletes backup files beyond the newest `keep`. */
export async function writeBackupWith(deps: BackupFolderDeps, request: WriteBackupRequest): Promise<WriteBackupResult> {
  const folder = await rememberedFolder(deps);
  if (folder === null) throw new Error('No backup folder is chosen on this computer. Choose one in Settings → Backup.');
  const path = join(folder, request.fileName);
  try {
    await deps.writeText(path, request.content);
  } catch (error) {
    const gone = errorCode(error) === 'ENOENT';
    throw new Error(
      gone
        ? `The backup folder "${folder}" is gone (a removed drive or a deleted folder). Reconnect it or choose another folder in Settings → Backup.`
        : describeWriteError(error, path),
      { cause: error },
    );
  }
  const removed = backupsToRemove(await deps.list(folder), request.keep);
  for (const name of removed) await deps.remove(join(folder, name));
  return { path, removed };
}

const electronDeps: BackupFolderDeps = {
  chooseFolder: async (options) => {
    const parent = BrowserWindow.getFocusedWindow();
    const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
    return result.canceled ? undefined : result.filePaths[0];
  },
  readText: (path) => readFile(path, { encoding: 'utf8' }),
  // Never creates folders: a folder that is gone (an unplugged drive) must fail, not be made again somewhere else.
  writeText: (path, content) => writeFile(path, content, { encoding: 'utf8' }),
  list: (folder) => readdir(folder),
  remove: (path) => rm(path, { force: true }),
  settingsPath: () => join(app.getPath('userData'), 'backup-folder.json'),
};

/** HostApi.chooseBackupFolder over the real dialog. */
export function chooseBackupFolder(): Promise<BackupFolderResult> {
  return chooseBackupFolderWith(electronDeps);
}

/** HostApi.getBackupFolder. */
export function getBackupFolder(): Promise<string | null> {
  return rememberedFolder(electronDeps);
}

/** HostApi.writeBackup over the real file system. */
export function writeBackup(request: WriteBackupRequest): Promise<WriteBackupResult> {
  return writeBackupWith(electronDeps, request);
}
