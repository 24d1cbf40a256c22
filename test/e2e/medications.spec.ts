import { expect, test } from './fixtures';
import { seriousA11yViolations } from './a11y';
import { ClientScreens } from './pages/client-pages';
import { MedicationScreens, sertraline } from './pages/medication-pages';
import { MeasureScreens, localDayAgo, phq9Answers } from './pages/measure-pages';
import { SetupScreen } from './pages/vault-pages';

const SAM = { firstName: 'Sam', lastName: 'Medley', dateOfBirth: '1990-05-06', admissionDate: localDayAgo(40) };

/** Monday of the week `weeksAgo` weeks before this one, as "YYYY-MM-DD" in local time. */
function mondayWeeksAgo(weeksAgo: number): string {
  const d = new Date();
  const back = ((d.getDay() + 6) % 7) + 7 * weeksAgo;
  return localDayAgo(back);
}

test('medication, dose change, two weeks of adherence with misses and a side effect: charts, marker and alert', async ({ page }) => {
  test.setTimeout(180_000); // one whole clinical flow: setup, two PHQ-9s, a medication, two weeks, a side effect, axe
  await new SetupScreen(page).openNewClinic();
  const clients = new ClientScreens(page);
  await clients.insertClient(SAM);
  const measures = new MeasureScreens(page);
  await measures.administerPhq9(phq9Answers(16), localDayAgo(21));
  await measures.administerPhq9(phq9Answers(11));

  const meds = new MedicationScreens(page);
  await meds.openTab();
  await meds.addMedication(sertraline(localDayAgo(30)));
  await expect(meds.currentList()).toContainText('Sertraline');
  await expect(meds.currentList()).toContainText('50 mg');
  await meds.changeDose('Sertraline', '100', localDayAgo(10), 'Partial response at 50 mg');
  await expect(meds.currentList()).toContainText('100 mg');
  await expect(page.getByRole('table', { name: /Medication changes/ })).toContainText('Sertraline 50 → 100 mg');

  await meds.recordWeek('Sertraline', mondayWeeksAgo(1), ['1', '0', '1', '0', '1', '0', '1'], 'Forgot');
  // Every other dose missed in both weeks: any 7 days in a row are under 80 %, whatever today's weekday.
  await meds.recordWeek('Sertraline', mondayWeeksAgo(0), ['0', '1', '0', '1', '0', '1', '0'], 'Ran out');
  const adherence = meds.region('Adherence');
  await expect(adherence.getByRole('img', { name: /Weekly adherence bars/ })).toBeVisible();
  await expect(adherence.getByRole('table', { name: /Weekly adherence/ })).toContainText('4 of 7 (57 %)');
  await expect(meds.adherenceAlert()).toBeVisible();
  await expect(meds.adherenceAlert()).toContainText('Sertraline');

  await meds.recordSideEffect('Nausea', 'Sertraline', '2 Moderate', 'Some');
  const effects = meds.region('Side effects');
  await expect(effects.getByRole('img', { name: /Nausea latest Moderate/ })).toBeVisible();
  await expect(effects.getByRole('table', { name: /Side effects/ })).toContainText('2 Moderate');
  expect(await seriousA11yViolations(page)).toEqual([]);

  await page.getByRole('tab', { name: 'Measures' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Adherence below 80 %' })).toBeVisible();
  const phq9 = measures.trajectory('PHQ-9').getByRole('img');
  await expect(phq9).toHaveAccessibleName(/Medication changes marked: Sertraline 50 → 100 mg/);
  // The start (before the first PHQ-9) is outside the charted range, so it is not drawn.
  await expect(phq9).not.toHaveAccessibleName(/Started Sertraline/);
});

test('a medication visit reviews since the last visit, records its changes and note; caseload and list badge show the client', async ({ page }) => {
  test.setTimeout(180_000);
  await new SetupScreen(page).openNewClinic();
  const clients = new ClientScreens(page);
  await clients.insertClient(SAM);
  const meds = new MedicationScreens(page);
  await meds.openTab();

  const lithium = {
    name: 'Lithium',
    strength: '300 mg capsule',
    dose: '0',
    timesPerDay: '2',
    times: '08:00',
    prescriber: 'Dr Lee',
    indication: 'Bipolar disorder',
    startedOn: localDayAgo(20),
  };
  const form = await meds.fillNewMedication(lithium);
  await form.getByRole('button', { name: 'Save medication' }).click();
  await expect(form.getByText('The dose must be more than 0.')).toBeVisible();
  await expect(form.getByText('Give 2 time(s), one per dose, or none.')).toBeVisible();
  await form.getByRole('textbox', { name: 'Dose', exact: true }).fill('600');
  await form.getByLabel('Times of day').fill('08:00, 20:00');
  expect(await seriousA11yViolations(page)).toEqual([]);
  await form.getByRole('button', { name: 'Save medication' }).click();
  await expect(form).toBeHidden();

  await page.getByRole('button', { name: 'Record week' }).click();
  await expect(meds.dialog('Record a week of adherence')).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await meds.recordWeek('Lithium', mondayWeeksAgo(1), ['2', '1', '1', '0', '1', '1', '0'], 'Side effects');
  await meds.recordWeek('Lithium', mondayWeeksAgo(0), ['1', '1', '0', '1', '1', '1', '1'], 'Chose not to');

  await page.getByRole('button', { name: 'Start medication visit' }).click();
  const visit = meds.region('Medication visit');
  await expect(visit).toContainText('Side effects so far (first medication visit)');
  await expect(visit).toContainText(/Adherence ?Last 14 days/);
  await visit.getByRole('button', { name: 'Finish visit' }).click();
  await expect(visit.getByText('Write a short visit note before finishing.')).toBeVisible();
  // Another tab straight after typing (no pause for the autosave) and back: the visit and its note are still there.
  const typed = 'Tremor since the last increase; plan a level check.';
  await visit.getByRole('textbox', { name: /^Visit note/ }).fill(typed);
  await page.getByRole('tab', { name: 'Details' }).click();
  await meds.openTab();
  await page.getByRole('button', { name: /^Resume visit of/ }).click();
  // The visit note is a note's rich-text section now (a text box, not a textarea): its text, not its value.
  await expect(visit.getByRole('textbox', { name: /^Visit note/ })).toHaveText(typed);
  await expect(visit).toContainText('No measures scored yet.');
  await meds.recordSideEffect('Tremor', 'Lithium', '3 Severe', 'A lot');
  await expect(visit).toContainText('Tremor: Severe');
  await expect(visit).toContainText('(1 so far)');
  expect(await seriousA11yViolations(page)).toEqual([]);
  await visit.getByRole('button', { name: 'Finish visit' }).click();
  await expect(visit).toBeHidden();

  await clients.openList();
  await expect(clients.rowFor('Medley').getByText('Low adherence')).toBeVisible();
  const caseload = await meds.openCaseload();
  const row = caseload.getByRole('row').filter({ hasText: 'Medley' });
  await expect(row).toContainText('Lithium');
  await expect(row).toContainText('(low)');
  await expect(row).toContainText('Tremor, Severe');
  await expect(row.getByRole('cell').last()).toHaveText('0');
  await caseload.getByRole('button', { name: 'Days since medication visit' }).click();
  await expect(caseload.getByRole('columnheader', { name: /Days since medication visit/ })).toHaveAttribute('aria-sort', 'ascending');
  expect(await seriousA11yViolations(page)).toEqual([]);

  await page.getByRole('link', { name: 'Audit log' }).click();
  await expect(page.getByRole('row').filter({ hasText: 'Started Lithium 600 mg' })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'Medication visit started' })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'Medication visit note edited' })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'Opened the medications caseload' })).toBeVisible();
});
