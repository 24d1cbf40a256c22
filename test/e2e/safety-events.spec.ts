import { expect, test } from './fixtures';
import { seriousA11yViolations } from './a11y';
import { ClientScreens } from './pages/client-pages';
import { localDayAgo } from './pages/measure-pages';
import { SetupScreen } from './pages/vault-pages';

const RIVER = { firstName: 'River', lastName: 'Eventson', dateOfBirth: '1990-02-03', admissionDate: localDayAgo(10) };

test('a safety event reported in session is recorded on the Safety plans tab and asks for the safety plan', async ({ page }) => {
  await new SetupScreen(page).openNewClinic();
  await new ClientScreens(page).createClient(RIVER);
  await page.getByRole('tab', { name: 'Safety plans' }).click();
  await page.getByRole('button', { name: 'Record a safety event' }).click();
  const dialog = page.getByRole('dialog', { name: 'Record a safety event' });

  // A day before the admission is refused at the field; nothing is recorded.
  const day = dialog.getByRole('textbox', { name: 'Day it happened' });
  await day.fill(localDayAgo(12));
  await dialog.getByRole('button', { name: 'Record safety event' }).click();
  await expect(day).toHaveAccessibleDescription(`The day cannot be before the admission (${RIVER.admissionDate}).`);
  await expect(dialog.getByText('Choose what happened.')).toBeVisible();

  await dialog.getByRole('combobox', { name: 'What happened' }).click();
  await page.getByRole('option', { name: 'Self-harm act' }).click();
  await day.fill(localDayAgo(1));
  await dialog.getByRole('textbox', { name: 'Note' }).fill('Cut her arm after an argument; told us today.');
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.screenshot({ path: '/tmp/safetyevents-dialog.png' });
  await dialog.getByRole('button', { name: 'Record safety event' }).click();

  await expect(dialog).toHaveCount(0);
  const prompt = page.getByRole('alert').filter({ hasText: 'A safety plan should be written' });
  await expect(prompt).toContainText('Self-harm act');
  await page.screenshot({ path: '/tmp/safetyevents-prompt.png', fullPage: true });
});
