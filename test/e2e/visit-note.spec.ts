import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ClientScreens } from './pages/client-pages';
import { MedicationScreens } from './pages/medication-pages';
import { localDayAgo } from './pages/measure-pages';
import { NoteScreens } from './pages/note-pages';
import { ADMIN, LockScreen, SetupScreen } from './pages/vault-pages';

const RIVER = { firstName: 'River', lastName: 'Visitley', dateOfBirth: '1988-03-02', admissionDate: localDayAgo(30) };

/** A new clinic with one client, on the client's Medications tab with a visit started. */
async function startVisit(page: Page): Promise<MedicationScreens> {
  await new SetupScreen(page).openNewClinic();
  await new ClientScreens(page).insertClient(RIVER);
  const meds = new MedicationScreens(page);
  await meds.openTab();
  await page.getByRole('button', { name: 'Start medication visit' }).click();
  return meds;
}

test('a medication visit note is a real note: on the visit, in Notes and Unsigned notes, and signable', async ({ page }) => {
  test.slow(); // setup's Argon2id on a shared 2-core machine
  const meds = await startVisit(page);
  const visit = meds.region('Medication visit');
  const notes = new NoteScreens(page);
  await visit.getByRole('textbox', { name: /^Visit note/ }).click();
  await page.keyboard.type('Tremor since the last increase; plan a level check.');
  await expect(notes.saveStatus()).toHaveText(/^Saved \d/);
  await page.screenshot({ path: '/tmp/visitnote-panel.png', fullPage: true });
  await visit.getByRole('button', { name: 'Finish visit' }).click();
  await expect(visit).toBeHidden();

  // The visit's session page shows the note.
  await page.getByRole('tab', { name: 'Sessions' }).click();
  await page
    .getByRole('link', { name: /Medication visit/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: /^Medication visit: / })).toBeVisible();
  await expect(page.getByText('No note for this session yet.')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Medication visit note (draft)' })).toBeVisible();
  await page.screenshot({ path: '/tmp/visitnote-session.png', fullPage: true });

  // Unsigned notes lists it until it is signed.
  await notes.openUnsigned();
  const draftRow = notes.unsignedDrafts().getByRole('row').filter({ hasText: 'Visitley' });
  await expect(draftRow).toContainText('Medication visit note');
  await draftRow.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: /^Medication visit note — / })).toBeVisible();
  await expect(notes.section('Visit note')).toHaveText('Tremor since the last increase; plan a level check.');
  await notes.sign();
  await expect(page.getByRole('region', { name: 'Visit note' })).toContainText('plan a level check');
  await notes.openUnsigned();
  await expect(page.getByText('All your notes are signed.')).toBeVisible();

  // The client's Notes tab lists it, signed.
  await new ClientScreens(page).openList();
  await page.getByRole('row').filter({ hasText: 'Visitley' }).getByRole('link').click();
  await page.getByRole('tab', { name: 'Notes' }).click();
  const row = page.getByRole('row').filter({ hasText: 'Medication visit note' });
  await expect(row).toContainText('Alex Admin');
  await expect(row).toContainText('Signed');
});

test('a medication visit note survives a reload mid-typing', async ({ page }) => {
  // Two Argon2id derivations (setup, unlock after the reload) on a shared 2-core machine.
  test.slow();
  const meds = await startVisit(page);
  const visit = meds.region('Medication visit');
  const notes = new NoteScreens(page);
  const field = visit.getByRole('textbox', { name: /^Visit note/ });
  await field.click();
  await page.keyboard.type('Sleeping better.');
  await expect(notes.saveStatus()).toHaveText(/^Saved \d/);
  await page.keyboard.type(' Asks about lowering the dose and');
  // Reload mid-sentence, without waiting for the debounced save.
  await page.reload();
  const lock = new LockScreen(page);
  await expect(lock.heading()).toBeVisible();
  await lock.unlock(ADMIN.passphrase);
  await expect(field).toHaveText('Sleeping better. Asks about lowering the dose and');
  await expect(notes.saveStatus()).toHaveText(/^Saved \d/);
  await visit.getByRole('button', { name: 'Finish visit' }).click();
  await expect(visit).toBeHidden();
  await page.getByRole('tab', { name: 'Notes' }).click();
  await page.getByRole('row').filter({ hasText: 'Medication visit note' }).getByRole('link').click();
  await expect(notes.section('Visit note')).toHaveText('Sleeping better. Asks about lowering the dose and');
});
