import { isAppUrl } from './origin';

/**
 * Guards every webContents: no navigation away from the app, no new windows and no outside links opened, no webviews,
 * no permissions (but clipboard writes from our page).
 * A clinic app never needs the camera, notifications or geolocation, and any page that is not ours must not run
 * with our preload, so everything that could load or grant something is refused here.
 */

export interface HardeningOptions {
  /** Dev server URL in development, so hot reload can navigate; undefined when packaged. */
  readonly devServerUrl: string | undefined;
}

/** A navigation or redirect about to happen (Electron's will-navigate / will-redirect event). */
export interface NavigationEvent {
  readonly url: string;
  preventDefault(): void;
}

/** The parts of a WebContents we guard; structural so tests need no Electron. WebContents satisfies it. */
export interface GuardedContents {
  on(event: 'will-navigate' | 'will-redirect', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown;
  setWindowOpenHandler(handler: (details: { readonly url: string }) => { action: 'deny' }): void;
}

/** The permission hooks of a Session; Session satisfies it. */
export interface PermissionGate {
  setPermissionRequestHandler(
    handler: (contents: unknown, permission: string, callback: (granted: boolean) => void, details: { readonly requestingUrl: string }) => void,
  ): void;
  setPermissionCheckHandler(handler: (contents: unknown, permission: string, requestingOrigin: string) => boolean): void;
  setDevicePermissionHandler(handler: () => boolean): void;
}

/** Installs navigation, redirect, window-open and webview guards on one webContents. */
export function hardenWebContents(contents: GuardedContents, options: HardeningOptions): void {
  const blockForeign = (event: NavigationEvent): void => {
    if (!isAppUrl(event.url, options.devServerUrl)) event.preventDefault();
  };
  contents.on('will-navigate', blockForeign);
  contents.on('will-redirect', blockForeign);
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  // No page of ours opens a window or an outside link, so nothing is handed to the system browser either
  // (shell.openExternal is not used: a renderer that could call it with any URL could launch any handler).
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/**
 * Whether to grant one permission. Everything is refused except writing text to the clipboard from our own page:
 * Chromium gates navigator.clipboard.writeText behind 'clipboard-sanitized-write', and the recovery-key screen's
 * Copy button needs it. Reading the clipboard stays denied.
 */
export function isPermissionGranted(permission: string, requestingUrl: string, devServerUrl: string | undefined): boolean {
  return permission === 'clipboard-sanitized-write' && isAppUrl(requestingUrl, devServerUrl);
}

/** Refuses every permission request and check (camera, microphone, notifications, geolocation, …) but the above. */
export function denyAllPermissions(session: PermissionGate, devServerUrl: string | undefined): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionGranted(permission, details.requestingUrl, devServerUrl));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => isPermissionGranted(permission, requestingOrigin, devServerUrl));
  session.setDevicePermissionHandler(() => false);
}
