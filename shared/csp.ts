/**
 * Waypoint's Content-Security-Policy, one source for both hosts: the Electron shell sends it with every app://
 * response (electron/main/protocol.ts), the browser host puts it in the built page and its preview server's header
 * (vite.web.config.ts). 'wasm-unsafe-eval' is there only so Argon2id (hash-wasm, WebAssembly) can compile; it does
 * not allow JavaScript eval. connect-src allows https for the clinic's CouchDB server and loopback http for the
 * development server (PouchDB Server). No plugins, no frames, no form posts, no base URL.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' https: http://127.0.0.1:* http://localhost:*",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-src 'none'",
  "form-action 'none'",
].join('; ');
