import type { Page } from '@playwright/test';
import { seriousA11yViolations } from './a11y';
import { expect, test } from './fixtures';
import { ClientScreens } from './pages/client-pages';
import { DashboardScreens } from './pages/dashboard-pages';
import { MeasureScreens, localDayAgo, phq9Answers } from './pages/measure-pages';
import { PlanScreens, appDate } from './pages/plan-pages';
import { ReviewScreens } from './pages/review-pages';
import { SessionScreens } from './pages/session-pages';
import { addStaffMember } from './pages/staff-pages';
import { ADMIN, LockScreen, SetupScreen } from './pages/vault-pages';

const BROOK = { firstName: 'Brook', lastName: 'Safetyfirst', dateOfBirth: '1991-04-05', admissionDate: localDayAgo(6) };
const AVERY = { firstName: 'Avery', lastName: 'Worsening', dateOfBirth: '1988-02-03', admissionDate: localDayAgo(6) };
const CASEY = { firstName: 'Casey', lastName: 'Absent', dateOfBirth: '1995-07-08', admissionDate: localDayAgo(10) };

/** Three clients entered through the screens: an open safety alert, a reliable PHQ-9 deterioration, no attendance for 10 days. */
async function seedClinic(page: Page): Promise<void> {
  await new SetupScreen(page).openNewClinic();
  const clients = new ClientScreens(page);
  const measures = new MeasureScreens(page);
  await clients.insertClient(BROOK);
  await measures.administerPhq9(phq9Answers(6, 1));
  await expect(measures.safetyAlert()).toBeVisible();
  await clients.openList();
  await clients.insertClient(AVERY);
  await measures.administerPhq9(phq9Answers(6), localDayAgo(5));
  await expect(measures.form('PHQ-9')).toBeHidden();
  await measures.administerPhq9(phq9Answers(18), localDayAgo(1));
  await expect(measures.form('PHQ-9')).toBeHidden();
  await clients.openList();
  await clients.insertClient(CASEY);
}

test('the dashboard lists a seeded clinic’s alerts in precedence order; following one resolves it, another is snoozed with a reason', async ({ page }) => {
  test.setTimeout(180_000);
  await seedClinic(page);
  const dashboard = new DashboardScreens(page);
  await dashboard.open();
  await expect(page.getByRole('link', { name: 'Today 6 alerts' })).toBeVisible();

  // Brook's item 9 answer is an open alert and a safety event (no safety plan reviewed since); the engine suggests
  // intensifying for Brook (open alert) and Avery (PHQ-9 6 → 18), Avery's first.
  await dashboard.expectAlerts(dashboard.safetyStrip(), ['Safety alert open: Safetyfirst, Brook', 'Recent safety event: Safetyfirst, Brook']);
  await expect(dashboard.safetyStrip().getByRole('button')).toHaveCount(0);
  await dashboard.expectAlerts(dashboard.needsAction(), [
    'Review suggests intensifying: Worsening, Avery',
    'Review suggests intensifying: Safetyfirst, Brook',
    'Missed sessions: Absent, Casey',
    'Reliable deterioration: Worsening, Avery',
  ]);
  const table = page.getByRole('table', { name: 'Caseload' });
  await expect(table.getByRole('row').filter({ hasText: 'Worsening, Avery' })).toContainText('PHQ-9 18');
  await expect(table.getByRole('row').filter({ hasText: 'Worsening, Avery' })).toContainText('reliably worse');
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.screenshot({ path: '/tmp/dashboard-alerts.png', fullPage: true });

  // The safety alert links to the chart's measures, where a signed response resolves it.
  await dashboard.safetyStrip().getByRole('link', { name: 'Safety alert open: Safetyfirst, Brook' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Safetyfirst/ })).toBeVisible();
  const measures = new MeasureScreens(page);
  await measures.acknowledge('Assessed: no current risk', 'Spoke with Brook by phone; no current intent.');
  await expect(measures.safetyAlert()).toBeHidden();
  await dashboard.open();
  await dashboard.expectAlerts(dashboard.safetyStrip(), ['Recent safety event: Safetyfirst, Brook']);
  await dashboard.expectAlerts(dashboard.needsAction(), [
    'Review suggests intensifying: Worsening, Avery',
    'Missed sessions: Absent, Casey',
    'Reliable deterioration: Worsening, Avery',
  ]);

  // Snoozing needs a reason, said at the field; with one, the alert leaves the list.
  await dashboard.snooze('Reliable deterioration', 'Worsening, Avery', '3', '');
  await expect(page.getByRole('dialog').getByText('Say why the alert can wait.')).toBeVisible();
  await page
    .getByRole('dialog')
    .getByRole('textbox', { name: /Reason/ })
    .fill('Review booked with Avery on Monday');
  await page.getByRole('dialog').getByRole('button', { name: 'Snooze' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
  await dashboard.expectAlerts(dashboard.needsAction(), ['Review suggests intensifying: Worsening, Avery', 'Missed sessions: Absent, Casey']);
  await expect(page.getByText('1 alert snoozed.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Today 3 alerts' })).toBeVisible();
  await page.screenshot({ path: '/tmp/dashboard-snoozed.png', fullPage: true });

  await page.getByRole('link', { name: 'Audit log' }).click();
  await expect(page.getByRole('cell', { name: /Snoozed “Reliable deterioration” for 3 day\(s\)/ })).toBeVisible();
});

