import { existsSync, readFileSync } from 'node:fs';
import type { Route } from '@playwright/test';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { ClientScreens } from './pages/client-pages';
import { FamilyFeedbackScreens, localDayAgo } from './pages/measure-pages';
import { MedicationScreens } from './pages/medication-pages';
import { SyncScreens } from './pages/sync-pages';
import { ADMIN, LockScreen, SetupScreen } from './pages/vault-pages';
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

const CONTACT = { name: 'Persimmon Quillfeather', phone: '5550142987' };
const MEDICATION = { name: 'Quetzalmycin', indication: 'Zanzibar ruminations' };
const FAMILY_COMMENT = 'Ocelot talks at dinner';

/** Chromium's autofill and form history live in the profile's "Web Data" SQLite file (and its journal while open). */
function webData(profileDir: string): Buffer {
  const parts = ['Web Data', 'Web Data-journal', 'Web Data-wal'].map((name) => join(profileDir, 'Default', name)).filter((file) => existsSync(file));
  return Buffer.concat(parts.map((file) => readFileSync(file)));
}

test('the browser profile’s autofill store holds no secret and no clinical text after a full workflow', async ({ page, context, profileDir }) => {
  test.setTimeout(180_000);
  await page.goto('/');
  const setup = new SetupScreen(page);
  const recoveryKey = await setup.createClinic();
  await setup.confirmRecoveryKey(recoveryKey);
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();

  const sync = new SyncScreens(page);
  await sync.openSettings();
  await sync.connect({ url: server.url, clinicId: 'autofill', admin: SERVER_ADMIN });

  const clients = new ClientScreens(page);
  await clients.openList();
  await page.getByRole('button', { name: 'New client' }).click();
  await page.getByLabel('First name').fill('Juniper');
  await page.getByLabel('Last name').fill('Autofillcheck');
  await page.getByLabel('Date of birth').fill('1990-02-03');
  await page.getByLabel('Admission date').fill(localDayAgo(10));
  await page.getByRole('button', { name: 'Add contact' }).click();
  await page.getByLabel('Contact 1 name').fill(CONTACT.name);
  await page.getByLabel('Contact 1 relation').click();
  await page.getByRole('option', { name: 'Parent', exact: true }).click();
  await page.getByLabel('Contact 1 phone').fill(CONTACT.phone);
  await page.getByRole('button', { name: 'Save client' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Autofillcheck/ })).toBeVisible();

  const meds = new MedicationScreens(page);
  await meds.openTab();
  await meds.addMedication({
    name: MEDICATION.name,
    strength: '10 mg tablet',
    dose: '10',
    timesPerDay: '1',
    times: '08:00',
    prescriber: 'Dr Lee',
    indication: MEDICATION.indication,
    startedOn: localDayAgo(5),
  });

  await page.getByRole('tab', { name: 'Family feedback' }).click();
  await new FamilyFeedbackScreens(page).give('Parent', [2, 3, 4, 3], FAMILY_COMMENT, 'Sleeps late');
  await expect(page.getByText('Family feedback saved.')).toBeVisible();

  await context.close();
  const stored = webData(profileDir);
  const typed = [recoveryKey, CONTACT.name, CONTACT.phone, MEDICATION.name, MEDICATION.indication, FAMILY_COMMENT, 'Ocelot', SERVER_ADMIN.username];
  expect(stored.length, 'the profile has a Web Data store to check').toBeGreaterThan(0);
  const found = typed.filter((word) => stored.includes(Buffer.from(word, 'utf8')) || stored.includes(Buffer.from(word, 'utf16le')));
  expect(found, "typed words in the profile's Web Data").toEqual([]);
});

