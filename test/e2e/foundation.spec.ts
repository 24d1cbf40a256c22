import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { seriousA11yViolations } from './a11y';
import { dumpIndexedDb } from './idb-dump';
import { ClientScreens } from './pages/client-pages';
import { ADMIN, LockScreen, SetupScreen } from './pages/vault-pages';

const QUINCY = { firstName: 'Quincy', lastName: 'Testperson', dateOfBirth: '1990-04-12', admissionDate: '2026-11-02' };

async function setUpClinic(page: Page): Promise<string> {
  await page.goto('/');
  const setup = new SetupScreen(page);
  const key = await setup.createClinic();
  await setup.confirmRecoveryKey(key);
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  return key;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

test('first run → client → lock → wrong passphrase refused → unlock → client survives a reload', async ({ page }) => {
  await setUpClinic(page);
  const clients = new ClientScreens(page);
  await clients.openList();
  await clients.insertClient(QUINCY);
  await clients.openList();
  await expect(clients.rowFor('Testperson')).toBeVisible();

  await page.getByRole('button', { name: 'Lock' }).click();
  const lock = new LockScreen(page);
  await expect(lock.heading()).toBeVisible();
  // Nothing about a client may remain on the lock screen, not even a toast.
  await expect(page.getByText('Testperson')).toHaveCount(0);
  await lock.unlock('not the passphrase at all');
  await expect(page.getByRole('alert', { name: 'Not unlocked' })).toContainText('That passphrase is not right');
  await expect(lock.heading()).toBeVisible();

  await page.reload();
  await expect(lock.heading()).toBeVisible();
  await lock.unlock(ADMIN.passphrase);
  await clients.openList();
  await expect(clients.rowFor('Testperson')).toBeVisible();

  await page.getByRole('link', { name: 'Audit log' }).click();
  await expect(page.getByRole('cell', { name: 'Failed unlock' })).toBeVisible();
});

test('a second wrong passphrase makes the user wait before trying again', async ({ page }) => {
  await setUpClinic(page);
  await page.getByRole('button', { name: 'Lock' }).click();
  const lock = new LockScreen(page);
  await lock.unlock('wrong passphrase one');
  await expect(page.getByRole('alert', { name: 'Not unlocked' })).toContainText('not right');
  await lock.unlock('wrong passphrase two');
  await expect(page.getByRole('alert', { name: 'Not unlocked' })).toContainText(/Wait \d+ seconds?/);
  await expect(page.getByRole('button', { name: /Unlock \(wait/ })).toBeDisabled();
});

test('the recovery key unlocks and sets a new passphrase', async ({ page }) => {
  const key = await setUpClinic(page);
  await page.getByRole('button', { name: 'Lock' }).click();
  const lock = new LockScreen(page);
  await lock.recover(key, 'a brand new long passphrase');
  // This laptop holds the clinic's trust root (its admin set the clinic up here): the reset says what it replaces first.
  const warning = page.getByRole('dialog', { name: 'This laptop holds the clinic’s signing root' });
  await expect(warning).toContainText('If you can remember your passphrase, cancel and unlock with it');
  expect(await seriousA11yViolations(page)).toEqual([]);
  await warning.getByRole('button', { name: 'Reset and make a new key' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();

  await page.getByRole('button', { name: 'Lock' }).click();
  await lock.unlock('a brand new long passphrase');
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
});

test('Ctrl+L and an OS lock both lock the vault', async ({ page }) => {
  await setUpClinic(page);
  await page.keyboard.press('Control+l');
  const lock = new LockScreen(page);
  await expect(lock.heading()).toBeVisible();
  await lock.unlock(ADMIN.passphrase);
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await page.evaluate(() => window.dispatchEvent(new CustomEvent('waypoint:host-event', { detail: { type: 'lock', reason: 'os-lock' } })));
  await expect(lock.heading()).toBeVisible();
  await expect(page.getByText('Waypoint locked because the computer was locked.')).toBeVisible();
});

test('stored data holds no client name or note text, in IndexedDB or in the profile files', async ({ page, context, profileDir }) => {
  await setUpClinic(page);
  const clients = new ClientScreens(page);
  await clients.openList();
  await clients.insertClient(QUINCY);
  await page.getByRole('button', { name: 'Discharge' }).click();
  const note = 'Zebrafinch discharge narrative about family';
  await page.getByLabel('Discharge note').fill(note);
  await page.getByRole('combobox', { name: 'Discharge reason' }).click();
  await page.getByRole('option', { name: 'Completed program' }).click();
  await page.getByRole('button', { name: 'Discharge client' }).click();
  await page.getByRole('tab', { name: 'Details' }).click();
  await expect(page.getByText('Zebrafinch')).toBeVisible();

  const dump = await dumpIndexedDb(page);
  expect(dump.length).toBeGreaterThan(1000);
  for (const secret of ['Quincy', 'Testperson', 'Zebrafinch']) expect(dump).not.toContain(secret);

  await context.close();
  for (const file of filesUnder(join(profileDir, 'Default', 'IndexedDB'))) {
    const bytes = readFileSync(file);
    for (const secret of ['Quincy', 'Testperson', 'Zebrafinch']) {
      expect(bytes.includes(Buffer.from(secret, 'latin1')), `${secret} in ${file}`).toBe(false);
      expect(bytes.includes(Buffer.from(secret, 'utf16le')), `${secret} (UTF-16) in ${file}`).toBe(false);
    }
  }
});

test('setup, recovery key, lock, client list and client form have no serious accessibility findings', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Set up Waypoint' })).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);
  const setup = new SetupScreen(page);
  const key = await setup.createClinic();
  expect(await seriousA11yViolations(page)).toEqual([]);
  await setup.confirmRecoveryKey(key);
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  const clients = new ClientScreens(page);
  await clients.openList();
  await clients.insertClient(QUINCY);
  await clients.openList();
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'New client' }).click();
  await expect(page.getByLabel('First name')).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Save client' }).click();
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Lock' }).click();
  await expect(new LockScreen(page).heading()).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);
});
