import type { HostApi } from '../../shared/host';
import { getHost } from './index';

/** Where the allowed address waits out the reload: this window's sessionStorage (gone with the window). */
export type AddressStorage = Pick<Storage, 'getItem' | 'setItem'>;

const ALLOWED_URL_KEY = 'waypoint:allowed-server-url';

const sessionStore = (): AddressStorage | undefined => (typeof sessionStorage === 'undefined' ? undefined : sessionStorage);

/** The server address allowed just before the window reloaded, to fill the connect or join form again; else null. */
export function allowedServerUrl(storage: AddressStorage | undefined = sessionStore()): string | null {
  return storage?.getItem(ALLOWED_URL_KEY) ?? null;
}

/**
 * Before the connect or join form talks to a clinic server: the Electron host asks the user in a native dialog to
 * allow its origin and reloads the window under the widened CSP (issue 18 item 8); the browser host allows at once.
 * Resolves only when the server may be reached now; otherwise rejects with words for the form.
 */
export async function allowClinicServer(url: string, host: HostApi = getHost(), storage: AddressStorage | undefined = sessionStore()): Promise<void> {
  const answer = await host.allowClinicServer(url.trim());
  if (answer.status === 'allowed') return;
  // The reload empties the form: the address comes back in it (allowedServerUrl); the secrets are typed again.
  if (answer.status === 'reloading') storage?.setItem(ALLOWED_URL_KEY, url.trim());
  if (answer.status === 'refused') throw new Error(`Waypoint was not allowed to connect to ${answer.origin}. Check the server address, then try again.`);
  throw new Error(`Waypoint now allows ${answer.origin} and reloads to apply it. Sign in and enter the details again.`);
}
