import { z } from 'zod';

/**
 * The one contract between the renderer and whatever hosts it. The Electron preload implements it over IPC
 * (`electron/preload`), the browser host with web APIs (`renderer/host/browser.ts`). Nothing generic crosses:
 * one function per capability, each argument validated by main with the schemas below.
 */

/** Commands the application menu (or its shortcuts) can send to the renderer. */
export const MENU_COMMANDS = ['lock', 'new-client', 'go-clients', 'go-staff', 'go-settings', 'find'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** Something the host tells the renderer: lock now (OS lock, suspend, menu) or a menu command. */
export type HostEvent = { readonly type: 'lock'; readonly reason: 'menu' | 'os-lock' | 'suspend' } | { readonly type: 'menu'; readonly command: MenuCommand };

export interface AppInfo {
  readonly name: string;
  readonly version: string;
  readonly host: 'electron' | 'browser';
  readonly platform: string;
}

export const saveFileRequestSchema = z.strictObject({
  suggestedName: z
    .string()
    .min(1)
    .max(200)
    .regex(/^[^/\\:*?"<>|\0]+$/, 'a file name without path separators'),
  content: z.string().max(50 * 1024 * 1024),
  mimeType: z.enum(['text/csv', 'application/json', 'text/plain', 'application/pdf']),
  /** How `content` is encoded: text as is (default), or the bytes of a binary file (a PDF) in base64. */
  encoding: z.enum(['utf8', 'base64']).optional(),
});
export type SaveFileRequest = z.infer<typeof saveFileRequestSchema>;

export type SaveFileResult = { readonly status: 'saved'; readonly path: string } | { readonly status: 'cancelled' };

/** A scheduled backup written into the remembered folder; main keeps only the newest `keep` backup files there. */
export const writeBackupRequestSchema = z.strictObject({
  fileName: z.string().regex(/^waypoint-backup-\d{4}-\d{2}-\d{2}-\d{4}\.json$/, 'a backup file name'),
  content: z.string().max(500 * 1024 * 1024),
  keep: z.number().int().min(1).max(100),
});
export type WriteBackupRequest = z.infer<typeof writeBackupRequestSchema>;

export interface WriteBackupResult {
  readonly path: string;
  /** Older backup files deleted to keep the newest `keep`. */
  readonly removed: readonly string[];
}

/** The folder scheduled backups go to: chosen in the native dialog and remembered by main; a browser has none. */
export type BackupFolderResult = { readonly status: 'chosen'; readonly folder: string } | { readonly status: 'cancelled' } | { readonly status: 'unsupported' };

/**
 * The answer to allowClinicServer: the server is the one this window may already reach; or the user allowed it in
 * main's native dialog and the window reloads under the widened policy; or the user refused. The browser host always
 * answers allowed (its page's CSP names what it allows).
 */
export type ClinicServerPermission =
  { readonly status: 'allowed' } | { readonly status: 'reloading'; readonly origin: string } | { readonly status: 'refused'; readonly origin: string };

export interface HostApi {
  getAppInfo(): Promise<AppInfo>;
  /** Asks the user where to save an export (text, or a PDF's bytes in base64), then writes it. */
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  /** Asks for the folder scheduled backups go to (native dialog) and remembers it; the browser answers unsupported. */
  chooseBackupFolder(): Promise<BackupFolderResult>;
  /** The remembered backup folder, or null (always null in a browser). */
  getBackupFolder(): Promise<string | null>;
  /** Writes a scheduled backup into the remembered folder and prunes older ones; fails with a message a person can act on. */
  writeBackup(request: WriteBackupRequest): Promise<WriteBackupResult>;
  /** Asks main to let the window connect to this clinic server (connect and join forms only; see ClinicServerPermission). */
  allowClinicServer(url: string): Promise<ClinicServerPermission>;
  /** Subscribes to host events; returns the unsubscribe function. */
  onHostEvent(listener: (event: HostEvent) => void): () => void;
}

/** IPC channel names, in one place for main and preload. */
export const IPC_CHANNELS = {
  getAppInfo: 'waypoint:get-app-info',
  saveFile: 'waypoint:save-file',
  chooseBackupFolder: 'waypoint:choose-backup-folder',
  getBackupFolder: 'waypoint:get-backup-folder',
  writeBackup: 'waypoint:write-backup',
  allowClinicServer: 'waypoint:allow-clinic-server',
  hostEvent: 'waypoint:host-event',
} as const;
