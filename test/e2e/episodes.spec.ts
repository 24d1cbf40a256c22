import { expect, test } from './fixtures';
import { seriousA11yViolations } from './a11y';
import { ClientScreens } from './pages/client-pages';
import { MeasureScreens, localDayAgo, phq9Answers } from './pages/measure-pages';
import { SetupScreen } from './pages/vault-pages';

const RILEY = { firstName: 'Riley', lastName: 'Levels', dateOfBirth: '1991-04-05', admissionDate: localDayAgo(40) };

test('admit to IOP, transfer to outpatient: the current level on the chart and the transfer marked on the PHQ-9 chart', async ({ page }) => {
  test.setTimeout(180_000); // setup, three PHQ-9s, an admission, a refused and a saved transfer, two axe scans
  await new SetupScreen(page).openNewClinic();
  await new ClientScreens(page).insertClient(RILEY);
  const measures = new MeasureScreens(page);
  await measures.administerPhq9(phq9Answers(18), localDayAgo(35));
  await measures.administerPhq9(phq9Answers(13), localDayAgo(20));
  await measures.administerPhq9(phq9Answers(8));

  await page.getByRole('tab', { name: 'Level of care' }).click();
  const section = page.getByRole('region', { name: 'Level of care' });
  await expect(section).toContainText('No admission to a level of care is recorded yet. The client record says IOP');
  await section.getByRole('button', { name: 'Record admission' }).click();
  const admission = page.getByRole('dialog', { name: 'Record admission' });
  await expect(admission.getByLabel('Admission date')).toHaveValue(RILEY.admissionDate);
  await expect(admission.getByRole('combobox', { name: 'Level of care' })).toHaveValue('Intensive outpatient (IOP)');
  expect(await seriousA11yViolations(page)).toEqual([]);
  await admission.getByRole('button', { name: 'Record admission' }).click();
  await expect(admission).toBeHidden();
  await expect(section).toContainText('Current level of care: IOP since');

  await section.getByRole('button', { name: 'Record transfer' }).click();
  const transfer = page.getByRole('dialog', { name: 'Record transfer from IOP' });
  await transfer.getByLabel('Transfer date').fill(localDayAgo(10));
  await transfer.getByRole('button', { name: 'Record transfer' }).click();
  await expect(transfer.getByText('Choose the level of care.')).toBeVisible();
  await transfer.getByRole('combobox', { name: 'New level of care' }).click();
  await page.getByRole('option', { name: 'Outpatient (OP)' }).click();
  await transfer.getByLabel('Reason for transfer').fill('Sustained improvement');
  await expect(transfer.getByLabel('Transfer date')).toHaveValue(localDayAgo(10));
  await transfer.getByRole('button', { name: 'Record transfer' }).click();
  await expect(transfer).toBeHidden();
  await expect(section).toContainText('Current level of care: OP since');
  await expect(section).toContainText('(transferred from IOP)');
  const history = section.getByRole('table', { name: 'Level-of-care history' });
  await expect(history.getByRole('row')).toHaveCount(3);
  await expect(history.getByRole('row').nth(1)).toContainText('OP');
  await expect(history.getByRole('row').nth(2)).toContainText('IOP');
  // The chart header's Level of care (the client record) follows the transfer.
  await expect(page.locator('dt', { hasText: 'Level of care' }).locator('xpath=following-sibling::dd[1]')).toHaveText('OP');
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.screenshot({ path: '/tmp/episodes-level-of-care.png', fullPage: true });

  await page.getByRole('tab', { name: 'Measures' }).click();
  await expect(page.getByTestId('current-level')).toContainText('Current level of care: OP since');
  const phq9 = measures.trajectory('PHQ-9').getByRole('img');
  await expect(phq9).toHaveAccessibleName(/Level-of-care changes marked: IOP → OP/);
  // The admission (before the first PHQ-9) is outside the charted range, so it is not drawn.
  await expect(phq9).not.toHaveAccessibleName(/Admitted to IOP/);
  await expect(measures.trajectory('PHQ-9').getByRole('list', { name: 'Chart legend' })).toContainText('Solid blue line: admission, transfer');
  await measures.trajectory('PHQ-9').screenshot({ path: '/tmp/episodes-phq9-marker.png' });
});

test('the clinic adds a level of care; a transfer offers it', async ({ page }) => {
  test.setTimeout(120_000);
  await new SetupScreen(page).openNewClinic();
  await page.getByRole('link', { name: 'Levels of care' }).click();
  const list = page.getByRole('textbox', { name: /Levels of care, one per line/ });
  await expect(list).toHaveValue('PHP: Partial hospitalization (PHP)\nIOP: Intensive outpatient (IOP)\nOP: Outpatient (OP)');
  await list.fill('IOP: Intensive outpatient (IOP)\nIOP: again');
  await page.getByRole('button', { name: 'Save levels of care' }).click();
  await expect(page.getByText('The code IOP is listed twice.')).toBeVisible();
  await list.fill('IOP: Intensive outpatient (IOP)\nOP: Outpatient (OP)\nRES: Residential (RES)');
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Save levels of care' }).click();
  await expect(page.getByText('Levels of care saved.')).toBeVisible();

  await page.getByRole('link', { name: 'Clients' }).click();
  await new ClientScreens(page).insertClient(RILEY);
  await page.getByRole('tab', { name: 'Level of care' }).click();
  await page.getByRole('button', { name: 'Record admission' }).click();
  await page.getByRole('dialog', { name: 'Record admission' }).getByRole('button', { name: 'Record admission' }).click();
  await page.getByRole('button', { name: 'Record transfer' }).click();
  const transfer = page.getByRole('dialog', { name: 'Record transfer from IOP' });
  await transfer.getByRole('combobox', { name: 'New level of care' }).click();
  await expect(page.getByRole('option')).toHaveText(['Intensive outpatient (IOP)', 'Outpatient (OP)', 'Residential (RES)']);
  await page.getByRole('option', { name: 'Residential (RES)' }).click();
  await transfer.getByRole('combobox', { name: 'Coding (optional)' }).click();
  await page.getByRole('option', { name: 'LOCUS' }).click();
  await transfer.getByRole('textbox', { name: 'Level code' }).fill('5');
  await page.screenshot({ path: '/tmp/episodes-transfer-dialog.png' });
  await transfer.getByRole('button', { name: 'Record transfer' }).click();
  await expect(transfer).toBeHidden();
  await expect(page.getByRole('region', { name: 'Level of care' })).toContainText('Current level of care: RES since');
  await expect(page.getByRole('table', { name: 'Level-of-care history' }).getByRole('row').nth(1)).toContainText('LOCUS 5');
  // The client record holds the clinic's own level (client schema v2): the chart header says RES.
  await expect(page.locator('dt', { hasText: 'Level of care' }).locator('xpath=following-sibling::dd[1]')).toHaveText('RES');
  await page.screenshot({ path: '/tmp/reviews2-header-res.png', fullPage: true });
});
