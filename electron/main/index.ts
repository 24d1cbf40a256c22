import { join } from 'node:path';
import { app, BrowserWindow, ipcMain, powerMonitor, protocol } from 'electron';
import { hardenWebContents } from './hardening';
import { sendHostEvent } from './host-events';
import { chooseBackupFolder, getBackupFolder, writeBackup } from './ipc/handlers/backup-folder';
import { electronClinicServerStore } from './ipc/handlers/clinic-server';
import { getAppInfo } from './ipc/handlers/get-app-info';
import { saveFile } from './ipc/handlers/save-file';
import { registerHostHandlers } from './ipc/register';
import { installApplicationMenu } from './menu';
import { APP_SCHEME, devServerUrl, isAppUrl } from './origin';
import { createAppProtocolHandler } from './protocol';
import { electronContentSecurityPolicy } from '../../shared/csp';
import { createMainWindow } from './window';

/** Lifecycle only: everything it wires lives in its own module. */

const isMac = process.platform === 'darwin';
// A packaged app never trusts ELECTRON_RENDERER_URL: anyone who can set an env var could point our preload at a page.
const devUrl = app.isPackaged ? undefined : devServerUrl();
const here = import.meta.dirname;

let mainWindow: BrowserWindow | undefined;
// The clinic server the CSP allows: confirmed by the user in main, applied by reloading the window.
const clinicServer = electronClinicServerStore(() => mainWindow?.webContents.reload());

function openMainWindow(): void {
  mainWindow = createMainWindow({ preloadPath: join(here, '../preload/index.cjs'), devServerUrl: devUrl, serverOrigin: clinicServer.origin });
  mainWindow.on('closed', () => {
    mainWindow = undefined;
  });
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

async function onReady(): Promise<void> {
  await clinicServer.load();
  const policy = (): string => electronContentSecurityPolicy(clinicServer.origin());
  protocol.handle(APP_SCHEME, createAppProtocolHandler(join(here, '../renderer'), undefined, policy));
  const handlers = { getAppInfo, saveFile, chooseBackupFolder, getBackupFolder, writeBackup, allowClinicServer: clinicServer.allow };
  registerHostHandlers(ipcMain, handlers, (url) => isAppUrl(url, devUrl));
  installApplicationMenu(isMac, devUrl !== undefined);
  // The vault locks (keys dropped, database closed) when the computer locks or sleeps.
  powerMonitor.on('lock-screen', () => {
    sendHostEvent(mainWindow, { type: 'lock', reason: 'os-lock' });
  });
  powerMonitor.on('suspend', () => {
    sendHostEvent(mainWindow, { type: 'lock', reason: 'suspend' });
  });
  openMainWindow();
}

function start(): void {
  // Every renderer sandboxed, whatever options a window is created with.
  app.enableSandbox();
  // Must happen before ready: a standard, secure scheme gets a real origin (IndexedDB, WebCrypto) and fetch().
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, { devServerUrl: devUrl });
  });
  app.on('second-instance', focusMainWindow);
  app.on('window-all-closed', () => {
    if (!isMac) app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0 && app.isReady()) openMainWindow();
  });
  app
    .whenReady()
    .then(onReady)
    .catch((error: unknown) => {
      console.error('Waypoint: startup failed', error);
      app.quit();
    });
}

// Two instances would open the same IndexedDB and race on it; the second one hands over to the first and exits.
if (app.requestSingleInstanceLock()) {
  start();
} else {
  app.quit();
}
