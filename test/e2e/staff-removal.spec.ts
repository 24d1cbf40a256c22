import { seriousA11yViolations } from './a11y';
import { expect, test } from './fixtures';
import { SyncScreens } from './pages/sync-pages';
import { SERVER_ADMIN, startClinicServer, type ClinicServer } from './server-fixture';
import { clinicWithTess, TESS } from './two-laptops';

/*
 * Issue 18 item 4(d): deactivating a staff member with a server account asks for the server admin's credentials and
 * disables the account; "Not now" keeps the deactivation and says plainly that the server account is still active.
 */

let server: ClinicServer;
test.beforeAll(async ({ baseURL }) => {
  server = await startClinicServer(new URL(baseURL ?? 'http://127.0.0.1:4173').origin);
});
test.afterAll(async () => {
  await server.stop();
});

const tessReads = async (): Promise<number> => {
  const auth = `Basic ${Buffer.from(`${TESS.username}:${TESS.password}`).toString('base64')}`;
  return (await fetch(`${server.url}/wp_removal_clients/_all_docs`, { headers: { authorization: auth } })).status;
};

test('deactivating a member disables their server account, now or later from the staff list', async ({ page }) => {
  const sync = new SyncScreens(page);
  await clinicWithTess(page);
  await sync.openSettings();
  await sync.connect({ url: server.url, clinicId: 'removal', admin: SERVER_ADMIN });
  await sync.enroll({ staffName: TESS.name, username: TESS.username, password: TESS.password, admin: SERVER_ADMIN });
  expect(await tessReads()).toBe(200);

  await page.getByRole('link', { name: 'Staff' }).click();
  const row = page.getByRole('row').filter({ hasText: TESS.name });
  await row.getByRole('button', { name: 'Deactivate' }).click();
  // Revoking their signing keys is offered in the same step, ticked by default (Tess never unlocked: she has none).
  await expect(page.getByRole('dialog').getByRole('checkbox', { name: 'Also revoke their signing keys' })).toBeChecked();
  await page.getByRole('dialog').getByRole('button', { name: 'Deactivate' }).click();
  await expect(page.getByText(`${TESS.name} deactivated. ${TESS.name} had no signing key on record to revoke.`)).toBeVisible();
  const dialog = page.getByRole('dialog', { name: 'Disable their server account' });
  await expect(dialog).toContainText(`server account (${TESS.username}) is still active`);
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.screenshot({ path: '/tmp/deactivate-modal.png' });
  await dialog.getByRole('button', { name: 'Not now' }).click();
  await expect(row.getByText('Inactive')).toBeVisible();
  await expect(row.getByText('Server account still active')).toBeVisible();
  await page.screenshot({ path: '/tmp/deactivate-still-active.png' });
  expect(await tessReads()).toBe(200);

  await row.getByRole('button', { name: 'Disable server account' }).click();
  await dialog.getByLabel('Server admin user name').fill(SERVER_ADMIN.username);
  await dialog.getByLabel('Server admin password').fill(SERVER_ADMIN.password);
  await dialog.getByRole('button', { name: 'Disable server account' }).click();
  await expect(dialog).toBeHidden();
  await expect(row.getByText('Server account still active')).toHaveCount(0);
  expect([401, 403]).toContain(await tessReads());
  // The sync key is rotated in the same step: what is written from now on is sealed under a key Tess never held.
  await expect(page.getByText(`New sync key (generation 1): what is written from now on is sealed under a key ${TESS.name} never held.`)).toBeVisible();
  await page.screenshot({ path: '/tmp/keyrot-rotated.png' });
});
