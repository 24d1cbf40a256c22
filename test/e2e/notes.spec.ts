import { expect, test } from './fixtures';
import { seriousA11yViolations } from './a11y';
import { ClientScreens } from './pages/client-pages';
import { NoteScreens } from './pages/note-pages';
import { ADMIN, LockScreen, rememberSetupCode, SetupScreen } from './pages/vault-pages';

const JORDAN = { firstName: 'Jordan', lastName: 'Notewell', dateOfBirth: '1990-04-05', admissionDate: '2026-11-02' };

test('a SOAP note survives a reload mid-typing, is listed unsigned, then signed, locked and amended', async ({ page }) => {
  // Two Argon2id derivations (setup, unlock after the reload) on a shared 2-core machine: allow more than the default.
  test.slow();
  await new SetupScreen(page).openNewClinic();
  await new ClientScreens(page).insertClient(JORDAN);
  const notes = new NoteScreens(page);
  await notes.startNoteFromChart();

  await notes.section('Subjective').click();
  await page.keyboard.type('Reports sleeping four hours.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Panic on the bus.');
  await expect(notes.saveStatus()).toHaveText(/^Saved \d/);
  await notes.section('Plan').click();
  await page.keyboard.type('Practice grounding twice a day and');
  // Reload mid-sentence, without waiting for the debounced save.
  await page.reload();
  const lock = new LockScreen(page);
  await expect(lock.heading()).toBeVisible();
  await lock.unlock(ADMIN.passphrase);
  await expect(notes.section('Subjective')).toContainText('Panic on the bus.');
  await expect(notes.section('Plan')).toHaveText('Practice grounding twice a day and');

  await page.getByRole('radio', { name: 'Low' }).check();
  await page.getByLabel('Risk assessment').fill('Passive thoughts last week, no plan or intent; safety plan reviewed.');
  await page.getByRole('checkbox', { name: 'Grounding' }).check();
  await expect(notes.saveStatus()).toHaveText(/^Saved \d/);
  expect(await seriousA11yViolations(page)).toEqual([]);

  const noteUrl = page.url();
  await notes.openUnsigned();
  await expect(notes.unsignedDrafts().getByRole('row').filter({ hasText: 'Notewell' })).toBeVisible();
  await page.goto(noteUrl);
  await notes.sign();

  const signature = page.getByRole('region', { name: 'Signature' });
  await expect(signature).toContainText('Signed by Alex Admin');
  await expect(signature).toContainText(/Content hash \(SHA-256\): [0-9a-f]{64}/);
  await expect(signature.getByText('verified')).toBeVisible();
  await expect(notes.section('Subjective')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Sign note' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Plan' })).toContainText('Practice grounding twice a day and');
  // Enter made a second paragraph, kept through saving, reloading and signing.
  await expect(page.getByRole('region', { name: 'Subjective' }).locator('p')).toHaveText(['Reports sleeping four hours.', 'Panic on the bus.']);
  await expect(page.getByRole('region', { name: 'Risk and interventions' })).toContainText('Low — Passive thoughts');

  await notes.addAddendum('Client called the next day: slept six hours.');
  const addenda = page.getByRole('region', { name: 'Addenda' });
  await expect(addenda).toContainText('Addendum by Alex Admin, signed');
  await expect(addenda).toContainText('slept six hours');
  await expect(notes.section('Subjective')).toHaveCount(0);

  await notes.openUnsigned();
  await expect(page.getByText('All your notes are signed.')).toBeVisible();
  await new ClientScreens(page).openList();
  await page.getByRole('row').filter({ hasText: 'Notewell' }).getByRole('link').click();
  await page.getByRole('tab', { name: 'Notes' }).click();
  const row = page.getByRole('row').filter({ hasText: 'SOAP note' });
  await expect(row).toContainText('Alex Admin');
  await expect(row).toContainText('Signed');

  // Audited: started once, one 'edit' per editing session (before and after the reload), not one per keystroke.
  await page.getByRole('link', { name: 'Audit log' }).click();
  await expect(page.getByRole('row').filter({ hasText: 'Started a SOAP note' })).toHaveCount(1);
  await expect(page.getByRole('row').filter({ hasText: 'Edited the draft' })).toHaveCount(2);
  await expect(page.getByRole('row').filter({ hasText: /Signed the note \(SHA-256 [0-9a-f]{64}\)/ })).toHaveCount(1);
  await expect(page.getByRole('row').filter({ hasText: 'Signed an addendum' })).toHaveCount(1);
  await expect(page.getByRole('row').filter({ hasText: 'Opened the note' }).first()).toBeVisible();
});

