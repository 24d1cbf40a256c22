/**
 * Where the app's own pages come from. The packaged renderer is served from `app://waypoint/`; in development
 * electron-vite serves it from a local dev server whose URL it puts in ELECTRON_RENDERER_URL.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'waypoint';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

function parseUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/**
 * True when `url` belongs to the app: `app://waypoint/...`, or the dev server's origin when one is given.
 * Compares scheme and host rather than `origin`, because WHATWG URL reports origin "null" for custom schemes.
 */
export function isAppUrl(url: string, devServerUrl?: string): boolean {
  const parsed = parseUrl(url);
  if (!parsed) return false;
  if (parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST) return true;
  if (!devServerUrl) return false;
  const dev = parseUrl(devServerUrl);
  return dev !== undefined && dev.origin !== 'null' && parsed.origin === dev.origin;
}

/** The dev server URL electron-vite sets in development; undefined in a packaged app. */
export function devServerUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const url = env['ELECTRON_RENDERER_URL'];
  return url !== undefined && url !== '' ? url : undefined;
}
