import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import pkg from './package.json' with { type: 'json' };

// The browser host: the same renderer, served on localhost, for `npm run start:web` and the e2e tests.
export default defineConfig({
  root: resolve(import.meta.dirname, 'renderer'),
  plugins: [react()],
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  build: { outDir: resolve(import.meta.dirname, process.env.WAYPOINT_WEB_OUT ?? 'dist-web'), emptyOutDir: true, chunkSizeWarningLimit: 4000 },
});
