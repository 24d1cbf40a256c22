import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, type SaveDialogOptions } from 'electron';
import type { SaveFileRequest, SaveFileResult } from '../../../../shared/host';

/** HostApi.saveFile: asks where to save an export, then writes it. Arguments are already validated by register.ts. */

export interface SaveFileDeps {
  /** Shows the save dialog; resolves to the chosen path, or undefined when the user cancels. */
  readonly choosePath: (options: SaveDialogOptions) => Promise<string | undefined>;
  readonly writeFile: (path: string, content: string | Uint8Array) => Promise<void>;
  /** The folder the dialog opens in. */
  readonly defaultFolder: () => string;
}

const FILTERS: Readonly<Record<SaveFileRequest['mimeType'], SaveDialogOptions['filters']>> = {
  'text/csv': [{ name: 'CSV spreadsheet', extensions: ['csv'] }],
  'application/json': [{ name: 'JSON', extensions: ['json'] }],
  'text/plain': [{ name: 'Text', extensions: ['txt'] }],
  'application/pdf': [{ name: 'PDF document', extensions: ['pdf'] }],
};

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

/** What went wrong and what to do, in words a clinician can act on; never includes the file's content. */
export function describeWriteError(error: unknown, path: string): string {
  const where = `Could not save "${path}"`;
  switch (errorCode(error)) {
    case 'ENOSPC':
      return `${where}: the disk is full. Free some space or choose another drive, then export again.`;
    case 'EACCES':
    case 'EPERM':
      return `${where}: you do not have permission to write there. Choose another folder, such as Documents, and export again.`;
    case 'EROFS':
      return `${where}: that drive is read-only. Choose another folder and export again.`;
    case 'ENOENT':
      return `${where}: the folder no longer exists. Choose another folder and export again.`;
    case 'EISDIR':
      return `${where}: a folder has that name. Choose another file name and export again.`;
    default:
      return `${where}: the file could not be written. Check the drive and folder, then export again.`;
  }
}

/** Saves one export with the given dependencies; resolves to cancelled when the user closes the dialog. */
export async function saveFileWith(deps: SaveFileDeps, request: SaveFileRequest): Promise<SaveFileResult> {
  const path = await deps.choosePath({
    title: 'Save export',
    defaultPath: join(deps.defaultFolder(), request.suggestedName),
    filters: FILTERS[request.mimeType],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  if (path === undefined || path === '') return { status: 'cancelled' };
  try {
    await deps.writeFile(path, request.encoding === 'base64' ? Buffer.from(request.content, 'base64') : request.content);
  } catch (error) {
    throw new Error(describeWriteError(error, path), { cause: error });
  }
  return { status: 'saved', path };
}

const electronDeps: SaveFileDeps = {
  choosePath: async (options) => {
    // A sheet attached to the focused window on macOS; an ordinary modal dialog elsewhere.
    const parent = BrowserWindow.getFocusedWindow();
    const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
    return result.canceled ? undefined : result.filePath;
  },
  writeFile: (path, content) => (typeof content === 'string' ? writeFile(path, content, { encoding: 'utf8' }) : writeFile(path, content)),
  defaultFolder: () => app.getPath('documents'),
};

/** HostApi.saveFile over the real dialog and file system. */
export function saveFile(request: SaveFileRequest): Promise<SaveFileResult> {
  return saveFileWith(electronDeps, request);
}
