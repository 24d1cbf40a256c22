import type { Page } from '@playwright/test';
import { seriousA11yViolations } from './a11y';
import { expect, test } from './fixtures';
import { ClientScreens } from './pages/client-pages';
import { MeasureScreens, localDayAgo, phq9Answers } from './pages/measure-pages';
import { ReviewScreens } from './pages/review-pages';
import { SessionScreens } from './pages/session-pages';
import { LockScreen, rememberSetupCode, SetupScreen } from './pages/vault-pages';

const STEP_DOWN_SENTENCE =
  'Step down suggested: PHQ-9 fell from 18 to 8 (reliable, ≥ 6 points) and stayed ≤ 9 on the last 2 administrations; attendance 10 of 12 (83 %); no safety event in 14 days.';

async function clientWithPhq9(page: Page, lastName: string, scores: readonly (readonly [number, number, number])[]): Promise<ClientScreens> {
  await new SetupScreen(page).openNewClinic();
  const clients = new ClientScreens(page);
  await clients.insertClient({ firstName: 'Robin', lastName, dateOfBirth: '1988-03-14', admissionDate: localDayAgo(40) });
  const measures = new MeasureScreens(page);
  for (const [ago, total, item9] of scores) {
    await measures.administerPhq9(phq9Answers(total, item9), localDayAgo(ago));
    await expect(measures.form('PHQ-9')).toBeHidden();
  }
  return clients;
}

/** Twelve individual sessions in the last 28 days: the two oldest missed, the other ten attended. */
async function twelveSessions(page: Page, clients: ClientScreens, lastName: string): Promise<void> {
  const sessions = new SessionScreens(page);
  const days = [27, 25, 23, 21, 19, 17, 15, 13, 11, 9, 7, 5];
  for (const [i, ago] of days.entries()) {
    await clients.openList();
    await clients.rowFor(lastName).getByRole('link').click();
    await sessions.scheduleIndividualSession(localDayAgo(ago), '10:00');
    await sessions.mark(`${lastName}, Robin`, i < 2 ? 'Absent, unexcused' : 'Present');
    await expect(page.getByRole('combobox', { name: `Attendance of ${lastName}, Robin` })).toHaveValue(/.+/);
  }
  await clients.openList();
  await clients.rowFor(lastName).getByRole('link').click();
}

test('PHQ-9 18 → 13 → 9 → 8 with 10 of 12 sessions: step down suggested; the clinician continues with a reason, signs, and the decision shows on the Overview and its timeline', async ({
  page,
}) => {
  test.setTimeout(420_000);
  const clients = await clientWithPhq9(page, 'Stepdown', [
    [40, 18, 0],
    [26, 13, 0],
    [12, 9, 0],
    [2, 8, 0],
  ]);
  await twelveSessions(page, clients, 'Stepdown');
  const reviews = new ReviewScreens(page);
  await expect(page.getByRole('tab', { name: 'Overview', selected: true })).toBeVisible();
  await expect(page.getByText('PHQ-9 18 → 8: reliable improvement')).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);

  await reviews.startReview();
  await expect(page.getByRole('heading', { name: 'Recommendation: step down' })).toBeVisible();
  await expect(reviews.recommendation()).toContainText(STEP_DOWN_SENTENCE);
  await expect(reviews.recommendation()).toContainText('Why this rule:');
  await expect(reviews.recommendation()).toContainText('Source:');
  expect(await seriousA11yViolations(page)).toEqual([]);

  // A decision that differs from the recommendation is refused at the field until a reason is given.
  await reviews.decide('Continue', null, 'Client asked for two more weeks of groups before stepping down.');
  await reviews.sign();
  await expect(page.getByRole('combobox', { name: /Why the decision differs/ })).toHaveAccessibleDescription(/choose why/);
  await page.getByRole('combobox', { name: /Why the decision differs/ }).selectOption({ label: 'Client preference' });
  await page.screenshot({ path: '/tmp/reviews-review-draft.png', fullPage: true });
  await reviews.sign();
  await expect(page.getByRole('heading', { name: 'Signed decision' })).toBeVisible();
  await expect(page.getByText('Decision: Continue')).toBeVisible();
  await expect(page.getByText('Signature of Alex Admin verified')).toBeVisible();
  await expect(page.getByText('Differs from the recommendation: Client preference')).toBeVisible();
  await page.screenshot({ path: '/tmp/reviews-review-signed.png', fullPage: true });
  expect(await seriousA11yViolations(page)).toEqual([]);

  await reviews.backToChart();
  await expect(page.getByText(/^Continue on /)).toBeVisible();
  await expect(page.getByRole('list', { name: 'Timeline' })).toContainText('Progress review: decision continue; recommendation step down');
  await page.screenshot({ path: '/tmp/reviews-overview.png', fullPage: true });
  expect(await seriousA11yViolations(page)).toEqual([]);
});

