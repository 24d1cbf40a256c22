import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { dumpIndexedDb } from './idb-dump';
import { ClientScreens } from './pages/client-pages';
import { localDayAgo } from './pages/measure-pages';
import { MedicationScreens, sertraline } from './pages/medication-pages';
import { addStaffMember } from './pages/staff-pages';
import { ADMIN, LockScreen, SetupScreen } from './pages/vault-pages';

/** A shared laptop: two staff members take turns on it. */

const TESS = { name: 'Tess Therapist', passphrase: 'tess keeps her own phrase' };
const ROWAN = { firstName: 'Rowan', lastName: 'Example', dateOfBirth: '2001-02-03', admissionDate: '2026-11-20' };

async function clinicWithTess(page: Page): Promise<void> {
  await new SetupScreen(page).openNewClinic();
  await addStaffMember(page, TESS);
}

const whoAreYou = (page: Page) => page.getByRole('combobox', { name: 'Who are you?' });

async function unlockAs(page: Page, name: string, passphrase: string): Promise<void> {
  await whoAreYou(page).click();
  await page.getByRole('option', { name }).click();
  await new LockScreen(page).unlock(passphrase);
  await expect(page.getByRole('banner')).toContainText(name);
}

// The OS locking the computer reaches the app as a host event (the browser host's stand-in for Electron's).
async function osLock(page: Page): Promise<void> {
  await page.evaluate(() => window.dispatchEvent(new CustomEvent('waypoint:host-event', { detail: { type: 'lock', reason: 'os-lock' } })));
  await expect(new LockScreen(page).heading()).toBeVisible();
}

