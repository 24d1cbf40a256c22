import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { HostApi, HostEvent, IPC_CHANNELS, MenuCommand } from '../../shared/host';

/**
 * The Electron side of the host contract, exposed as window.waypoint. One named function per channel and nothing
 * generic: the renderer never sees ipcRenderer. Main validates every argument and the sender; this file validates
 * what main pushes, so a malformed event never reaches the app.
 *
 * Only types come from shared/host: a sandboxed preload can require nothing but 'electron', and shared/host pulls in
 * zod, which electron-vite leaves as an external require(). The constants below are checked against the contract
 * at compile time, so they cannot drift from it.
 */

const CHANNELS = {
  getAppInfo: 'waypoint:get-app-info',
  saveFile: 'waypoint:save-file',
  chooseBackupFolder: 'waypoint:choose-backup-folder',
  getBackupFolder: 'waypoint:get-backup-folder',
  writeBackup: 'waypoint:write-backup',
  allowClinicServer: 'waypoint:allow-clinic-server',
  hostEvent: 'waypoint:host-event',
} as const satisfies typeof IPC_CHANNELS;

// A Record over MenuCommand: adding a command to the contract fails compilation here until it is listed.
const MENU_COMMAND_SET: Readonly<Record<MenuCommand, true>> = {
  lock: true,
  'new-client': true,
  'go-clients': true,
  'go-staff': true,
  'go-settings': true,
  find: true,
};

function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && Object.hasOwn(MENU_COMMAND_SET, value);
}

/** Narrows a pushed payload to a HostEvent, rebuilt so no extra field passes through. */
function toHostEvent(payload: unknown): HostEvent | undefined {
  if (typeof payload !== 'object' || payload === null || !('type' in payload)) return undefined;
  if (payload.type === 'lock' && 'reason' in payload) {
    const { reason } = payload;
    if (reason === 'menu' || reason === 'os-lock' || reason === 'suspend') return { type: 'lock', reason };
  }
  if (payload.type === 'menu' && 'command' in payload && isMenuCommand(payload.command)) {
    return { type: 'menu', command: payload.command };
  }
  return undefined;
}

function getAppInfo(): ReturnType<HostApi['getAppInfo']> {
  return ipcRenderer.invoke(CHANNELS.getAppInfo);
}

function saveFile(request: Parameters<HostApi['saveFile']>[0]): ReturnType<HostApi['saveFile']> {
  return ipcRenderer.invoke(CHANNELS.saveFile, request);
}

function chooseBackupFolder(): ReturnType<HostApi['chooseBackupFolder']> {
  return ipcRenderer.invoke(CHANNELS.chooseBackupFolder);
}

function getBackupFolder(): ReturnType<HostApi['getBackupFolder']> {
  return ipcRenderer.invoke(CHANNELS.getBackupFolder);
}

function writeBackup(request: Parameters<HostApi['writeBackup']>[0]): ReturnType<HostApi['writeBackup']> {
  return ipcRenderer.invoke(CHANNELS.writeBackup, request);
}

function allowClinicServer(url: string): ReturnType<HostApi['allowClinicServer']> {
  return ipcRenderer.invoke(CHANNELS.allowClinicServer, url);
}

function onHostEvent(listener: (event: HostEvent) => void): () => void {
  const onMessage = (_event: IpcRendererEvent, payload: unknown): void => {
    const event = toHostEvent(payload);
    if (event) listener(event);
  };
  ipcRenderer.on(CHANNELS.hostEvent, onMessage);
  // Removes only this subscription's listener; other subscribers keep theirs.
  return () => {
    ipcRenderer.removeListener(CHANNELS.hostEvent, onMessage);
  };
}

const api = { getAppInfo, saveFile, chooseBackupFolder, getBackupFolder, writeBackup, allowClinicServer, onHostEvent } satisfies HostApi;

contextBridge.exposeInMainWorld('waypoint', api);
