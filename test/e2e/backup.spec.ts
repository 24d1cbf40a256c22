import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { seriousA11yViolations } from './a11y';
import { expect, test } from './fixtures';
import { ClientScreens } from './pages/client-pages';
import { NoteScreens } from './pages/note-pages';
import { ADMIN, LockScreen, SetupScreen } from './pages/vault-pages';
import { openLaptop } from './server-fixture';

const JORDAN = { firstName: 'Jordan', lastName: 'Backupwell', dateOfBirth: '1990-04-05', admissionDate: '2026-11-02' };
const NOTE_TEXT = 'Reports sleeping six hours since the last session.';
const NEW_PASSPHRASE = 'a new laptop, a new phrase';

/** Admin on the first laptop: a clinic with one client and a signed note; returns the recovery key. */
async function clinicWithNote(page: Page): Promise<string> {
  const setup = new SetupScreen(page);
  await page.goto('/');
  const recoveryKey = await setup.createClinic();
  await setup.confirmRecoveryKey(recoveryKey);
  await new ClientScreens(page).insertClient(JORDAN);
  const notes = new NoteScreens(page);
  await notes.startNoteFromChart();
  await notes.appendTo('Subjective', NOTE_TEXT);
  await notes.sign();
  return recoveryKey;
}

/** Settings → Back up now; the browser host downloads the file, kept in `dir`. */
async function backUp(page: Page, dir: string): Promise<string> {
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Back up now' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^waypoint-backup-\d{4}-\d{2}-\d{2}-\d{4}\.json$/);
  const file = join(dir, download.suggestedFilename());
  await download.saveAs(file);
  await expect(page.getByRole('status').filter({ hasText: 'Backup saved' })).toContainText('records saved to');
  await page.screenshot({ path: '/tmp/backup-settings.png', fullPage: true });
  return file;
}

async function seesClientAndNote(page: Page): Promise<void> {
  const clients = new ClientScreens(page);
  await clients.openList();
  await clients.rowFor(JORDAN.lastName).getByRole('link').click();
  await new NoteScreens(page).openFromChart(ADMIN.name);
  await expect(new NoteScreens(page).shownSection('Subjective')).toContainText(NOTE_TEXT);
}

test('an admin backs up; a new profile restores it, unlocks with the recovery key and sees the same clients and notes', async ({
  page,
  profileDir,
  baseURL,
}) => {
  // Argon2id on a shared 2-core machine: setup, restore and recovery each derive a key.
  test.slow();
  const recoveryKey = await clinicWithNote(page);
  const file = await backUp(page, profileDir);
  await page.getByRole('link', { name: 'Audit log' }).click();
  await expect(page.getByRole('main')).toContainText('Backup of');

  const laptop = await openLaptop(baseURL ?? '');
  try {
    const fresh = laptop.context.pages()[0] ?? (await laptop.context.newPage());
    await fresh.goto('/');
    await fresh.getByRole('button', { name: 'Restore from a backup' }).click();
    await fresh.locator('input[type="file"]').setInputFiles(file);
    await fresh.getByLabel('Recovery key').fill(recoveryKey);
    await fresh.getByRole('button', { name: 'Open backup' }).click();
    const counts = fresh.getByRole('table', { name: 'Records in this backup' });
    await expect(counts.getByRole('row', { name: 'Clients 1' })).toBeVisible();
    await expect(counts.getByRole('row', { name: 'Notes 1' })).toBeVisible();
    await expect(fresh.getByRole('combobox', { name: 'Who are you?' })).toHaveValue(`${ADMIN.name} (admin)`);
    expect(await seriousA11yViolations(fresh)).toEqual([]);
    await fresh.screenshot({ path: '/tmp/backup-restore-counts.png', fullPage: true });
    await fresh.getByRole('textbox', { name: 'Passphrase', exact: true }).fill(NEW_PASSPHRASE);
    await fresh.getByLabel('Confirm passphrase').fill(NEW_PASSPHRASE);
    await fresh.getByRole('button', { name: 'Restore' }).click();
    await expect(fresh.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible({ timeout: 30_000 });
    await seesClientAndNote(fresh);

    // The restored laptop opens with the clinic's recovery key too.
    await fresh.getByRole('button', { name: 'Lock', exact: true }).click();
    const lock = new LockScreen(fresh);
    await expect(lock.heading()).toBeVisible();
    await lock.recover(recoveryKey, 'recovered with the printed key');
    await expect(fresh.getByRole('banner')).toContainText(ADMIN.name, { timeout: 30_000 });
    await seesClientAndNote(fresh);
  } finally {
    await laptop.close();
  }
});

test('a truncated backup is refused at the file field and nothing is restored', async ({ page, profileDir }) => {
  const truncated = join(profileDir, 'waypoint-backup-cut.json');
  writeFileSync(truncated, '{"format":"waypoint-backup","header":{"formatVersion":1,');
  await page.goto('/');
  await page.getByRole('button', { name: 'Restore from a backup' }).click();
  await page.locator('input[type="file"]').setInputFiles(truncated);
  await page.getByLabel('Recovery key').fill('0000-0000');
  await page.getByRole('button', { name: 'Open backup' }).click();
  await expect(page.getByText('This backup file is incomplete (it was cut short while copying or saving). Nothing was restored.')).toBeVisible();
  await page.screenshot({ path: '/tmp/backup-restore-truncated.png', fullPage: true });
  await page.getByRole('button', { name: 'Set up a new clinic instead' }).click();
  await expect(page.getByRole('heading', { name: 'Set up Waypoint' })).toBeVisible();
});
