import { expect, test } from './fixtures';
import { seriousA11yViolations } from './a11y';
import { ClientScreens } from './pages/client-pages';
import { SyncScreens } from './pages/sync-pages';
import { SetupScreen } from './pages/vault-pages';
import { SERVER_ADMIN, startClinicServer, type ClinicServer } from './server-fixture';

/**
 * Issue 18 item 5, as the clinic admin sees it: a member writes a row nobody can open and deletes a client behind
 * Waypoint's back; sync goes on, and Conflicts lists both in plain words, with a way to put the client back.
 */

let server: ClinicServer;

test.beforeAll(async ({ baseURL }) => {
  server = await startClinicServer(new URL(baseURL ?? 'http://127.0.0.1:4173').origin);
});

test.afterAll(async () => {
  await server.stop();
});

const auth = {
  authorization: `Basic ${Buffer.from(`${SERVER_ADMIN.username}:${SERVER_ADMIN.password}`).toString('base64')}`,
  'content-type': 'application/json',
};

async function raw(url: string, method = 'GET', body?: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(url, { method, headers: auth, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

test('a row nobody can open and a deletion behind Waypoint are listed in Conflicts while sync goes on', async ({ page }) => {
  test.setTimeout(120_000);
  const sync = new SyncScreens(page);
  await page.goto('/');
  const setup = new SetupScreen(page);
  await setup.confirmRecoveryKey(await setup.createClinic());
  await sync.openSettings();
  await sync.connect({ url: server.url, clinicId: 'aside', admin: SERVER_ADMIN });
  await expect(sync.status()).toContainText('Up to date', { timeout: 20_000 });
  const clients = new ClientScreens(page);
  await clients.openList();
  await clients.insertClient({ firstName: 'Odile', lastName: 'Setasidetest', dateOfBirth: '1980-02-03', admissionDate: '2026-11-20' });
  await expect(sync.status()).toContainText('Up to date', { timeout: 20_000 });

  // A member stores a garbage row, and the client is deleted with the guard out of the way (as before it existed).
  const db = `${server.url}/wp_aside_clients`;
  const rows = (await raw(`${db}/_all_docs?include_docs=true`)).json.rows as { id: string; doc: Record<string, unknown> }[];
  const stored = rows.find((r) => !r.id.startsWith('_design/'));
  if (!stored) throw new Error('the client is not on the server');
  const routing = Object.fromEntries(Object.entries(stored.doc).filter(([k]) => k !== '_id' && k !== '_rev'));
  expect((await raw(`${db}/zz-garbage`, 'PUT', { ...routing, e2ee: `w1.${'A'.repeat(16)}.${'B'.repeat(22)}==` })).status).toBe(201);
  const design = (await raw(`${db}/_design/waypoint`)).json;
  expect((await raw(`${db}/_design/waypoint?rev=${String(design._rev)}`, 'DELETE')).status).toBe(200);
  expect((await raw(`${db}/${stored.id}?rev=${String(stored.doc._rev)}`, 'DELETE')).status).toBe(200);
  expect((await raw(`${db}/_design/waypoint`, 'PUT', Object.fromEntries(Object.entries(design).filter(([k]) => k !== '_rev')))).status).toBe(201);

  await expect(sync.conflictsLink()).toHaveAccessibleName('Conflicts 2 open', { timeout: 20_000 });
  await expect(sync.status()).toContainText('Up to date', { timeout: 20_000 });
  await sync.openConflicts();
  await expect(page.getByRole('heading', { level: 2, name: 'Set aside from the server' })).toBeVisible();
  const unreadable = page.getByRole('region', { name: /^Could not be opened: clients\/zz-garbage/ });
  await expect(unreadable).toContainText('could not be opened');
  const deleted = page.getByRole('region', { name: /^Deleted on the server by someone else: .*Setasidetest/ });
  await expect(deleted).toContainText('deleted on the server by someone else');
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.screenshot({ path: '/tmp/quarantine-conflicts.png', fullPage: true });

  await deleted.getByRole('button', { name: 'Keep it: put it back on the server' }).click();
  await expect(deleted).toHaveCount(0);
  await expect.poll(async () => (await raw(`${db}/${stored.id}`)).status, { timeout: 20_000 }).toBe(200);
  await unreadable.getByRole('button', { name: 'Dismiss' }).click();
  await expect(sync.conflictsLink()).toHaveAccessibleName('Conflicts');
  await clients.openList();
  await expect(page.getByRole('link', { name: /Setasidetest/ })).toBeVisible();
});
