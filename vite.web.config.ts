import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import pkg from './package.json' with { type: 'json' };

/**
 * The browser host's Content-Security-Policy (issue 18, item 8): the Electron shell's policy, minus what a page
 * cannot set from a meta tag. Scripts only from the app's own origin (WebAssembly for Argon2id), no plugins, no
 * frames, no form posts; connections only to the app, an https clinic server or a loopback development server.
 */
export const WEB_HOST_CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' https: http://127.0.0.1:* http://localhost:*",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

// In the built page only: the dev server's React refresh preamble is an inline script, which the policy refuses.
const contentSecurityPolicy: Plugin = {
  name: 'waypoint-csp',
  apply: 'build',
  transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: WEB_HOST_CSP }, injectTo: 'head-prepend' }],
};

// The browser host: the same renderer, served on localhost, for `npm run start:web` and the e2e tests.
export default defineConfig({
  root: resolve(import.meta.dirname, 'renderer'),
  plugins: [react(), contentSecurityPolicy],
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true, headers: { 'Content-Security-Policy': `${WEB_HOST_CSP}; frame-ancestors 'none'` } },
  build: { outDir: resolve(import.meta.dirname, process.env.WAYPOINT_WEB_OUT ?? 'dist-web'), emptyOutDir: true, chunkSizeWarningLimit: 4000 },
});