test('another user unlocks to their own home, the same user returns to their page, and the lock screen names the last user', async ({ page }) => {
  await clinicWithTess(page);
  const clients = new ClientScreens(page);
  await clients.openList();
  await clients.insertClient(ROWAN);
  const chart = page.url();

  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await expect(whoAreYou(page)).toHaveValue(ADMIN.name);
  await page.screenshot({ path: '/tmp/laptop-lock-screen.png' });
  await new LockScreen(page).unlock(ADMIN.passphrase);
  await expect(page.getByRole('heading', { level: 1, name: /Example/ })).toBeVisible();
  expect(page.url()).toBe(chart);

  await page.keyboard.press('Control+l');
  await unlockAs(page, TESS.name, TESS.passphrase);
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  expect(page.url()).not.toBe(chart);

  await page.getByRole('link', { name: 'Audit log' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
  await osLock(page);
  await expect(whoAreYou(page)).toHaveValue(TESS.name);
  await unlockAs(page, ADMIN.name, ADMIN.passphrase);
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
});

test('a half-filled client form survives a lock for the same user, sealed, and is gone for another user', async ({ page }) => {
  await clinicWithTess(page);
  const clients = new ClientScreens(page);
  await clients.openList();
  await page.getByRole('button', { name: 'New client' }).click();
  await page.getByLabel('First name').fill('Quillon');
  await page.getByLabel('Last name').fill('Marchbanks');

  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await expect(new LockScreen(page).heading()).toBeVisible();
  expect(await dumpIndexedDb(page)).not.toContain('Marchbanks');
  await new LockScreen(page).unlock(ADMIN.passphrase);
  await expect(page.getByRole('heading', { level: 1, name: 'New client' })).toBeVisible();
  await expect(page.getByLabel('First name')).toHaveValue('Quillon');
  await expect(page.getByLabel('Last name')).toHaveValue('Marchbanks');
  const notice = page.getByRole('status').filter({ hasText: 'Restored what you were typing before Waypoint locked' });
  await expect(notice).toBeVisible();
  await page.screenshot({ path: '/tmp/laptop-restored-form.png' });

  // Locked again (this time by the OS), the restored typing is kept again; another user gets none of it.
  await osLock(page);
  await unlockAs(page, TESS.name, TESS.passphrase);
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await clients.openList();
  expect(await dumpIndexedDb(page)).not.toContain('Quillon');
  await page.getByRole('button', { name: 'New client' }).click();
  await expect(page.getByLabel('First name')).toHaveValue('');
  await expect(notice).toHaveCount(0);

  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await unlockAs(page, ADMIN.name, ADMIN.passphrase);
  await clients.openList();
  await page.getByRole('button', { name: 'New client' }).click();
  await expect(page.getByLabel('Last name')).toHaveValue('');
  await expect(notice).toHaveCount(0);
});

test('restored typing can be discarded', async ({ page }) => {
  await new SetupScreen(page).openNewClinic();
  await page.getByRole('button', { name: 'New client' }).click();
  await page.getByLabel('First name').fill('Quillon');
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await new LockScreen(page).unlock(ADMIN.passphrase);
  await expect(page.getByLabel('First name')).toHaveValue('Quillon');
  await page.getByRole('button', { name: 'Discard restored typing' }).click();
  await expect(page.getByLabel('First name')).toHaveValue('');
  await expect(page.getByRole('status').filter({ hasText: 'Restored what you were typing' })).toHaveCount(0);

  // Discarded means gone: the next lock and unlock bring nothing back.
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await new LockScreen(page).unlock(ADMIN.passphrase);
  await expect(page.getByRole('heading', { level: 1, name: 'New client' })).toBeVisible();
  await expect(page.getByLabel('First name')).toHaveValue('');
});

test('every form that holds typing keeps it across a lock for the same user', async ({ page }) => {
  // Six locks and unlocks, each unlock an Argon2id derivation (64 MiB, 3 passes): sized like the other long flows.
  test.setTimeout(180_000);
  await new SetupScreen(page).openNewClinic();
  await new ClientScreens(page).insertClient(ROWAN);
  const lock = new LockScreen(page);
  // The shortcut: a dialog's overlay covers the Lock button.
  const lockAndUnlock = async () => {
    await page.keyboard.press('Control+l');
    await expect(lock.heading()).toBeVisible();
    await lock.unlock(ADMIN.passphrase);
    await expect(page.getByRole('status').filter({ hasText: 'Restored what you were typing before Waypoint locked' })).toBeVisible();
  };

  await test.step('the medication dialogs (add, change dose) open again with their typing', async () => {
    const meds = new MedicationScreens(page);
    await meds.openTab();
    const form = await meds.fillNewMedication(sertraline(localDayAgo(30)));
    await lockAndUnlock();
    await expect(form.getByLabel('Medication name')).toHaveValue('Sertraline');
    await expect(form.getByLabel('Indication')).toHaveValue('Depression');
    await form.getByRole('button', { name: 'Save medication' }).click();
    await expect(meds.currentList()).toContainText('Sertraline');

    await page.getByRole('button', { name: 'Change dose of Sertraline' }).click();
    const dose = meds.dialog('Change dose of Sertraline');
    await dose.getByLabel('Reason for the change').fill('Partial response at 50 mg');
    await lockAndUnlock();
    await expect(dose.getByLabel('Reason for the change')).toHaveValue('Partial response at 50 mg');
    await page.screenshot({ path: '/tmp/laptop-restored-dialog.png' });
    await dose.getByRole('button', { name: 'Cancel' }).click();
  });

  await test.step('the measures schedule editor opens again with its changes', async () => {
    await page.getByRole('tab', { name: 'Measures' }).click();
    await page.getByRole('button', { name: 'Edit schedule' }).click();
    const editor = page.getByRole('form', { name: 'Edit measures schedule' });
    await editor.getByRole('checkbox', { name: /^PHQ-9 — / }).check();
    await editor.getByRole('textbox', { name: 'PHQ-9 every how many days' }).fill('14');
    await lockAndUnlock();
    await expect(editor.getByRole('checkbox', { name: /^PHQ-9 — / })).toBeChecked();
    await expect(editor.getByRole('textbox', { name: 'PHQ-9 every how many days' })).toHaveValue('14');
  });

  await test.step('the check-in round keeps who attends and their rows', async () => {
    await page.getByRole('link', { name: 'Check-ins' }).click();
    const round = page.getByRole('region', { name: 'Check-in round' });
    await round.getByRole('checkbox', { name: /Rowan/ }).check();
    await round.getByRole('textbox', { name: /Rowan.*: Journal/ }).fill('Slept through the night');
    await lockAndUnlock();
    await expect(round.getByRole('checkbox', { name: /Rowan/ })).toBeChecked();
    await expect(round.getByRole('textbox', { name: /Rowan.*: Journal/ })).toHaveValue('Slept through the night');
  });

  await test.step('the group form', async () => {
    await page.getByRole('link', { name: 'Groups' }).click();
    await page.getByRole('button', { name: 'New group' }).click();
    await page.getByLabel('Group name').fill('Tuesday skills group');
    await lockAndUnlock();
    await expect(page.getByLabel('Group name')).toHaveValue('Tuesday skills group');
  });

  await test.step('the session form', async () => {
    await page.getByRole('link', { name: 'Schedule' }).click();
    await page.getByRole('button', { name: 'New session' }).click();
    await page.getByLabel('Topic').fill('Paced breathing');
    await lockAndUnlock();
    await expect(page.getByLabel('Topic')).toHaveValue('Paced breathing');
  });
});