test('a client with an open PHQ-9 item-9 alert gets "intensify" whatever the scores', async ({ page }) => {
  test.setTimeout(240_000);
  await clientWithPhq9(page, 'Alert', [
    [40, 18, 0],
    [12, 6, 0],
    [2, 4, 1],
  ]);
  const reviews = new ReviewScreens(page);
  await reviews.openOverview();
  await expect(page.getByText('PHQ-9 18 → 4: reliable improvement')).toBeVisible();
  await reviews.startReview();
  await expect(page.getByRole('heading', { name: 'Recommendation: intensify' })).toBeVisible();
  await expect(reviews.recommendation()).toContainText('Intensify suggested: an open safety alert has not yet been resolved by an assessment or safety plan.');
  expect(await seriousA11yViolations(page)).toEqual([]);
});

test('the clinic’s review rules are edited in Settings: a bad value is refused at its field, a good one is saved and audited', async ({ page }) => {
  await new SetupScreen(page).openNewClinic();
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  const field = page.getByRole('textbox', { name: 'Step-down attendance at least (%)' });
  await field.fill('120');
  await expect(field).toHaveAccessibleDescription(/whole number from 0 to 100/);
  await expect(page.getByRole('button', { name: 'Save review rules' })).toBeDisabled();
  await field.fill('85');
  await page.getByRole('button', { name: 'Save review rules' }).click();
  await expect(page.getByText('Progress rule parameters saved')).toBeVisible();
  await page.screenshot({ path: '/tmp/reviews-settings.png', fullPage: true });
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.getByRole('link', { name: 'Audit log' }).click();
  await expect(page.getByText('Progress rule parameters (waypoint-progress-rules/1) saved: stepDownAttendancePct')).toBeVisible();
});

