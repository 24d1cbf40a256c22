import { expect, test } from './fixtures';
import { SyncScreens } from './pages/sync-pages';
import { LockScreen, SetupScreen } from './pages/vault-pages';
import { SERVER_ADMIN, startClinicServer, type ClinicServer } from './server-fixture';

/** Issue 18 from an attacker's seat: what a stolen laptop's browser profile and an idle, syncing laptop give away. */

let server: ClinicServer;

test.beforeAll(async ({ baseURL }) => {
  server = await startClinicServer(new URL(baseURL ?? 'http://127.0.0.1:4173').origin);
});

test.afterAll(async () => {
  await server.stop();
});

test('auto-lock at one minute fires on time while sync runs', async ({ page }) => {
  test.setTimeout(180_000);
  const sync = new SyncScreens(page);
  await new SetupScreen(page).openNewClinic();
  await sync.openSettings();
  await sync.connect({ url: server.url, clinicId: 'idle', admin: SERVER_ADMIN });
  await expect(sync.status()).toContainText('Up to date', { timeout: 20_000 });
  await page.getByLabel('Lock after this many idle minutes').fill('1');
  await page.getByRole('button', { name: 'Save auto-lock' }).click();
  // The click above is the last user input; RxDB's replications now dispatch synthetic mousemoves every 20 s.
  const lastInput = Date.now();
  await expect(page.getByRole('button', { name: 'Save auto-lock' })).toBeDisabled();
  await expect(new LockScreen(page).heading()).toBeVisible({ timeout: 75_000 });
  const lockedAfterMs = Date.now() - lastInput;
  expect(lockedAfterMs).toBeGreaterThanOrEqual(59_000);
  expect(lockedAfterMs).toBeLessThan(75_000);
  await expect(page.getByText('Waypoint locked itself after a period without activity.')).toBeVisible();
});

