import { expect, test } from './fixtures';
import { addStaffMember } from './pages/staff-pages';
import { LockScreen, SetupScreen } from './pages/vault-pages';

// Issue 18: a deactivated member's keyring entry stays on a shared laptop; the lock screen refuses them all the same.
test('a deactivated member is refused at the lock screen with who deactivated them and when', async ({ page }) => {
  await new SetupScreen(page).openNewClinic();
  const tess = { name: 'Tess Therapist', passphrase: 'tess keeps her own phrase' };
  // Her keyring entry is on this laptop (here still awaiting her first sign-in with the one-time code).
  await addStaffMember(page, tess);
  await page
    .getByRole('row', { name: new RegExp(tess.name) })
    .getByRole('button', { name: 'Deactivate' })
    .click();
  await page.getByRole('dialog').getByRole('button', { name: 'Deactivate' }).click();
  await expect(page.getByRole('row', { name: new RegExp(tess.name) }).getByText('Inactive')).toBeVisible();

  const lock = new LockScreen(page);
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await page.getByRole('combobox', { name: 'Who are you?' }).click();
  await page.getByRole('option', { name: tess.name }).click();
  await lock.unlock(tess.passphrase);
  await expect(page.getByText(/^Your account was deactivated by Alex Admin on .+\. Ask a clinic admin to reactivate it\.$/)).toBeVisible({ timeout: 30_000 });
  await expect(lock.heading()).toBeVisible();
  await page.screenshot({ path: '/tmp/sec18-deactivated-unlock.png' });
});
