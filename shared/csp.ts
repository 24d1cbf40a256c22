/**
 * Waypoint's Content-Security-Policy. The browser host puts CONTENT_SECURITY_POLICY in the built page and its
 * preview server's header (vite.web.config.ts): a page has no main process to learn the clinic server from, so its
 * connect-src allows https for the clinic's CouchDB server and loopback http for the development server. The
 * Electron shell sends electronContentSecurityPolicy(origin) (electron/main/content-security.ts, protocol.ts):
 * connect-src is the app itself plus the one clinic server origin the user confirmed in main's native dialog
 * (electron/main/clinic-server.ts), so a script slipped into the page cannot send to any other host.
 * 'wasm-unsafe-eval' is there only so Argon2id (hash-wasm, WebAssembly) can compile; it does not allow JavaScript
 * eval. No plugins, no frames, no form posts, no base URL.
 */
const directives = (connectSrc: string): readonly string[] => [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  `connect-src ${connectSrc}`,
  "object-src 'none'",
  "base-uri 'none'",
  "frame-src 'none'",
  "form-action 'none'",
];

/** The browser host's policy. */
export const CONTENT_SECURITY_POLICY = directives("'self' https: http://127.0.0.1:* http://localhost:*").join('; ');

/** The policy of a connect-src that names no clinic server (Electron before one is confirmed). */
export const ELECTRON_BASE_POLICY = directives("'self'").join('; ');

/**
 * The Electron policy: ELECTRON_BASE_POLICY with the clinic server's origin added to connect-src. `serverOrigin`
 * must be what `URL.origin` gives (main checks it: clinic-server.ts), so it carries no space or `;`.
 */
export function electronContentSecurityPolicy(serverOrigin: string | null): string {
  return serverOrigin === null ? ELECTRON_BASE_POLICY : directives(`'self' ${serverOrigin}`).join('; ');
}
