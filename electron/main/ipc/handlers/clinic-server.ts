import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, type MessageBoxOptions } from 'electron';
import type { ClinicServerPermission } from '../../../../shared/host';
import { insecureServerProblem } from '../../../../shared/sync/server-url';

/**
 * The one clinic server the window may connect to (issue 18 item 8). The Electron CSP's connect-src is the app plus
 * this origin (content-security.ts, protocol.ts). Main holds it in a small file under userData; the renderer can only
 * ask for it from the connect and join forms, and main asks the user in a native dialog before storing it, so a
 * compromised page cannot widen its own CSP unseen. A stored change takes effect through a reload: a loaded page
 * keeps the policy it was loaded with.
 */

export interface ClinicServerDeps {
  /** Asks the user in a native dialog whether Waypoint may connect to `origin`. */
  readonly confirm: (origin: string) => Promise<boolean>;
  readonly readText: (path: string) => Promise<string>;
  readonly writeText: (path: string, content: string) => Promise<void>;
  /** Where main remembers the origin (a JSON file under userData). */
  readonly settingsPath: () => string;
  /** Reloads the app window so the new policy applies (after the answer has been sent). */
  readonly reload: () => void;
}

/** The origin of a clinic server address main accepts (https, or http to this computer only), else undefined. */
export function serverOriginOf(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return insecureServerProblem(parsed.protocol, parsed.hostname) === null ? parsed.origin : undefined;
  } catch {
    return undefined;
  }
}

export interface ClinicServerStore {
  /** The confirmed origin, or null: read by every response's CSP, so it is synchronous. */
  readonly origin: () => string | null;
  /** Reads the remembered origin (before the window opens); an unreadable or invalid file means none. */
  readonly load: () => Promise<void>;
  /** HostApi.allowClinicServer: allowed as it stands, or asked, stored and reloaded, or refused by the user. */
  readonly allow: (url: string) => Promise<ClinicServerPermission>;
}

function storedOrigin(text: string): string | null {
  const parsed: unknown = JSON.parse(text);
  if (typeof parsed !== 'object' || parsed === null || !('origin' in parsed) || typeof parsed.origin !== 'string') return null;
  // Only a value that is its own origin passes, so nothing but scheme://host:port ever reaches the policy.
  return serverOriginOf(parsed.origin) === parsed.origin ? parsed.origin : null;
}

export function createClinicServerStore(deps: ClinicServerDeps): ClinicServerStore {
  let current: string | null = null;
  return {
    origin: () => current,
    load: async () => {
      try {
        current = storedOrigin(await deps.readText(deps.settingsPath()));
      } catch {
        current = null;
      }
    },
    allow: async (url) => {
      const origin = serverOriginOf(url);
      if (origin === undefined) throw new Error('Waypoint connects only to an https:// server address (or http:// on this computer).');
      if (origin === current) return { status: 'allowed' };
      if (!(await deps.confirm(origin))) return { status: 'refused', origin };
      await deps.writeText(deps.settingsPath(), JSON.stringify({ origin }));
      current = origin;
      deps.reload();
      return { status: 'reloading', origin };
    },
  };
}

/** The native question; Cancel is the default and what Escape answers. */
export function confirmOptions(origin: string): MessageBoxOptions {
  return {
    type: 'question',
    buttons: ['Allow', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    title: 'Clinic server',
    message: `Allow Waypoint to connect to ${origin}?`,
    detail:
      'Waypoint will send this clinic’s sealed records to this server and to no other. Allow it only if it is the clinic server address your clinic gave you. Waypoint reloads to apply it: sign in and connect again.',
  };
}

/** The store over Electron: the dialog on the focused window, the file under userData, a reload of `reloadWindow`. */
export function electronClinicServerStore(reloadWindow: () => void): ClinicServerStore {
  return createClinicServerStore({
    confirm: async (origin) => {
      const parent = BrowserWindow.getFocusedWindow();
      const options = confirmOptions(origin);
      const result = parent ? await dialog.showMessageBox(parent, options) : await dialog.showMessageBox(options);
      return result.response === 0;
    },
    readText: (path) => readFile(path, { encoding: 'utf8' }),
    writeText: (path, content) => writeFile(path, content, { encoding: 'utf8' }),
    settingsPath: () => join(app.getPath('userData'), 'clinic-server.json'),
    // After the IPC answer has left: the renderer reads it, then the page reloads under the new policy.
    reload: () => {
      setTimeout(reloadWindow, 50);
    },
  });
}