async function addSupervisor(page: Page, name: string): Promise<void> {
  await page.getByRole('link', { name: 'Staff', exact: true }).click();
  await page.getByRole('button', { name: 'Add staff member' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Name', { exact: true }).fill(name);
  await dialog.getByLabel('Role').click();
  await page.getByRole('option', { name: 'Supervisor' }).click();
  await dialog.getByRole('button', { name: /add/i }).click();
  await rememberSetupCode(page);
  await expect(page.getByRole('cell', { name })).toBeVisible();
}

// §5.5 and §5.4: a disengagement discharge is refused at its field until outreach on 2 different days is documented;
// a discharge always needs a supervisor's co-sign, which the Overview shows once given.
test('a disengagement discharge needs outreach on two days first, then awaits a supervisor’s co-sign, shown on the Overview once co-signed', async ({
  page,
}) => {
  test.setTimeout(420_000);
  await new SetupScreen(page).openNewClinic();
  await addSupervisor(page, 'Sam Supervisor');
  const clients = new ClientScreens(page);
  await clients.openList();
  await clients.insertClient({ firstName: 'Robin', lastName: 'Faded', dateOfBirth: '1988-03-14', admissionDate: localDayAgo(40) });
  const measures = new MeasureScreens(page);
  await measures.administerPhq9(phq9Answers(15, 0), localDayAgo(40));
  await expect(measures.form('PHQ-9')).toBeHidden();
  const sessions = new SessionScreens(page);
  for (const ago of [20, 13, 6]) {
    await sessions.scheduleIndividualSession(localDayAgo(ago), '10:00');
    await sessions.mark('Faded, Robin', 'Absent, unexcused');
    await expect(page.getByRole('combobox', { name: 'Attendance of Faded, Robin' })).toHaveValue(/.+/);
    await clients.openList();
    await clients.rowFor('Faded').getByRole('link').click();
  }
  const reviews = new ReviewScreens(page);
  await reviews.openOverview();
  await reviews.startReview();
  await expect(page.getByRole('heading', { name: 'Recommendation: discharge' })).toBeVisible();
  await reviews.decide('Discharge', null, 'Three sessions missed in a row and no contact for six weeks.');
  const outreach = page.getByRole('group', { name: 'Outreach before discharge for disengagement' });
  await reviews.sign();
  await expect(outreach).toHaveAccessibleDescription(/outreach documented on at least 2 different days/);
  await expect(page.getByRole('heading', { name: 'Signed decision' })).toHaveCount(0);

  // Two attempts on the same day are still one day.
  await outreach.getByRole('button', { name: 'Add outreach attempt' }).click();
  await outreach.getByLabel('Attempt 1 date').fill(localDayAgo(5));
  await outreach.getByRole('button', { name: 'Add outreach attempt' }).click();
  await outreach.getByLabel('Attempt 2 date').fill(localDayAgo(5));
  await outreach.getByLabel('Attempt 2 method').selectOption({ label: 'Text message' });
  await reviews.sign();
  await expect(outreach).toHaveAccessibleDescription(/outreach documented on at least 2 different days/);
  await outreach.getByLabel('Attempt 2 date').fill(localDayAgo(3));
  await page.screenshot({ path: '/tmp/reviews2-outreach.png', fullPage: true });
  expect(await seriousA11yViolations(page)).toEqual([]);
  await reviews.sign();
  await expect(page.getByRole('heading', { name: 'Signed decision' })).toBeVisible();
  await expect(page.getByText('Decision: Discharge')).toBeVisible();
  await expect(page.getByText(/^Outreach before discharge: Phone on .+; Text message on .+\.$/)).toBeVisible();
  await expect(page.getByText('Awaiting co-sign', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Co-sign review' })).toHaveCount(0);

  await reviews.backToChart();
  const lastDecision = page.getByRole('region', { name: 'Last decision' });
  await expect(lastDecision).toContainText('Awaiting a supervisor’s co-sign.');
  await expect(lastDecision).toContainText(/Outreach before discharge: Phone on .+; Text message on /);

  await new LockScreen(page).switchTo('Sam Supervisor', 'sam keeps his own phrase');
  await clients.openList();
  await clients.rowFor('Faded').getByRole('link').click();
  await reviews.openOverview();
  await lastDecision.getByRole('link', { name: 'Open the review' }).click();
  await page.getByRole('button', { name: 'Co-sign review' }).click();
  await expect(page.getByText('Co-signed', { exact: true })).toBeVisible();
  await expect(page.getByText(/^Co-signed by Sam Supervisor on /)).toBeVisible();
  await page.screenshot({ path: '/tmp/reviews2-cosigned.png', fullPage: true });
  await reviews.backToChart();
  await expect(lastDecision).toContainText(/Co-signed by Sam Supervisor on /);
  await expect(lastDecision).not.toContainText('Awaiting');
  await page.screenshot({ path: '/tmp/reviews2-overview-cosigned.png', fullPage: true });
  expect(await seriousA11yViolations(page)).toEqual([]);
});

// §5.6: optional ASAM/LOCUS ratings, refused at their fields when out of range, stored with the signed review and shown
// read-only there and on the Overview.
test('ASAM and LOCUS ratings are checked at their fields, signed with the review and shown on the Overview', async ({ page }) => {
  test.setTimeout(240_000);
  await clientWithPhq9(page, 'Rated', [
    [40, 16, 0],
    [3, 14, 0],
  ]);
  // Per program (§5.6): the clinic turns ASAM 3rd edition and LOCUS on for the client's program, audited as settings.
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  await page.getByRole('combobox', { name: 'ASAM ratings for Adult mental health' }).selectOption({ label: 'ASAM 3rd edition' });
  await page.getByRole('checkbox', { name: 'LOCUS for Adult mental health' }).check();
  await page.getByRole('button', { name: 'Save review ratings' }).click();
  await expect(page.getByText('Review ratings saved')).toBeVisible();
  await page.getByRole('region', { name: 'ASAM / LOCUS ratings on reviews' }).screenshot({ path: '/tmp/reviews3-ratings-settings.png' });
  expect(await seriousA11yViolations(page)).toEqual([]);
  const clients = new ClientScreens(page);
  await clients.openList();
  await clients.rowFor('Rated').getByRole('link').click();
  const reviews = new ReviewScreens(page);
  await reviews.openOverview();
  await reviews.startReview();
  await page.getByRole('checkbox', { name: 'Record ASAM dimension ratings (ASAM 3rd edition)' }).check();
  const dim2 = page.getByRole('textbox', { name: /^Dimension 2: / });
  await dim2.fill('5');
  await expect(dim2).toHaveAccessibleDescription(/whole number from 0 to 4/);
  await dim2.fill('1');
  await expect(dim2).not.toHaveAccessibleDescription(/whole number/);
  await page.getByRole('textbox', { name: /^Dimension 3: / }).fill('3');
  await page.getByRole('textbox', { name: 'Dimension 3 note' }).fill('Low mood most days');
  await page.getByRole('textbox', { name: /^Clinician’s level of care/ }).fill('2.1');
  await page.getByRole('checkbox', { name: 'Record a LOCUS rating' }).check();
  const composite = page.getByRole('textbox', { name: 'LOCUS composite score' });
  await composite.fill('40');
  await expect(composite).toHaveAccessibleDescription(/whole number from 7 to 35/);
  await page.getByRole('textbox', { name: 'LOCUS level' }).fill('3');
  await reviews.decide('Continue', null, 'Improving slowly; keep the current groups for two more weeks.');
  await reviews.sign();
  await expect(page.getByText('The review is not signed: see the fields marked above.')).toBeVisible();
  await page.screenshot({ path: '/tmp/reviews2-ratings-draft.png', fullPage: true });
  expect(await seriousA11yViolations(page)).toEqual([]);
  await composite.fill('18');
  await reviews.sign();
  await expect(page.getByRole('heading', { name: 'Signed decision' })).toBeVisible();
  await expect(page.getByText('ASAM 3rd edition: D2 1, D3 3 — clinician’s level 2.1')).toBeVisible();
  await expect(page.getByText('LOCUS: composite 18, level 3')).toBeVisible();
  await expect(page.getByText('Dimension 3 note: Low mood most days')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'LOCUS composite score' })).toHaveCount(0);
  await page.screenshot({ path: '/tmp/reviews2-ratings-signed.png', fullPage: true });
  await reviews.backToChart();
  const lastDecision = page.getByRole('region', { name: 'Last decision' });
  await expect(lastDecision).toContainText('ASAM 3rd edition: D2 1, D3 3 — clinician’s level 2.1');
  await expect(lastDecision).toContainText('LOCUS: composite 18, level 3');
});

test('the clinic’s time zone is set in Settings by an admin and audited; unset, it is the laptop’s', async ({ page }) => {
  await new SetupScreen(page).openNewClinic();
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  const zone = page.getByRole('combobox', { name: 'Time zone' });
  await expect(zone.locator('option:checked')).toHaveText(/^This laptop’s zone \(/);
  await zone.selectOption('Pacific/Kiritimati');
  await expect(zone).toHaveAccessibleDescription(/^Today in this zone: /);
  await page.getByRole('button', { name: 'Save time zone' }).click();
  await expect(page.getByText('Clinic time zone saved')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save time zone' })).toBeDisabled();
  await page.screenshot({ path: '/tmp/reviews2-settings-zone.png', fullPage: true });
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.getByRole('link', { name: 'Audit log' }).click();
  await expect(page.getByText('Clinic time zone set to Pacific/Kiritimati (was each laptop’s own zone)')).toBeVisible();
});
