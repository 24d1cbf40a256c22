import type { HostApi } from '../../shared/host';
import { createBrowserHost } from './browser';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in a plain browser. */
    readonly waypoint?: HostApi;
  }
}

let host: HostApi | undefined;

/** The host the renderer runs in: Electron's preload API when present, else the browser host. The only reader of window.waypoint. */
export function getHost(): HostApi {
  host ??= window.waypoint ?? createBrowserHost();
  return host;
}
