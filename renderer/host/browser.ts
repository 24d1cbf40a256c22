import { z } from 'zod';
import { MENU_COMMANDS, saveFileRequestSchema, type HostApi, type HostEvent, type MenuCommand } from '../../shared/host';

/**
 * The browser host: the HostApi with web APIs, for `npm run start:web` and the e2e tests. Menu shortcuts become
 * keydown listeners with the same accelerators as Electron's menu; OS events (lock, suspend) can be simulated by
 * dispatching a `waypoint:host-event` CustomEvent on window, which the e2e tests use.
 */

export const HOST_EVENT_NAME = 'waypoint:host-event';

const hostEventSchema = z.union([
  z.object({ type: z.literal('lock'), reason: z.enum(['menu', 'os-lock', 'suspend']) }),
  z.object({ type: z.literal('menu'), command: z.enum(MENU_COMMANDS) }),
]);

/** Keyboard shortcuts (with Ctrl, or Cmd on macOS) mirroring the Electron menu's accelerators. */
export const SHORTCUTS: Readonly<Record<string, MenuCommand>> = {
  l: 'lock',
  n: 'new-client',
  ',': 'go-settings',
  '1': 'go-clients',
  '2': 'go-staff',
};

function shortcutCommand(event: KeyboardEvent): MenuCommand | undefined {
  const mod = event.ctrlKey || event.metaKey;
  if (!mod || event.altKey || event.shiftKey) return undefined;
  return SHORTCUTS[event.key.toLowerCase()];
}

function bytesOfBase64(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function download(name: string, content: string | Uint8Array<ArrayBuffer>, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: mimeType }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = name;
  anchor.click();
  // Revoke later: some browsers start the download asynchronously after click().
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 10_000);
}

/** Creates the browser implementation of the host contract. */
export function createBrowserHost(target: Window = window): HostApi {
  return {
    getAppInfo: () => Promise.resolve({ name: 'Waypoint', version: __APP_VERSION__, host: 'browser', platform: navigator.userAgent }),
    saveFile: (request) => {
      const valid = saveFileRequestSchema.parse(request);
      download(valid.suggestedName, valid.encoding === 'base64' ? bytesOfBase64(valid.content) : valid.content, valid.mimeType);
      return Promise.resolve({ status: 'saved', path: valid.suggestedName });
    },
    // A browser cannot write to a folder unasked: scheduled backups offer a download instead (features/backup).
    chooseBackupFolder: () => Promise.resolve({ status: 'unsupported' }),
    getBackupFolder: () => Promise.resolve(null),
    writeBackup: () => Promise.reject(new Error('This browser cannot write backups to a folder: use the Backup due notice to download the backup.')),
    // The page's own CSP already names the servers it may reach; there is no main process to ask.
    allowClinicServer: () => Promise.resolve({ status: 'allowed' }),
    onHostEvent: (listener: (event: HostEvent) => void) => {
      const onCustom = (event: Event) => {
        if (!(event instanceof CustomEvent)) return;
        const parsed = hostEventSchema.safeParse(event.detail);
        if (parsed.success) listener(parsed.data);
      };
      const onKey = (event: KeyboardEvent) => {
        const command = shortcutCommand(event);
        if (!command) return;
        event.preventDefault();
        listener(command === 'lock' ? { type: 'lock', reason: 'menu' } : { type: 'menu', command });
      };
      target.addEventListener(HOST_EVENT_NAME, onCustom);
      target.addEventListener('keydown', onKey);
      return () => {
        target.removeEventListener(HOST_EVENT_NAME, onCustom);
        target.removeEventListener('keydown', onKey);
      };
    },
  };
}