test('a supervised therapist’s signed note awaits co-sign until a supervisor co-signs it', async ({ page }) => {
  test.slow();
  await new SetupScreen(page).openNewClinic();
  await page.getByRole('link', { name: 'Staff' }).click();
  await page.getByRole('button', { name: 'Add staff member' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Name', { exact: true }).fill('Ira Intern');
  await dialog.getByLabel('Role').click();
  await page.getByRole('option', { name: 'Therapist' }).click();
  await dialog.getByRole('checkbox', { name: /Supervised/ }).check();
  await dialog.getByRole('button', { name: /add/i }).click();
  await rememberSetupCode(page);
  await expect(page.getByRole('cell', { name: 'Ira Intern' })).toBeVisible();
  const clients = new ClientScreens(page);
  await clients.openList();
  await clients.insertClient(JORDAN);

  const lock = new LockScreen(page);
  const switchTo = async (name: string, passphrase: string) => {
    await page.getByRole('button', { name: 'Lock' }).click();
    await page.getByRole('combobox', { name: 'Who are you?' }).click();
    await page.getByRole('option', { name }).click();
    await lock.unlock(passphrase);
    await expect(page.getByRole('banner')).toContainText(name);
  };
  await switchTo('Ira Intern', 'ira keeps her own phrase');
  await new ClientScreens(page).openList();
  await page.getByRole('row').filter({ hasText: 'Notewell' }).getByRole('link').click();
  const notes = new NoteScreens(page);
  await notes.startNoteFromChart();
  await notes.section('Subjective').click();
  await page.keyboard.type('First session under supervision.');
  await notes.sign();
  await expect(page.getByRole('region', { name: 'Signature' })).toContainText('Awaiting a supervisor’s co-sign.');
  await expect(page.getByRole('button', { name: 'Co-sign' })).toHaveCount(0);
  const noteUrl = page.url();

  await switchTo('Alex Admin', ADMIN.passphrase);
  await notes.openUnsigned();
  const awaiting = page.getByRole('table', { name: 'Notes awaiting co-sign' });
  await expect(awaiting.getByRole('row').filter({ hasText: 'Ira Intern' })).toContainText('Notewell');
  await page.goto(noteUrl);
  await page.getByRole('button', { name: 'Co-sign' }).click();
  await page.getByRole('dialog', { name: 'Co-sign this note?' }).getByRole('button', { name: 'Co-sign' }).click();
  await expect(page.getByRole('region', { name: 'Signature' })).toContainText('Co-signed by Alex Admin');
  await notes.openUnsigned();
  await expect(page.getByText('No notes await a co-sign.')).toBeVisible();
});

test('an accidental empty draft is discarded at once; one with text only after confirming, and an admin restores it', async ({ page }) => {
  test.slow();
  await new SetupScreen(page).openNewClinic();
  await new ClientScreens(page).insertClient(JORDAN);
  const notes = new NoteScreens(page);

  // "New note" by accident: nothing typed, so Discard draft needs no question and leaves nothing behind.
  await notes.startNoteFromChart();
  await notes.discardDraft();
  await expect(page.getByRole('tab', { name: 'Notes', selected: true })).toBeVisible();
  await expect(page.getByText('No notes yet.')).toBeVisible();
  await notes.openUnsigned();
  await expect(page.getByText('All your notes are signed.')).toBeVisible();

  // A draft with text: discarding asks first; keeping it changes nothing.
  await new ClientScreens(page).openList();
  await page.getByRole('row').filter({ hasText: 'Notewell' }).getByRole('link').click();
  await notes.startNoteFromChart();
  const noteUrl = page.url();
  await notes.section('Subjective').click();
  await page.keyboard.type('Typed before changing my mind');
  await page.getByRole('button', { name: 'Discard draft' }).click();
  await page.screenshot({ path: '/tmp/groupnotes-discard-confirm.png', fullPage: true });
  await page.getByRole('dialog', { name: 'Discard this draft?' }).getByRole('button', { name: 'Keep the draft' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.screenshot({ path: '/tmp/groupnotes-editor.png', fullPage: true });
  await expect(notes.section('Subjective')).toHaveText('Typed before changing my mind');
  await notes.discardDraft(true);
  await expect(page.getByText('No notes yet.')).toBeVisible();

  await notes.openUnsigned();
  await expect(page.getByText('All your notes are signed.')).toBeVisible();
  const discarded = notes.discardedDrafts().getByRole('row').filter({ hasText: 'Notewell' });
  await expect(discarded).toContainText('SOAP note');
  await expect(discarded).toContainText('Alex Admin');
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.screenshot({ path: '/tmp/groupnotes-discarded.png', fullPage: true });
  await page.goto(noteUrl);
  await expect(page.getByRole('alert', { name: 'Discarded draft' })).toContainText('Alex Admin discarded this draft on');
  await expect(notes.shownSection('Subjective')).toContainText('Typed before changing my mind');

  await notes.openUnsigned();
  await discarded.getByRole('button', { name: /^Restore/ }).click();
  await expect(page.getByText('No discarded drafts.')).toBeVisible();
  await notes.unsignedDrafts().getByRole('link', { name: 'SOAP note' }).click();
  await expect(notes.section('Subjective')).toHaveText('Typed before changing my mind');

  await page.getByRole('link', { name: 'Audit log' }).click();
  await expect(page.getByRole('row').filter({ hasText: 'Discarded the empty draft (deleted)' })).toHaveCount(1);
  await expect(page.getByRole('row').filter({ hasText: 'Discarded the draft; kept for an admin to restore' })).toHaveCount(1);
  await expect(page.getByRole('row').filter({ hasText: 'Restored the discarded draft' })).toHaveCount(1);
});
