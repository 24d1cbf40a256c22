import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';
import { denyAllPermissions } from './hardening';
import { APP_ENTRY_URL } from './origin';

/**
 * The main window. The renderer holds decrypted clinical records, so it runs with no Node, in Chromium's sandbox,
 * isolated from the preload, and talks to main only through the narrow preload API.
 */

export interface MainWindowOptions {
  /** Absolute path of the bundled preload (out/preload/index.cjs). */
  readonly preloadPath: string;
  /** Dev server URL in development; undefined loads the packaged renderer from app://waypoint. */
  readonly devServerUrl: string | undefined;
}

/** The BrowserWindow options with every security setting; pure so a test can assert each flag. */
export function buildWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    title: 'Waypoint',
    // Shown on ready-to-show so the user never sees a blank white frame.
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: true,
    },
  };
}

/** The URL the window loads: the dev server in development, else the packaged app entry. */
export function entryUrl(devServerUrl: string | undefined): string {
  return devServerUrl ?? APP_ENTRY_URL;
}

/** Creates the main window, denies its session every permission (but clipboard writes), and loads the renderer. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow(buildWindowOptions(options.preloadPath));
  denyAllPermissions(window.webContents.session, options.devServerUrl);
  window.once('ready-to-show', () => {
    window.show();
  });
  window.loadURL(entryUrl(options.devServerUrl)).catch((error: unknown) => {
    // Nothing to show the user yet; the log is what a support person will read.
    console.error('Waypoint: could not load the app page', error);
  });
  return window;
}
