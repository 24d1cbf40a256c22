import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { seriousA11yViolations } from './a11y';
import { ClientScreens } from './pages/client-pages';
import { SyncScreens } from './pages/sync-pages';
import { ADMIN, SetupScreen } from './pages/vault-pages';
import { openLaptop, SERVER_ADMIN, startClinicServer, type ClinicServer } from './server-fixture';

/**
 * Two laptops, one PouchDB Server. Laptop B joins with an enrollment code (the real path, no shortcut). Words typed
 * here are checked against a raw dump of every server database at the end: none may appear in clear.
 */

const TESS = { name: 'Tess Therapist', username: 'tess', password: 'tess server phrase', passphrase: 'tess keeps her own phrase' };
const MARLOW = { firstName: 'Marlow', lastName: 'Offlinecreated', dateOfBirth: '1991-04-05', admissionDate: '2026-11-20' };
const WREN = { firstName: 'Wren', lastName: 'Queuedwhiledown', dateOfBirth: '1987-06-07', admissionDate: '2026-11-21' };
const TYPED = ['Marlow', 'Offlinecreated', 'Wren', 'Queuedwhiledown', 'Alphaversion', 'Betaversion', 'Tess Therapist'];


async function addStaff(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Staff', exact: true }).click();
  await page.getByRole('button', { name: 'Add staff member' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Name', { exact: true }).fill(TESS.name);
  await dialog.getByLabel('Role').click();
  await page.getByRole('option', { name: 'Therapist' }).click();
  await dialog.getByRole('textbox', { name: 'Passphrase', exact: true }).fill(TESS.passphrase);
  await dialog.getByLabel('Confirm passphrase').fill(TESS.passphrase);
  await dialog.getByRole('button', { name: /add/i }).click();
  await expect(page.getByRole('cell', { name: TESS.name })).toBeVisible();
}

async function editPreferredName(page: Page, lastName: string, value: string): Promise<void> {
  await new ClientScreens(page).openList();
  await page.getByRole('link', { name: new RegExp(lastName) }).click();
  await page.getByRole('link', { name: 'Edit', exact: true }).click();
  await page.getByLabel('Preferred name').fill(value);
  await page.getByRole('button', { name: 'Save client' }).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(lastName) })).toBeVisible();
}

let server: ClinicServer;

test.beforeAll(async ({ baseURL }) => {
  server = await startClinicServer(new URL(baseURL ?? 'http://127.0.0.1:4173').origin);
});

test.afterAll(async () => {
  await server.stop();
});

test('two laptops sync through the clinic server: offline work, conflicts merged, server restarts, nothing readable on the server', async ({ page: a, context: contextA, baseURL }) => {
  test.setTimeout(240_000);
  const syncA = new SyncScreens(a);
  await a.goto('/');
  const setup = new SetupScreen(a);
  await setup.confirmRecoveryKey(await setup.createClinic());
  await expect(syncA.status()).toHaveText('Not syncing');
  await addStaff(a);
  await syncA.openSettings();
  await syncA.connect({ url: server.url, clinicId: 'harbor', admin: SERVER_ADMIN });
  await expect(syncA.status()).toContainText('Up to date', { timeout: 20_000 });
  expect(await seriousA11yViolations(a)).toEqual([]);
  const code = await syncA.enroll({ staffName: TESS.name, username: TESS.username, password: TESS.password, admin: SERVER_ADMIN });

  const laptopB = await openLaptop(baseURL ?? '');
  try {
    const b = laptopB.context.pages()[0] ?? (await laptopB.context.newPage());
    const syncB = new SyncScreens(b);
    await b.goto('/');
    await syncB.join({ url: server.url, username: TESS.username, password: TESS.password, code, passphrase: TESS.passphrase });
    await expect(b.getByRole('banner')).toContainText(TESS.name, { timeout: 60_000 });
    await expect(syncB.status()).toContainText('Up to date', { timeout: 20_000 });

    await test.step('laptop A works offline; laptop B sees the new client within 5 s of A going online', async () => {
      await contextA.setOffline(true);
      const clientsA = new ClientScreens(a);
      await clientsA.openList();
      await clientsA.createClient(MARLOW);
      await clientsA.openList();
      await expect(clientsA.rowFor(MARLOW.lastName).getByText('Not synced')).toBeVisible();
      await expect(syncA.status()).toContainText('Offline', { timeout: 20_000 });
      const clientsB = new ClientScreens(b);
      await clientsB.openList();
      await contextA.setOffline(false);
      await expect(clientsB.rowFor(MARLOW.lastName)).toBeVisible({ timeout: 5_000 });
      await expect(clientsA.rowFor(MARLOW.lastName).getByText('Not synced')).toBeHidden();
    });

    await test.step('both edit the same record offline; both texts survive and are merged', async () => {
      await contextA.setOffline(true);
      await laptopB.context.setOffline(true);
      await editPreferredName(a, MARLOW.lastName, 'Alphaversion');
      await editPreferredName(b, MARLOW.lastName, 'Betaversion');
      await contextA.setOffline(false);
      await laptopB.context.setOffline(false);
      await syncA.openConflicts();
      const conflict = a.getByRole('region', { name: /Conflict: Client record/ });
      await expect(conflict).toBeVisible({ timeout: 20_000 });
      await expect(conflict).toContainText('Alphaversion');
      await expect(conflict).toContainText('Betaversion');
      expect(await seriousA11yViolations(a)).toEqual([]);
      await conflict.getByRole('button', { name: 'Merge…' }).click();
      const merged = conflict.getByLabel('Merged preferredName');
      await expect(merged).toHaveValue(/Alphaversion|Betaversion/);
      await merged.fill('Alphaversion and Betaversion');
      await conflict.getByRole('button', { name: 'Save merged version' }).click();
      await expect(a.getByText('No open conflicts.')).toBeVisible();
      await new ClientScreens(b).openList();
      await b.getByRole('link', { name: new RegExp(MARLOW.lastName) }).click();
      await expect(b.getByText('Alphaversion and Betaversion').first()).toBeVisible({ timeout: 10_000 });
    });

    await test.step('the server stops mid-sync; the queue flushes after it restarts', async () => {
      await server.halt();
      const clientsA = new ClientScreens(a);
      await clientsA.openList();
      await clientsA.createClient(WREN);
      await expect(syncA.status()).toContainText(/Offline|Sync error/, { timeout: 30_000 });
      await server.restart();
      await a.getByRole('button', { name: 'Retry sync' }).click();
      await expect(syncA.status()).toContainText('Up to date', { timeout: 30_000 });
      const clientsB = new ClientScreens(b);
      await clientsB.openList();
      await expect(clientsB.rowFor(WREN.lastName)).toBeVisible({ timeout: 15_000 });
      await expect(clientsB.rowFor(MARLOW.lastName)).toBeVisible();
    });
  } finally {
    await laptopB.close();
  }

  const dump = await server.rawDump();
  expect(dump).toContain('"e2ee":"w1.');
  for (const word of [...TYPED, ADMIN.clinic, ADMIN.name]) expect(dump, `"${word}" on the server`).not.toContain(word);
});
