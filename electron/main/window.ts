import { BrowserWindow } from 'electron';
import { sendContentSecurityPolicy, type ServerOrigin } from './content-security';
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
  /** The clinic server origin main holds, added to the CSP's connect-src (ipc/handlers/clinic-server.ts). */
  readonly serverOrigin: ServerOrigin;
}

/** The URL the window loads: the dev server in development, else the packaged app entry. */
export function entryUrl(devServerUrl: string | undefined): string {
  return devServerUrl ?? APP_ENTRY_URL;
}

/**
 * Creates the main window with every security setting, denies its session every permission (but clipboard writes),
 * and loads the renderer. The options are a literal at the constructor so that electronegativity (`npm run lint`)
 * reads each flag; the unit test asserts them through a mocked BrowserWindow.
 */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    title: 'Waypoint',
    // Shown on ready-to-show so the user never sees a blank white frame.
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      // The one preload: a contextBridge API of a few named calls (electron/preload). PRELOAD_JS_CHECK flags every
      // preload for review whatever it exposes; reviewed in docs/security.md ("Electron scanner").
      preload: options.preloadPath, // eng-disable PRELOAD_JS_CHECK
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
      // A middle click must not open a link in a new window (new windows are refused anyway).
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true,
    },
  });
  denyAllPermissions(window.webContents.session, options.devServerUrl);
  sendContentSecurityPolicy(window.webContents.session.webRequest, options.serverOrigin);
  window.once('ready-to-show', () => {
    window.show();
  });
  window.loadURL(entryUrl(options.devServerUrl)).catch((error: unknown) => {
    // Nothing to show the user yet; the log is what a support person will read.
    console.error('Waypoint: could not load the app page', error);
  });
  return window;
}
