import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const repo = resolve(import.meta.dirname, '..', '..');

// The benchmark page: a separate entry that imports the renderer's database code, built into an ignored cache
// folder so a bench run never touches dist-web/ or the tree other engineers work in.
export default defineConfig({
  root: resolve(repo, 'scripts', 'bench', 'page'),
  // The renderer's db index re-exports a React provider; the plugin compiles its JSX like the app build does.
  plugins: [react()],
  define: { __APP_VERSION__: JSON.stringify('bench') },
  logLevel: 'warn',
  build: {
    outDir: resolve(repo, 'node_modules', '.cache', 'waypoint-bench', 'page'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    // Readable stack traces when a measurement throws; size does not matter here.
    minify: false,
  },
});
