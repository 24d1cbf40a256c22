import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ClientScreens } from './pages/client-pages';
import { CheckInScreens, MeasureScreens, localDayAgo } from './pages/measure-pages';
import { MedicationScreens, sertraline } from './pages/medication-pages';
import { SessionScreens } from './pages/session-pages';
import { SetupScreen } from './pages/vault-pages';

// Issue 12 items 7–9: implausible values are refused with a message at their field; nothing is saved, clamped or cut.
const TOMORROW = localDayAgo(-1);
const CASEY = { firstName: 'Casey', lastName: 'Plausible', dateOfBirth: '1991-06-07', admissionDate: localDayAgo(30) };

async function clinicWithClient(page: Page): Promise<ClientScreens> {
  await new SetupScreen(page).openNewClinic();
  const clients = new ClientScreens(page);
  await clients.insertClient(CASEY);
  return clients;
}

/** The field shows this message as its own (aria-describedby), not somewhere else on the page. */
async function expectMessageAt(field: Locator, message: string | RegExp): Promise<void> {
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription(message);
}

test('client form: admission in the future or before birth and a birth year of 1890 are refused at their fields; a planned admission is kept as planned', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await new SetupScreen(page).openNewClinic();
  await page.getByRole('button', { name: 'New client' }).click();
  await page.getByLabel('First name').fill('Avery');
  await page.getByLabel('Last name').fill('Implausible');
  await page.getByLabel('Date of birth').fill('1890-06-01');
  await page.getByLabel('Admission date').fill(TOMORROW);
  await page.getByRole('button', { name: 'Save client' }).click();
  await expectMessageAt(page.getByLabel('Date of birth'), /makes the client 13\d years old: check the year/);
  await expectMessageAt(page.getByLabel('Admission date'), /The admission date is in the future\. Choose Planned admission/);
  await expect(page.getByRole('heading', { level: 1, name: 'New client' })).toBeVisible();

  await page.getByLabel('Date of birth').fill('1990-06-01');
  await page.getByLabel('Admission date').fill('1989-01-01');
  await page.getByRole('button', { name: 'Save client' }).click();
  await expectMessageAt(page.getByLabel('Admission date'), 'The admission date cannot be before the date of birth.');
  await expect(page.getByLabel('Date of birth')).not.toHaveAttribute('aria-invalid', 'true');
  await page.locator('form').screenshot({ path: '/tmp/plausibility-client-form.png' });

  // The same future day as a planned admission is accepted, and shown as planned, not admitted.
  await page.getByLabel('Admission date').fill(TOMORROW);
  await page.getByRole('radio', { name: 'Planned, not admitted yet' }).check();
  await page.getByRole('button', { name: 'Save client' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Implausible/ })).toBeVisible();
  await expect(page.getByText('Planned admission', { exact: true })).toBeVisible();
  await expect(page.getByText('Admission planned')).toBeVisible();
  await expect(page.getByText(/Not admitted yet, so nothing is charted/)).toBeVisible();
  await page.screenshot({ path: '/tmp/plausibility-planned-chart.png' });

  // Admitting means editing: Admitted with the still-future day is refused; admitted today is saved as Active.
  await page.getByRole('link', { name: 'Edit' }).click();
  await page.getByRole('radio', { name: 'Admitted', exact: true }).check();
  await page.getByRole('button', { name: 'Save client' }).click();
  await expectMessageAt(page.getByLabel('Admission date'), /The admission date is in the future/);
  await page.getByLabel('Admission date').fill(localDayAgo(0));
  await page.getByRole('button', { name: 'Save client' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Implausible/ })).toBeVisible();
  await expect(page.getByText('Active', { exact: true })).toBeVisible();
  await expect(page.getByText('Admitted', { exact: true })).toBeVisible();

  // Exactly one client was saved.
  const clients = new ClientScreens(page);
  await clients.openList();
  await page.getByLabel('Status', { exact: true }).click();
  await page.getByRole('option', { name: 'All clients' }).click();
  await expect(clients.rowFor('Implausible')).toHaveCount(1);
  await expect(clients.rowFor('Implausible')).toContainText('Active');
});

