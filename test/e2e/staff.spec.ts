import { expect, test } from './fixtures';
import { ClientScreens } from './pages/client-pages';
import { LockScreen, rememberSetupCode, SetupScreen } from './pages/vault-pages';

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
  // Issue 18 item 4c: the admin never types a staff passphrase; they get a one-time code to hand over.
  await expect(dialog.getByRole('textbox', { name: 'Passphrase', exact: true })).toHaveCount(0);
  await dialog.getByRole('button', { name: /add/i }).click();
  await expect(dialog.getByRole('textbox', { name: 'One-time sign-in code' })).toHaveValue(/^([0-9A-Z]{4}-){5}[0-9A-Z]{4}$/);
  await page.screenshot({ path: '/tmp/keyring-code.png' });
  const code = await rememberSetupCode(page);
  await expect(page.getByRole('cell', { name: 'Tess Therapist' })).toBeVisible();

  await page.getByRole('button', { name: 'Lock' }).click();
  const lock = new LockScreen(page);
  await page.getByRole('combobox', { name: 'Who are you?' }).click();
  await page.getByRole('option', { name: 'Tess Therapist' }).click();
  // Her first sign-in: the code and a passphrase she chooses, checked for strength at the field.
  await page.getByRole('textbox', { name: 'One-time code' }).fill(code);
  await page.getByRole('textbox', { name: 'Choose your passphrase' }).fill('password1234');
  await page.getByRole('textbox', { name: 'Confirm passphrase' }).fill('password1234');
  await page.getByRole('button', { name: 'Sign in and set passphrase' }).click();
  await expect(page.getByText('This passphrase is too easy to guess. This is very close to a common password. Try four or more unrelated words')).toBeVisible();
  await page.screenshot({ path: '/tmp/keyring-first-sign-in.png' });
  await lock.unlock('tess keeps her own phrase');
  await expect(page.getByRole('banner')).toContainText('Tess Therapist');
  // The code is used up: from now on she unlocks with her own passphrase.
  await lock.switchTo('Tess Therapist', 'tess keeps her own phrase');

  const clients = new ClientScreens(page);
  await clients.openList();
  await clients.insertClient({ firstName: 'Rowan', lastName: 'Example', dateOfBirth: '2001-02-03', admissionDate: '2026-11-20' });
  await expect(page.getByText(/created by Tess Therapist/i)).toBeVisible();
});