test('the copied recovery key leaves the clipboard after a minute', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL ?? 'http://127.0.0.1:4173').origin });
  await page.clock.install();
  await page.goto('/');
  const recoveryKey = await new SetupScreen(page).createClinic();
  await page.getByRole('button', { name: 'Copy', exact: true }).click();
  const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
  await expect.poll(clipboard).toBe(recoveryKey);
  await page.clock.runFor(30_000);
  expect(await clipboard()).toBe(recoveryKey);
  await page.clock.runFor(31_000);
  await expect.poll(clipboard).toBe('');
  await expect(page.getByRole('status').filter({ hasText: 'clears it from the clipboard in one minute' })).toBeVisible();
});

test('the browser host has a Content-Security-Policy: a script slipped into the page does not run', async ({ page }) => {
  const answer = await page.goto('/');
  expect(answer?.headers()['content-security-policy']).toContain("script-src 'self'");
  await expect(page.getByRole('heading', { name: 'Set up Waypoint' })).toBeVisible();
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'document.body.dataset.injected = "ran"';
    document.head.append(script);
    return document.body.dataset.injected ?? 'blocked';
  });
  expect(ran).toBe('blocked');
});

/**
 * Issue 18 item 7: lock ends the server session. CouchDB's cookie is a signed token the server cannot revoke, so the
 * session ends when `DELETE /_session` clears it from the jar. The server re-issues the cookie with each answer: a
 * request of the stopped sync answering after the sign-out put a fresh one back (seen beside the two-laptop spec).
 * Locking right after a save, while the push and the listeners' polls are in flight, is that race.
 */
test('lock ends the server session: the session cookie leaves the browser and does not come back', async ({ page, context }) => {
  test.setTimeout(180_000);
  const sync = new SyncScreens(page);
  const clients = new ClientScreens(page);
  await new SetupScreen(page).openNewClinic();
  await sync.openSettings();
  await sync.connect({ url: server.url, clinicId: 'cookie', admin: SERVER_ADMIN });
  await expect(sync.status()).toContainText('Up to date', { timeout: 20_000 });
  await expect(page.getByText(/Signed in with a session cookie/)).toBeVisible();
  const sessionCookies = async () => (await context.cookies(server.url)).filter((cookie) => cookie.name === 'AuthSession' && cookie.value !== '');
  const whoAmI = () =>
    page.evaluate(
      async (url) => ((await (await fetch(`${url}/_session`, { credentials: 'include' })).json()) as { userCtx: { name: string | null } }).userCtx.name,
      server.url,
    );
  // The third lock meets a slow server: the sign-out's answer is held 3 s, longer than the lock waits for it.
  const slowSignOut = async (route: Route) => {
    if (route.request().method() === 'DELETE') await new Promise((resolve) => setTimeout(resolve, 3_000));
    await route.continue();
  };
  for (const lastName of ['Cookiefirst', 'Cookiesecond', 'Cookiethird']) {
    expect(await sessionCookies()).toHaveLength(1);
    await clients.insertClient({ firstName: 'Ines', lastName, dateOfBirth: '1984-03-04', admissionDate: '2026-11-20' });
    if (lastName === 'Cookiethird') await page.route(`${server.url}/_session`, slowSignOut);
    await page.getByRole('button', { name: 'Lock', exact: true }).click();
    await expect(new LockScreen(page).heading()).toBeVisible({ timeout: 30_000 });
    // The lock goes on after a moment even when the server is slow to answer the sign-out (a lock must not wait on the
    // server), so the cookie leaves when that answer comes; then it is watched for a few seconds: an answer of the
    // stopped sync arriving late would put a cookie back.
    await expect.poll(sessionCookies, { message: 'the sign-out’s answer clears the session cookie' }).toEqual([]);
    for (let look = 0; look < 6; look++) {
      expect(await sessionCookies(), `no session cookie ${String(look * 500)} ms after it left`).toEqual([]);
      await page.waitForTimeout(500);
    }
    expect(await whoAmI()).toBeNull();
    await page.unroute(`${server.url}/_session`, slowSignOut);
    await new LockScreen(page).unlock(ADMIN.passphrase);
    await expect(sync.status()).toContainText('Up to date', { timeout: 30_000 });
  }
});
