import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.WAYPOINT_E2E_PORT ?? 4173);

// Chromium comes from the system (Debian's package), never from `npx playwright install`.
export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  // Playwright empties its output folder at start: its own subfolder, so the sync traces and suite reports kept
  // beside it in test-results/ survive an e2e run.
  outputDir: 'test-results/e2e',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  // Two spec files at a time (each file's tests in order, each with its own server and browser profiles): most of an
  // e2e test's time is spent waiting on what the app shows (sync rounds, debounces, a minute of idleness), not on CPU.
  fullyParallel: false,
  workers: Number(process.env.WAYPOINT_E2E_WORKERS ?? 2),
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `npx vite preview --config vite.web.config.ts --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