test('check-in: 11, −3, 4.5, 30 h and a 10,000-character journal stay as typed, get messages at their fields, and nothing is saved', async ({ page }) => {
  test.setTimeout(120_000);
  await clinicWithClient(page);
  await page.getByRole('tab', { name: 'Check-ins' }).click();
  const form = page.getByRole('form', { name: 'Quick check-in' });
  const field = (label: string) => form.getByRole('textbox', { name: new RegExp(`^${label}`) });
  const journal = field('Journal');

  // The limit shows before it is reached.
  await journal.fill('A calm day');
  await expect(journal).toHaveAccessibleDescription(/10 of 1000 characters/);

  const typed: readonly [string, string][] = [
    ['Mood', '11'],
    ['Anxiety', '-3'],
    ['Stress', '4.5'],
    ['Cravings', '0'],
    ['Sleep', '30'],
  ];
  for (const [label, value] of typed) {
    await field(label).fill(value);
    await field(label).blur();
  }
  await journal.fill('x'.repeat(10_000));
  for (const [label, value] of typed) await expect(field(label)).toHaveValue(value);
  await expect(journal).toHaveValue('x'.repeat(10_000));
  await expectMessageAt(journal, /Journal is 10000 characters; the most is 1000\./);

  await form.getByRole('button', { name: 'Save check-in' }).click();
  await expectMessageAt(field('Mood'), /Mood 11 is not a whole number from 0 to 10\./);
  await expectMessageAt(field('Anxiety'), /Anxiety -3 is not a whole number from 0 to 10\./);
  await expectMessageAt(field('Stress'), /Stress 4\.5 is not a whole number from 0 to 10\./);
  await expectMessageAt(field('Sleep'), /Sleep 30 is not a number of hours from 0 to 24/);
  await expect(form.getByRole('alert')).toHaveText('Check-in not saved: fix the fields marked above.');
  for (const [label, value] of typed) await expect(field(label)).toHaveValue(value);
  await expect(journal).toHaveValue('x'.repeat(10_000));
  await form.screenshot({ path: '/tmp/plausibility-checkin.png' });

  // A day before the client was born is refused at the Day field.
  await form.getByLabel('Day').fill('1990-01-01');
  await form.getByRole('button', { name: 'Save check-in' }).click();
  await expectMessageAt(form.getByLabel('Day'), /before the client’s date of birth/);
  await expect(new CheckInScreens(page).trendTable()).toHaveCount(0);

  // The group round: the same values stay in their cells, each with its own message; the row is not saved.
  const checkIns = new CheckInScreens(page);
  await checkIns.openRoundPage();
  await checkIns.roundRow('Plausible, Casey', localDayAgo(1), [11, -3, 4.5, 0], 30, 'y'.repeat(1200));
  const round = page.getByRole('region', { name: 'Check-in round' });
  const cell = (label: string) => round.getByRole('textbox', { name: `Plausible, Casey: ${label}` });
  await expectMessageAt(cell('Mood'), /Mood 11 is not a whole number/);
  await expectMessageAt(cell('Anxiety'), /Anxiety -3 is not a whole number/);
  await expectMessageAt(cell('Stress'), /Stress 4\.5 is not a whole number/);
  await expectMessageAt(cell('Sleep (hours)'), /Sleep 30 is not a number of hours/);
  await expectMessageAt(cell('Journal'), /Journal is 1200 characters; the most is 1000\. 1200 of 1000 characters/);
  await expect(cell('Mood')).toHaveValue('11');
  await expect(cell('Journal')).toHaveValue('y'.repeat(1200));
  await expect(round.getByRole('alert')).toHaveText('Not saved: fix this row’s marked fields.');
  await round.screenshot({ path: '/tmp/plausibility-round.png' });
});

test('administer form: a measure dated before birth or in the future is refused at "Administered on" and not saved', async ({ page }) => {
  test.setTimeout(120_000);
  await clinicWithClient(page);
  const measures = new MeasureScreens(page);
  await measures.startAdminister('PHQ-9');
  await measures.answerWithKeys('PHQ-9', ['1', '1', '0', '0', '0', '0', '0', '0', '0']);
  const day = measures.form('PHQ-9').getByLabel(/Administered on/);
  for (const [value, message] of [
    ['1991-06-06', /before the client’s date of birth/],
    [TOMORROW, /in the future/],
  ] as const) {
    await measures.setAdministeredOn(value, 'PHQ-9');
    await measures.save('PHQ-9');
    await expectMessageAt(day, message);
    await expect(measures.form('PHQ-9').getByRole('alert')).toHaveText('Not saved: fix “Administered on” above.');
  }
  await measures.form('PHQ-9').screenshot({ path: '/tmp/plausibility-administer.png' });
  await measures.setAdministeredOn(localDayAgo(1), 'PHQ-9');
  await measures.save('PHQ-9');
  await expect(page.getByText(/^PHQ-9 saved: total 2/)).toBeVisible();
});

test('session and medication forms: duration 0 and Held in the future are refused at their fields; times per day errors sit under Times per day', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await clinicWithClient(page);

  const meds = new MedicationScreens(page);
  await meds.openTab();
  const dialog = await meds.fillNewMedication(sertraline(localDayAgo(3), { timesPerDay: '13', times: '' }));
  await dialog.getByLabel('Times per day').blur();
  await expect(dialog.getByLabel('Times per day')).toHaveValue('13');
  await dialog.getByRole('button', { name: 'Save medication' }).click();
  await expectMessageAt(dialog.getByLabel('Times per day'), 'At most 12 times a day.');
  await expect(dialog.getByLabel('Times of day')).not.toHaveAttribute('aria-invalid', 'true');
  await dialog.screenshot({ path: '/tmp/plausibility-medication.png' });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(meds.currentList()).toHaveCount(0);

  await new SessionScreens(page).openChartSessions();
  await page.getByRole('link', { name: 'New session' }).click();
  await page.getByLabel('Date').fill(TOMORROW);
  await page.getByLabel('Status').selectOption('held');
  await page.getByLabel('Duration (minutes)').fill('0');
  await page.getByLabel('Duration (minutes)').blur();
  await expect(page.getByLabel('Duration (minutes)')).toHaveValue('0');
  await page.getByRole('button', { name: 'Save session' }).click();
  await expectMessageAt(page.getByLabel('Duration (minutes)'), 'A session lasts at least 5 minutes.');
  await expectMessageAt(page.getByLabel('Status'), /has not started yet, so it cannot be Held/);
  await expect(page.getByRole('heading', { level: 1, name: 'New session' })).toBeVisible();
  await page.locator('form').screenshot({ path: '/tmp/plausibility-session.png' });
});
