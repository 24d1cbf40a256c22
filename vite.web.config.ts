import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import pkg from './package.json' with { type: 'json' };
import { CONTENT_SECURITY_POLICY } from './shared/csp.ts';

// The browser host's Content-Security-Policy (issue 18, item 8) is the Electron shell's (shared/csp.ts): a meta tag
// in the built page, and the preview server's header, which also sets frame-ancestors (a meta tag cannot).
// In the built page only: the dev server's React refresh preamble is an inline script, which the policy refuses.
const contentSecurityPolicy: Plugin = {
  name: 'waypoint-csp',
  apply: 'build',
  transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
};

// The browser host: the same renderer, served on localhost, for `npm run start:web` and the e2e tests.
export default defineConfig({
  root: resolve(import.meta.dirname, 'renderer'),
  plugins: [react(), contentSecurityPolicy],
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true, headers: { 'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'` } },
  build: { outDir: resolve(import.meta.dirname, process.env.WAYPOINT_WEB_OUT ?? 'dist-web'), emptyOutDir: true, chunkSizeWarningLimit: 4000 },
});