const TESS = { name: 'Tess Therapist', passphrase: 'tess keeps her own phrase' };

test('an admin sees the whole clinic’s schedule, filtered by clinician and session kind, by day or week', async ({ page }) => {
  test.setTimeout(180_000);
  await new SetupScreen(page).openNewClinic();
  const clients = new ClientScreens(page);
  await clients.insertClient(AVERY);
  await addStaffMember(page, TESS);
  const lock = new LockScreen(page);
  await lock.switchTo(TESS.name, TESS.passphrase);
  await clients.openList();
  await clients.rowFor(AVERY.lastName).getByRole('link').click();
  await new SessionScreens(page).scheduleIndividualSession(localDayAgo(0), '10:00');
  await lock.switchTo(ADMIN.name, ADMIN.passphrase);

  await page.getByRole('link', { name: 'Schedule' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Schedule' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'No sessions on' })).toBeVisible();
  await page.getByLabel('Clinician', { exact: true }).click();
  await page.getByRole('option', { name: 'Everyone' }).click();
  const table = page.getByRole('table', { name: /^Everyone’s sessions on / });
  await expect(table.getByRole('row').filter({ hasText: 'Worsening, Avery' })).toContainText(TESS.name);
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.screenshot({ path: '/tmp/dashboard-schedule-everyone.png', fullPage: true });

  await page.getByLabel('Session kind', { exact: true }).click();
  await page.getByRole('option', { name: 'Group' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'No sessions on' })).toBeVisible();
  await page.getByLabel('Session kind', { exact: true }).click();
  await page.getByRole('option', { name: 'Individual' }).click();
  await expect(table).toContainText('Worsening, Avery');

  await page.getByRole('radiogroup', { name: 'View' }).getByText('Week', { exact: true }).click();
  await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveCount(7);
  await expect(page.getByRole('table', { name: /^Everyone’s sessions on / })).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Next week' })).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.screenshot({ path: '/tmp/dashboard-schedule-week.png', fullPage: true });
});

test('a review alert on the dashboard opens the client’s progress review: started the first time, continued the next', async ({ page }) => {
  test.setTimeout(180_000);
  await new SetupScreen(page).openNewClinic();
  const clients = new ClientScreens(page);
  const measures = new MeasureScreens(page);
  await clients.insertClient(AVERY);
  await measures.administerPhq9(phq9Answers(6), localDayAgo(5));
  await expect(measures.form('PHQ-9')).toBeHidden();
  await measures.administerPhq9(phq9Answers(18), localDayAgo(1));
  await expect(measures.form('PHQ-9')).toBeHidden();
  const dashboard = new DashboardScreens(page);
  await dashboard.open();

  const alert = dashboard.needsAction().getByRole('link', { name: 'Review suggests intensifying: Worsening, Avery' });
  await alert.click();
  await expect(page.getByRole('heading', { level: 1, name: /^Progress review of / })).toBeVisible();
  await expect(page.getByText('Draft.')).toBeVisible();
  const reviewUrl = page.url();
  expect(reviewUrl).toMatch(/\/reviews\/rv-/);
  await page.screenshot({ path: '/tmp/glue-review-from-dashboard.png', fullPage: true });

  await dashboard.open();
  await alert.click();
  await expect(page.getByRole('heading', { level: 1, name: /^Progress review of / })).toBeVisible();
  expect(page.url()).toBe(reviewUrl);
  await page.getByRole('link', { name: 'Audit log' }).click();
  await expect(page.getByRole('cell', { name: /^Started the progress review of / })).toHaveCount(1);
});

const DANA = { firstName: 'Dana', lastName: 'Overdue', dateOfBirth: '1990-01-02', admissionDate: localDayAgo(35) };
const ELI = { firstName: 'Eli', lastName: 'Unsigned', dateOfBirth: '1993-05-06', admissionDate: localDayAgo(0) };

// §6.1 item 4: per clinician, what waits for a signature, decisions that differ from the recommendation, reviews overdue.
test('an admin’s dashboard shows the supervisor view: a plan and a review to sign, a decision against the recommendation, a review overdue, each linked to where it is resolved', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await new SetupScreen(page).openNewClinic();
  const clients = new ClientScreens(page);
  const plans = new PlanScreens(page);
  // Dana: a plan signed from her admission 35 days ago; its review date (30 days on) has passed.
  await clients.insertClient(DANA);
  await plans.open();
  await plans.writeSignablePlan();
  await plans.draft().getByLabel('Plan starts on').fill(DANA.admissionDate);
  await expect(plans.draft().getByLabel('Review due')).toContainText(await appDate(page, localDayAgo(5)));
  await plans.waitSaved();
  await plans.signAndActivate();
  // Eli: a review deciding discharge against the recommendation (so awaiting a co-sign), and a plan draft.
  await clients.insertClient(ELI);
  const reviews = new ReviewScreens(page);
  await reviews.openOverview();
  await reviews.startReview();
  await reviews.decide('Discharge', 'Clinical judgement', 'Moving out of state; referred to outpatient care there.');
  await reviews.sign();
  await expect(page.getByText('Decision: Discharge')).toBeVisible();
  await reviews.backToChart();
  await plans.open();
  await page.getByRole('button', { name: 'Start a treatment plan' }).click();
  await expect(plans.draft().getByRole('heading', { name: 'Version 1: draft' })).toBeVisible();

  await new DashboardScreens(page).open();
  const view = page.getByRole('region', { name: 'Supervisor view' });
  const row = view.getByRole('row', { name: new RegExp(ADMIN.name) });
  await expect(row.getByRole('cell')).toHaveText(['1', '1', '1', /^Overdue, Dana \(due /]);
  await expect(view.getByRole('columnheader', { name: 'Decision differs from recommendation (last 90 days)' })).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.screenshot({ path: '/tmp/supervisor-dashboard.png', fullPage: true });

  await row.getByRole('link', { name: `1 review to sign or co-sign: ${ADMIN.name}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `To sign and review: ${ADMIN.name}` })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Reviews to sign or co-sign' })).toContainText('signed, awaiting a supervisor’s co-sign');
  await expect(page.getByRole('region', { name: /^Decisions that differ/ })).toContainText('decided discharge; the engine recommended continue');
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.screenshot({ path: '/tmp/supervisor-list.png', fullPage: true });
  await page.getByRole('region', { name: 'Plan versions to sign' }).getByRole('link', { name: 'Unsigned, Eli: plan version 1' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Treatment plan' })).toBeVisible();

  await new DashboardScreens(page).open();
  await view.getByRole('link', { name: /^Overdue, Dana/ }).click();
  await expect(page.getByRole('tab', { name: 'Overview', selected: true })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: /Overdue/ })).toBeVisible();
});
