import { seriousA11yViolations } from './a11y';
import { fillDisk, freeDisk, limitStorage } from './disk-full';
import { expect, test } from './fixtures';
import { ClientScreens } from './pages/client-pages';
import { NoteScreens } from './pages/note-pages';
import { SetupScreen } from './pages/vault-pages';

const JORDAN = { firstName: 'Jordan', lastName: 'Fullwell', dateOfBirth: '1990-04-05', admissionDate: '2026-11-02' };
const DISK_FULL = /The laptop's disk is full/;

test('a full disk: the note and the client form say so, keep what was typed, and save once there is room', async ({ page, baseURL }) => {
  // 32 MB: the app uses about 0.2 MB here, and filling the rest takes a moment.
  await limitStorage(page, baseURL ?? '', 32 * 2 ** 20);
  await new SetupScreen(page).openNewClinic();
  const clients = new ClientScreens(page);
  await clients.insertClient(JORDAN);
  const notes = new NoteScreens(page);
  await notes.startNoteFromChart();
  await notes.appendTo('Subjective', 'Reports sleeping four hours.');

  await fillDisk(page);
  await page.keyboard.type(' Panic on the bus.');
  await expect(notes.saveStatus()).toContainText(DISK_FULL);
  await expect(notes.saveStatus()).toContainText('what you typed is kept here');
  await expect(notes.section('Subjective')).toHaveText('Reports sleeping four hours. Panic on the bus.');
  await page.screenshot({ path: '/tmp/quota17-note-disk-full.png' });
  expect(await seriousA11yViolations(page)).toEqual([]);

  await freeDisk(page);
  await notes.appendTo('Subjective', ' Calmer today.');
  const noteUrl = page.url();

  await fillDisk(page);
  await clients.openList();
  await page.getByRole('button', { name: 'New client' }).click();
  await page.getByLabel('First name').fill('Riley');
  await page.getByLabel('Last name').fill('Roomless');
  await page.getByLabel('Date of birth').fill('1988-02-03');
  await page.getByLabel('Admission date').fill('2026-11-03');
  await page.getByRole('button', { name: 'Save client' }).click();
  const refused = page.getByRole('alert').filter({ hasText: 'The client was not saved' });
  await expect(refused).toContainText(DISK_FULL);
  await expect(page.getByLabel('Last name')).toHaveValue('Roomless');
  await refused.scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/quota17-client-disk-full.png' });

  await freeDisk(page);
  await page.getByRole('button', { name: 'Save client' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Roomless/ })).toBeVisible();
  await page.goto(noteUrl);
  await expect(notes.section('Subjective')).toHaveText('Reports sleeping four hours. Panic on the bus. Calmer today.');
});
