import { expect, type BrowserContext, type Page } from '@playwright/test';
import { ClientScreens } from './pages/client-pages';
import { addStaffMember } from './pages/staff-pages';
import { SyncScreens } from './pages/sync-pages';
import { LockScreen, SetupScreen } from './pages/vault-pages';
import { openLaptop, SERVER_ADMIN, type ClinicServer } from './server-fixture';

/**
 * The two-laptop set-up of the sync specs: laptop A creates the clinic and adds Tess, connects and enrols her;
 * laptop B joins as Tess with the enrollment code (the real path, no shortcut) while A switches to Tess too, so both
 * laptops may edit her drafts.
 */

export const TESS = { name: 'Tess Therapist', username: 'tess', password: 'tess server phrase', passphrase: 'tess keeps her own phrase' };

export type Laptop = Awaited<ReturnType<typeof openLaptop>>;

/** Laptop A's first run: the clinic is created and Tess added (not connected yet). */
export async function clinicWithTess(a: Page): Promise<void> {
  await a.goto('/');
  const setup = new SetupScreen(a);
  await setup.confirmRecoveryKey(await setup.createClinic());
  await addStaffMember(a, TESS);
}

/** On a connected laptop A: Tess's server account and enrollment code, then the server's protection updated. */
export async function enrolTess(syncA: SyncScreens): Promise<string> {
  const code = await syncA.enroll({ staffName: TESS.name, username: TESS.username, password: TESS.password, admin: SERVER_ADMIN });
  await syncA.updateServer(SERVER_ADMIN);
  return code;
}

/** Holds laptop B's first pull of the audit trail until the returned release is called (then it passes straight on). */
async function holdAuditPull(context: BrowserContext): Promise<() => void> {
  let release = (): void => undefined;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  await context.route(/_audit\/_changes\?.*include_docs=true/, async (route) => {
    await gate;
    await route.continue();
  });
  return release;
}

/**
 * Issue 17 item 3: with the audit trail still on its way, Tess starts working and opens the client already copied;
 * the copy's progress stays beside the sync status until the rest has arrived.
 */
async function startWorkingEarly(b: Page, release: () => void, lastName: string): Promise<void> {
  await b.getByRole('button', { name: 'Start working while the rest copies' }).click({ timeout: 60_000 });
  const copying = b.getByRole('banner').getByRole('status', { name: 'Copying the clinic’s records' });
  await expect(copying).toContainText(/Copying records: \d+ of \d+/);
  const clients = new ClientScreens(b);
  await clients.openList();
  await clients.rowFor(lastName).getByRole('link').click();
  await expect(b.getByRole('heading', { level: 1, name: new RegExp(`^${lastName}`) })).toBeVisible();
  await expect(copying).toBeVisible();
  release();
  await expect(copying).toBeHidden({ timeout: 30_000 });
}

/**
 * Laptop B joins as Tess with `code` while laptop A switches to Tess; B is closed again if that fails. With
 * `early` (a client's last name on the server), Tess starts working before the whole clinic has arrived.
 */
export async function joinAsTess(
  a: Page,
  baseURL: string | undefined,
  server: ClinicServer,
  code: string,
  early?: string,
): Promise<{ readonly b: Page; readonly laptopB: Laptop }> {
  const laptopB = await openLaptop(baseURL ?? '');
  try {
    const b = laptopB.context.pages()[0] ?? (await laptopB.context.newPage());
    const syncB = new SyncScreens(b);
    const release = early ? await holdAuditPull(laptopB.context) : null;
    await Promise.all([
      (async () => {
        await b.goto('/');
        await syncB.join({ url: server.url, username: TESS.username, password: TESS.password, code, passphrase: TESS.passphrase });
        if (early && release) await startWorkingEarly(b, release, early);
        await expect(b.getByRole('banner')).toContainText(TESS.name, { timeout: 60_000 });
        await expect(syncB.status()).toContainText('Up to date', { timeout: 20_000 });
      })(),
      new LockScreen(a).switchTo(TESS.name, TESS.passphrase),
    ]);
    return { b, laptopB };
  } catch (error) {
    await laptopB.close();
    throw error;
  }
}

/**
 * The whole set-up on the file's one server. Each test sets up its own clinic (its own key), so each needs its own
 * clinic id: a clinic connecting to another clinic's databases is refused as a wrong key.
 */
export async function twoLaptops(
  a: Page,
  baseURL: string | undefined,
  server: ClinicServer,
  clinicId: string,
): Promise<{ readonly b: Page; readonly syncA: SyncScreens; readonly laptopB: Laptop }> {
  const syncA = new SyncScreens(a);
  await clinicWithTess(a);
  await syncA.openSettings();
  await syncA.connect({ url: server.url, clinicId, admin: SERVER_ADMIN });
  await expect(syncA.status()).toContainText('Up to date', { timeout: 20_000 });
  const code = await enrolTess(syncA);
  return { ...(await joinAsTess(a, baseURL, server, code)), syncA };
}
