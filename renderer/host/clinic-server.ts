import type { HostApi } from '../../shared/host';
import { getHost } from './index';

/**
 * Before the connect or join form talks to a clinic server: the Electron host asks the user in a native dialog to
 * allow its origin and reloads the window under the widened CSP (issue 18 item 8); the browser host allows at once.
 * Resolves only when the server may be reached now; otherwise rejects with words for the form.
 */
export async function allowClinicServer(url: string, host: HostApi = getHost()): Promise<void> {
  const answer = await host.allowClinicServer(url.trim());
  if (answer.status === 'allowed') return;
  if (answer.status === 'refused') throw new Error(`Waypoint was not allowed to connect to ${answer.origin}. Check the server address, then try again.`);
  throw new Error(`Waypoint now allows ${answer.origin} and reloads to apply it. Sign in and enter the details again.`);
}
