import { expect, test } from './fixtures';
import { ClientScreens } from './pages/client-pages';
import { SetupScreen } from './pages/vault-pages';

const JOSE = { firstName: 'José', lastName: 'Álvarez', dateOfBirth: '1990-04-12', admissionDate: '2026-11-02' };
const MAYA = { firstName: 'Maya', lastName: 'Brooks', dateOfBirth: '1988-02-20', admissionDate: '2026-11-03' };

// The list keeps an index of folded names while unlocked: typing filters it, accents and word order do not matter,
// and a renamed client is found by the new name, not the old one.
test('client search: accent-free and multi-word queries filter the list, and a renamed client is found by the new name', async ({ page }) => {
  await page.goto('/');
  const setup = new SetupScreen(page);
  await setup.confirmRecoveryKey(await setup.createClinic());
  const clients = new ClientScreens(page);
  await clients.insertClient(JOSE);
  await clients.openList();
  await clients.insertClient(MAYA);
  await clients.openList();
  const search = page.getByLabel('Search clients');

  await search.fill('jose');
  await expect(clients.rowFor('Álvarez')).toBeVisible();
  await expect(clients.rowFor('Brooks')).toHaveCount(0);
  await search.fill('brooks  MAYA');
  await expect(clients.rowFor('Brooks')).toBeVisible();
  await expect(clients.rowFor('Álvarez')).toHaveCount(0);
  await search.fill('');
  await expect(clients.rowFor('Álvarez')).toBeVisible();
  await expect(clients.rowFor('Brooks')).toBeVisible();

  await clients.rowFor('Brooks').getByRole('link').first().click();
  await page.getByRole('link', { name: 'Edit' }).click();
  await page.getByLabel('Last name').fill('Ortíz');
  await page.getByRole('button', { name: 'Save client' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Ortíz/ })).toBeVisible();
  await clients.openList();
  await search.fill('ortiz');
  await expect(clients.rowFor('Ortíz')).toBeVisible();
  await search.fill('brooks');
  await expect(page.getByRole('status').filter({ hasText: 'No clients match “brooks”' })).toBeVisible();
  await page.screenshot({ path: '/tmp/perf-client-search.png' });
});
