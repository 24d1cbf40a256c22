import { BrowserWindow, Menu, type MenuItemConstructorOptions } from 'electron';
import type { HostEvent } from '../../shared/host';
import { sendHostEvent } from './host-events';

/**
 * The application menu. Items that act on the app do not run anything in main: they tell the renderer through a
 * HostEvent, so the same commands work from the browser host's keyboard shortcuts.
 */

export interface MenuOptions {
  readonly isMac: boolean;
  /** Development adds Reload and Developer Tools; a packaged app has neither. */
  readonly isDev: boolean;
  readonly send: (event: HostEvent) => void;
}

type Item = MenuItemConstructorOptions;

function command(label: string, accelerator: string, event: HostEvent, send: MenuOptions['send']): Item {
  return {
    label,
    accelerator,
    click: () => {
      send(event);
    },
  };
}

function settingsItem(send: MenuOptions['send']): Item {
  return command('Settings…', 'CmdOrCtrl+,', { type: 'menu', command: 'go-settings' }, send);
}

function appMenu(send: MenuOptions['send']): Item {
  return {
    label: 'Waypoint',
    submenu: [
      { role: 'about' },
      { type: 'separator' },
      settingsItem(send),
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };
}

function fileMenu({ isMac, send }: MenuOptions): Item {
  // On macOS Settings lives in the app menu and quitting is there too; elsewhere both belong to File.
  const platformItems: Item[] = isMac ? [{ role: 'close' }] : [settingsItem(send), { type: 'separator' }, { role: 'quit' }];
  return {
    label: 'File',
    submenu: [
      command('New Client', 'CmdOrCtrl+N', { type: 'menu', command: 'new-client' }, send),
      { type: 'separator' },
      command('Lock', 'CmdOrCtrl+L', { type: 'lock', reason: 'menu' }, send),
      { type: 'separator' },
      ...platformItems,
    ],
  };
}

function editMenu(send: MenuOptions['send']): Item {
  return {
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      { type: 'separator' },
      command('Find…', 'CmdOrCtrl+F', { type: 'menu', command: 'find' }, send),
    ],
  };
}

function viewMenu(isDev: boolean): Item {
  const devItems: Item[] = isDev ? [{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }] : [];
  return {
    label: 'View',
    submenu: [...devItems, { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }],
  };
}

function goMenu(send: MenuOptions['send']): Item {
  return {
    label: 'Go',
    submenu: [
      command('Clients', 'CmdOrCtrl+1', { type: 'menu', command: 'go-clients' }, send),
      command('Staff', 'CmdOrCtrl+2', { type: 'menu', command: 'go-staff' }, send),
    ],
  };
}

/** The menu template; pure (no Electron calls) so a test can check every shortcut and what it sends. */
export function buildMenuTemplate(options: MenuOptions): Item[] {
  const { isMac, isDev, send } = options;
  return [
    ...(isMac ? [appMenu(send)] : []),
    fileMenu(options),
    editMenu(send),
    viewMenu(isDev),
    goMenu(send),
    { role: 'windowMenu' },
    { role: 'help', submenu: [{ role: 'about' }] },
  ];
}

/** Installs the application menu; commands go to the focused window (or the only one, if none has focus). */
export function installApplicationMenu(isMac: boolean, isDev: boolean): void {
  const send = (event: HostEvent): void => {
    sendHostEvent(BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0], event);
  };
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate({ isMac, isDev, send })));
}
