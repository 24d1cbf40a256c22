import { expect, test } from './fixtures';
import { ClientScreens } from './pages/client-pages';
import { LockScreen, SetupScreen } from './pages/vault-pages';

test('an admin adds a therapist, who unlocks with their own passphrase and authors their own records', async ({ page }) => {
  await page.goto('/');
  const setup = new SetupScreen(page);
  await setup.confirmRecoveryKey(await setup.createClinic());
  await page.getByRole('link', { name: 'Staff' }).click();
  await page.getByRole('button', { name: 'Add staff member' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Name', { exact: true }).fill('Tess Therapist');
  await dialog.getByLabel('Role').click();
  await page.getByRole('option', { name: 'Therapist' }).click();
  await dialog.getByRole('textbox', { name: 'Passphrase', exact: true }).fill('tess keeps her own phrase');
  await dialog.getByLabel('Confirm passphrase').fill('tess keeps her own phrase');
  await dialog.getByRole('button', { name: /add/i }).click();
  await expect(page.getByRole('cell', { name: 'Tess Therapist' })).toBeVisible();

  await page.getByRole('button', { name: 'Lock' }).click();
  const lock = new LockScreen(page);
  await page.getByRole('combobox', { name: 'Who are you?' }).click();
  await page.getByRole('option', { name: 'Tess Therapist' }).click();
  await lock.unlock('tess keeps her own phrase');
  await expect(page.getByRole('banner')).toContainText('Tess Therapist');

  const clients = new ClientScreens(page);
  await clients.openList();
  await clients.createClient({ firstName: 'Rowan', lastName: 'Example', dateOfBirth: '2001-02-03', admissionDate: '2026-11-20' });
  await expect(page.getByText(/created by Tess Therapist/i)).toBeVisible();
});
