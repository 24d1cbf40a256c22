import { expect, test } from './fixtures';
import { seriousA11yViolations } from './a11y';
import { ClientScreens } from './pages/client-pages';
import { MeasureScreens, localDayAgo, phq9Answers } from './pages/measure-pages';
import { SetupScreen } from './pages/vault-pages';

const RIVER = { firstName: 'River', lastName: 'Eventson', dateOfBirth: '1990-02-03', admissionDate: localDayAgo(10) };

test('a safety event reported in session is recorded on the Safety plans tab and asks for the safety plan', async ({ page }) => {
  await new SetupScreen(page).openNewClinic();
  await new ClientScreens(page).insertClient(RIVER);
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

/** A day as the screens show it ("Dec 3, 2026" in the browser's locale). */
const shown = (iso: string) => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

test('a safety event recorded while answering an alert is linked to it, and a correction replaces it', async ({ page }) => {
  await new SetupScreen(page).openNewClinic();
  await new ClientScreens(page).insertClient({ ...RIVER, lastName: 'Alertson' });
  const measures = new MeasureScreens(page);
  const alertDay = localDayAgo(2);
  await measures.administerPhq9(phq9Answers(4, 1), alertDay);
  await expect(measures.safetyAlert()).toBeVisible();

  // Answering the alert offers the safety event, dated the alert's day.
  await page.getByRole('button', { name: 'Record clinician response' }).click();
  await page.getByRole('button', { name: 'Record a safety event' }).click();
  const dialog = page.getByRole('dialog', { name: 'Record a safety event' });
  await expect(dialog.getByRole('textbox', { name: 'Day it happened' })).toHaveValue(alertDay);
  await dialog.getByRole('combobox', { name: 'What happened' }).click();
  await page.getByRole('option', { name: 'Self-harm act' }).click();
  await dialog.getByRole('button', { name: 'Record safety event' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByText(`Recorded with this alert: Self-harm act on ${shown(alertDay)}`)).toBeVisible();
  await page.screenshot({ path: '/tmp/plansB-alert-response.png', fullPage: true });
  await measures.acknowledge('Safety plan reviewed', 'Talked it through; she cut her arm on the day of the PHQ-9.');
  await expect(measures.safetyAlert()).toBeHidden();
  await expect(page.getByText(/Did the client report a safety event/)).toHaveCount(0);

  await page.getByRole('tab', { name: 'Safety plans' }).click();
  const recorded = page.getByRole('region', { name: 'Recorded safety events' });
  await expect(recorded).toContainText(`Self-harm act on ${shown(alertDay)}, from the alert of ${shown(alertDay)}`);

  // A correction needs a reason; it then replaces the entry, which stays readable beside it.
  await recorded.getByRole('button', { name: /^Correct: Self-harm act/ }).click();
  const correcting = page.getByRole('dialog', { name: 'Correct a safety event' });
  await correcting.getByRole('combobox', { name: 'What happened' }).click();
  await page.getByRole('option', { name: 'Call to a crisis line' }).click();
  await correcting.getByRole('button', { name: 'Save correction' }).click();
  await expect(correcting.getByRole('textbox', { name: 'Reason for the correction' })).toHaveAccessibleDescription(/Say why this safety event is corrected\./);
  await correcting.getByRole('textbox', { name: 'Reason for the correction' }).fill('She called the crisis line; no self-harm act.');
  expect(await seriousA11yViolations(page)).toEqual([]);
  await correcting.getByRole('button', { name: 'Save correction' }).click();
  await expect(correcting).toHaveCount(0);
  await expect(recorded.getByRole('listitem')).toHaveCount(1);
  await expect(recorded).toContainText(`Call to a crisis line on ${shown(alertDay)}, from the alert of ${shown(alertDay)}`);
  await expect(recorded).toContainText(`Earlier entry: Self-harm act on ${shown(alertDay)}`);
  await page.screenshot({ path: '/tmp/plansB-recorded-events.png', fullPage: true });
});
