// Retakes the pictures in docs/ from a small clinic built through the UI: `npm run screenshots` (not part of npm test).
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ClientScreens } from './pages/client-pages';
import { CheckInScreens, MeasureScreens, localDayAgo, moodCsv, phq9Answers, type MoodRow } from './pages/measure-pages';
import { MedicationScreens, sertraline } from './pages/medication-pages';
import { NoteScreens } from './pages/note-pages';
import { SetupScreen } from './pages/vault-pages';

const DOCS = 'docs';

test.use({ viewport: { width: 1360, height: 900 } });

/** A picture without the toasts of the steps before it (they close by themselves after a few seconds). */
async function shoot(page: Page, name: string, fullPage = true): Promise<void> {
  await expect(page.locator('.mantine-Notification-root')).toHaveCount(0, { timeout: 15_000 });
  await page.screenshot({ path: `${DOCS}/${name}.png`, fullPage });
}

function moodRows(): MoodRow[] {
  return [13, 11, 9, 7, 5, 3, 1].map(
    (ago, i) => [localDayAgo(ago), String(3 + i), String(7 - i), String(6 - (i % 3)), '1', String(5.5 + i / 2), 'Grounding', ''] as const,
  );
}

test('docs screenshots of every main screen', async ({ page }) => {
  test.setTimeout(300_000);
  const setup = new SetupScreen(page);
  await page.goto('/');
  const key = await setup.createClinic();
  await shoot(page, 'recovery-key', false);
  await setup.confirmRecoveryKey(key);
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();

  const clients = new ClientScreens(page);
  for (const [firstName, lastName] of [
    ['Jordan', 'Avery'],
    ['Sam', 'Okafor'],
    ['Riley', 'Chen'],
  ] as const) {
    await clients.openList();
    await clients.insertClient({ firstName, lastName, dateOfBirth: '1994-03-02', admissionDate: localDayAgo(28) });
  }

  const measures = new MeasureScreens(page);
  for (const [total, ago] of [
    [18, 21],
    [13, 14],
    [9, 7],
  ] as const) {
    await measures.administerPhq9(phq9Answers(total), localDayAgo(ago));
    await expect(measures.form('PHQ-9')).toBeHidden();
  }
  const meds = new MedicationScreens(page);
  await meds.openTab();
  await meds.addMedication(sertraline(localDayAgo(17), { prescriber: 'Dr. Lee' }));
  await shoot(page, 'medications');
  await page.getByRole('tab', { name: 'Measures' }).click();
  await expect(page.getByRole('img', { name: /Started Sertraline/ })).toBeVisible();
  await shoot(page, 'client-chart');
  await page.getByRole('tab', { name: 'Overview' }).click();
  await expect(page.getByRole('heading', { name: 'Current recommendation' })).toBeVisible();
  await shoot(page, 'overview');
  await page.getByRole('tab', { name: 'Plan', exact: true }).click();
  await shoot(page, 'plan-empty');
  await page.getByRole('tab', { name: 'Reports' }).click();
  await shoot(page, 'reports');
  await page.getByRole('link', { name: /^Today/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Caseload' })).toBeVisible();
  await shoot(page, 'today');

  const checkIns = new CheckInScreens(page);
  await checkIns.openRoundPage();
  await checkIns.chooseCsv('Chen, Riley', moodCsv(moodRows()));
  await page.getByRole('button', { name: /^Import \d+ check-ins?$/ }).click();
  await expect(page.getByText(/check-ins? imported/)).toBeVisible();
  await clients.openList();
  await clients.rowFor('Chen').getByRole('link').click();
  await page.getByRole('tab', { name: 'Check-ins' }).click();
  await expect(page.getByRole('heading', { name: 'Check-in trends' })).toBeVisible();
  await shoot(page, 'check-ins');

  const notes = new NoteScreens(page);
  await notes.startNoteFromChart();
  await notes.appendTo('Subjective', 'Slept better this week; used grounding twice when anxious at work.');
  await shoot(page, 'note-editor');

  await page.getByRole('link', { name: 'Unsigned notes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Unsigned notes' })).toBeVisible();
  await shoot(page, 'unsigned-notes', false);

  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await shoot(page, 'settings');

  await page.getByRole('link', { name: 'Audit log' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Audit log/ })).toBeVisible();
  // The integrity check runs on opening: the picture shows its result, not the button's loading state.
  await expect(page.getByRole('button', { name: 'Check everything' })).toBeEnabled();
  await expect(page.getByText(/No sign of removed, changed or reordered events/)).toBeVisible();
  await shoot(page, 'audit-log', false);

  await clients.openList();
  await shoot(page, 'client-list', false);
});
