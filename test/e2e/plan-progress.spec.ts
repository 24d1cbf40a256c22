import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { seriousA11yViolations } from './a11y';
import { expect, test } from './fixtures';
import { ClientScreens } from './pages/client-pages';
import { HomeworkScreens } from './pages/homework-pages';
import { MeasureScreens, localDayAgo, phq9Answers } from './pages/measure-pages';
import { PlanScreens, appDate } from './pages/plan-pages';
import { SafetyPlanScreens } from './pages/safety-plan-pages';
import { SetupScreen } from './pages/vault-pages';

const DAY_MS = 86_400_000;
const REAL_NOW = Date.now();

/**
 * The browser's clock `daysAgo` days before the real now (timers keep running): homework is reviewed on the day it is
 * reviewed and cannot be back-dated, so four weeks of it are recorded by living through them. Only ever moves forward.
 */
async function liveOn(page: Page, daysAgo: number): Promise<void> {
  await page.clock.setSystemTime(new Date(REAL_NOW - daysAgo * DAY_MS + (Date.now() - REAL_NOW)));
}

/** The PDF's text as pdftotext reads it, runs of white space as one space. */
function pdfText(path: string): string {
  return execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

interface Week {
  /** Days before the real today of the week's last day (the day it is recorded). */
  readonly endsDaysAgo: number;
  readonly phq9: number;
  readonly panic: readonly string[];
}

// PHQ-9 falls 18 → 8; panic attacks 4, 3, 1, 1 a week; grounding done every day, reviewed once a week.
const WEEKS: readonly Week[] = [
  { endsDaysAgo: 21, phq9: 18, panic: ['1', '0', '1', '0', '1', '1', '0'] },
  { endsDaysAgo: 14, phq9: 14, panic: ['0', '1', '0', '1', '0', '1', '0'] },
  { endsDaysAgo: 7, phq9: 11, panic: ['0', '0', '1', '0', '0', '0', '0'] },
  { endsDaysAgo: 0, phq9: 8, panic: ['0', '0', '0', '0', '1', '0', '0'] },
];

/** One week's data through the screens, on the week's last day: a PHQ-9, seven days of panic attacks, the homework review. */
async function recordWeek(page: Page, week: Week): Promise<void> {
  await liveOn(page, week.endsDaysAgo);
  const measures = new MeasureScreens(page);
  await measures.administerPhq9(phq9Answers(week.phq9));
  await expect(measures.form('PHQ-9')).toBeHidden();
  const hw = new HomeworkScreens(page);
  await hw.openBehavioursTab();
  await hw.recordDays('Panic attacks', localDayAgo(week.endsDaysAgo + 6), week.panic);
  await hw.openHomeworkTab();
  const review = hw.reviewForm('Grounding 5-4-3-2-1');
  await review.getByRole('radio', { name: 'Done', exact: true }).check();
  await review.getByLabel('Times done').fill('7');
  await review.getByRole('button', { name: 'Save review' }).click();
  const units = String(7 * (WEEKS.indexOf(week) + 1));
  await expect(page.getByRole('status', { name: 'Homework completion' })).toHaveText(
    `Homework completion, last 4 weeks: 100 % (${units} of ${units} expected).`,
  );
}

/** Plan with one objective per kind, started four weeks ago (the browser lives on that day), signed. */
async function writeAndSignPlan(page: Page, plans: PlanScreens): Promise<void> {
  await plans.open();
  await page.getByRole('button', { name: 'Start a treatment plan' }).click();
  const draft = plans.draft();
  await expect(draft.getByLabel('Plan starts on')).toHaveValue(localDayAgo(27));
  await plans.fillOpening({
    wants: 'Stop the panic and get back to work',
    strengths: 'Keeps a diary',
    discharge: 'PHQ-9 below 10 and panic attacks at most once a week',
    behaviour: 'Panic attacks',
  });
  const goal = await plans.addProblemAndGoal('Panic attacks and low mood', { words: 'Ride the bus to work again', targetDate: localDayAgo(-14) });

  await goal.getByRole('button', { name: 'Add objective tied to a measure' }).click();
  const measure = plans.item('Objective 1.1.1');
  await measure.getByRole('textbox', { name: /^Objective/ }).fill('PHQ-9 below 10');
  await measure.getByRole('textbox', { name: /Target score/ }).fill('10');
  await measure.getByLabel('Target date').fill(localDayAgo(-14));
  await measure.getByRole('button', { name: 'Add intervention to objective 1.1.1' }).click();
  await plans
    .item('Intervention 1.1.1.1')
    .getByRole('textbox', { name: /Modality/ })
    .fill('CBT group');
  await goal.getByRole('button', { name: 'Add objective tied to a target behaviour' }).click();
  const behaviour = plans.item('Objective 1.1.2');
  await behaviour.getByRole('textbox', { name: /^Objective/ }).fill('Panic attacks at most once a week');
  await behaviour.getByRole('textbox', { name: /Target a week/ }).fill('1');
  await behaviour.getByLabel('Target date').fill(localDayAgo(-14));
  await goal.getByRole('button', { name: 'Add objective tied to homework' }).click();
  const homework = plans.item('Objective 1.1.3');
  await homework.getByRole('textbox', { name: /^Objective/ }).fill('Practise grounding most days');
  await homework.getByLabel('Target date').fill(localDayAgo(-14));
  await plans.waitSaved();
  await plans.signAndActivate();
  await expect(plans.version(1).getByText('Active', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Record client acknowledgement' }).click();
  await expect(page.getByRole('region', { name: 'Signatures' })).toContainText('Client: Rowan Steady, attested verbally over video');
}

// Issue 14's acceptance flow as one: a plan with a measure, a target-behaviour and a homework objective; four weeks of
// PHQ-9, panic-attack counts and homework recorded through the screens; each objective's progress computed on the
// Plan tab; a revision signed as version 2; its client copy printed and read back.
test('a plan judged by four weeks of PHQ-9, panic attacks and homework; revised, signed and printed for the client', async ({ page, profileDir }) => {
  test.setTimeout(420_000); // four weeks of data through the screens, two signings, a PDF on a shared machine
  await liveOn(page, 27);
  await new SetupScreen(page).openNewClinic();
  await new ClientScreens(page).insertClient({ firstName: 'Rowan', lastName: 'Steady', dateOfBirth: '1987-06-05', admissionDate: localDayAgo(27) });
  const plans = new PlanScreens(page);
  await writeAndSignPlan(page, plans);

  const hw = new HomeworkScreens(page);
  // The plan's target behaviour is tracked on the Behaviours tab from the signing on.
  await hw.openBehavioursTab();
  await expect(hw.behaviour('Panic attacks')).toBeVisible();
  await hw.openHomeworkTab();
  await page.getByRole('button', { name: 'Assign homework' }).first().click();
  const assign = hw.assignForm();
  await assign.getByLabel('Title').fill('Grounding 5-4-3-2-1');
  await assign.getByLabel('Category').click();
  await page.getByRole('option', { name: 'Skills practice' }).click();
  await assign.getByLabel('Linked skill (optional)').fill('Grounding');
  await assign.getByText('Every day', { exact: true }).click();
  await expect(assign.getByRole('radio', { name: 'Every day' })).toBeChecked();
  await assign.getByRole('textbox', { name: 'First day' }).fill(localDayAgo(27));
  await assign.getByRole('textbox', { name: 'Last day' }).fill(localDayAgo(0));
  await assign.getByRole('button', { name: 'Assign homework' }).click();
  await expect(assign).toBeHidden();

  // Halfway (two weeks in) the PHQ-9 and panic-attack objectives are not met yet; every line says why from the data.
  for (const week of WEEKS.slice(0, 2)) await recordWeek(page, week);
  await plans.open();
  await expect(plans.progress('1.1.1')).toContainText(`Progress: In progress`);
  await expect(plans.progress('1.1.1')).toContainText(`Latest PHQ-9 14 on ${await appDate(page, localDayAgo(14))}.`);
  await expect(plans.progress('1.1.2')).toContainText('Progress: In progress');
  // Two weeks of grounding every day already meet "80 % over 14 days".
  await expect(plans.progress('1.1.3')).toContainText('Progress: Met');
  await expect(plans.progress('1.1.3')).toContainText('14 of 14 expected units done (100 %).');

  for (const week of WEEKS.slice(2)) await recordWeek(page, week);
  await plans.open();
  await expect(plans.progress('1.1.1')).toContainText(`Progress: Met`);
  await expect(plans.progress('1.1.1')).toContainText(`Latest PHQ-9 8 on ${await appDate(page, localDayAgo(0))}.`);
  await expect(plans.progress('1.1.2')).toContainText('Progress: Met');
  await expect(plans.progress('1.1.2')).toContainText('14 of 14 days recorded');
  await expect(plans.progress('1.1.3')).toContainText('Progress: Met');
  await expect(plans.progress('1.1.3')).toContainText('(100 %)');
  await page.screenshot({ path: '/tmp/plans2-progress.png', fullPage: true });
  expect(await seriousA11yViolations(page)).toEqual([]);

  // Revise: version 2 lowers the PHQ-9 target; signed, it is the plan in force and version 1 is superseded.
  await page.getByRole('button', { name: 'Revise plan (new version)' }).click();
  await expect(plans.draft().getByRole('heading', { name: 'Version 2: draft' })).toBeVisible();
  await plans
    .item('Objective 1.1.1')
    .getByRole('textbox', { name: /^Objective/ })
    .fill('PHQ-9 below 5');
  await plans
    .item('Objective 1.1.1')
    .getByRole('textbox', { name: /Target score/ })
    .fill('5');
  await plans
    .draft()
    .getByRole('textbox', { name: /What this revision changes/ })
    .fill('PHQ-9 target lowered after the first month');
  await plans.waitSaved();
  await plans.signAndActivate();
  await expect(plans.version(2).getByText('Active', { exact: true })).toBeVisible();
  await expect(plans.progress('1.1.1')).toContainText('Progress: In progress');
  await expect(plans.progress('1.1.2')).toContainText('Progress: Met');

  // The client copy is printed from the Plan tab itself; the version records the day it was given (audited).
  await expect(page.getByText('No client copy of version 2 given yet.')).toBeVisible();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Client copy (PDF) of the treatment plan' }).click();
  const file = await downloading;
  const path = join(profileDir, file.suggestedFilename());
  await file.saveAs(path);
  expect(file.suggestedFilename()).toBe(`treatment-plan-client-copy-v2-${localDayAgo(0)}.pdf`);
  const copy = pdfText(path);
  expect(copy).toMatch(/^Rowan’s treatment plan .*988/);
  expect(copy).toContain('Stop the panic and get back to work');
  expect(copy).toContain('Goal: Ride the bus to work again');
  expect(copy).toContain('Step: PHQ-9 below 5');
  expect(copy).toContain('Step: Panic attacks at most once a week (done)');
  expect(copy).toContain('Step: Practise grounding most days (done)');
  expect(copy).toContain('Panic attacks');
  for (const never of ['PHQ-9 8', 'Latest PHQ-9']) expect(copy).not.toContain(never);
  execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', path, '/tmp/plans2-copy']);
  await expect(page.getByRole('status').filter({ hasText: 'Client copy saved' })).toBeVisible();
  await expect(page.getByText(/^Client copy of version 2 given /)).toBeVisible();
  await page.screenshot({ path: '/tmp/plans2-plan-copy.png', fullPage: true });
  await page.getByRole('link', { name: 'Audit log' }).click();
  await expect(page.getByRole('main')).toContainText(`Treatment plan client copy (version 2)`);
  await expect(page.getByRole('main')).toContainText(`client copy provided on ${localDayAgo(0)}`);
});

// Item 5 on the plan's own screen: the Safety plans tab prints the signed safety plan's client copy and records the day.
test('the Safety plans tab saves the signed safety plan’s client copy and shows when it was given', async ({ page, profileDir }) => {
  await new SetupScreen(page).openNewClinic();
  await new ClientScreens(page).insertClient({ firstName: 'Noor', lastName: 'Keepsafe', dateOfBirth: '1990-01-02', admissionDate: localDayAgo(3) });
  const screens = new SafetyPlanScreens(page);
  await screens.open();
  const plan = screens.plan('Safety plan');
  await screens.writeAndSign(plan, {
    sign: 'Pacing at night',
    ownCoping: 'Cold water on my face',
    distraction: 'The library',
    helper: { name: 'Sam', relationship: 'brother', phone: '555-301-2233' },
    saferSpace: 'Medicines kept by Sam',
    worthLivingFor: 'My cat Pixel',
  });
  await expect(plan.getByText('No client copy of version 1 given yet.')).toBeVisible();

  const downloading = page.waitForEvent('download');
  await plan.getByRole('button', { name: 'Client copy (PDF) of the safety plan' }).click();
  const file = await downloading;
  const path = join(profileDir, file.suggestedFilename());
  await file.saveAs(path);
  expect(pdfText(path)).toMatch(/^Noor’s safety plan .*988.*Cold water on my face.*My cat Pixel/);
  await expect(plan.getByRole('status').filter({ hasText: 'Client copy saved' })).toBeVisible();
  await expect(plan.getByText(/^Client copy of version 1 given /)).toBeVisible();
  await page.screenshot({ path: '/tmp/plans2-safety-copy.png', fullPage: true });
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.getByRole('link', { name: 'Audit log' }).click();
  await expect(page.getByRole('main')).toContainText(`Safety plan client copy (version 1)`);
});

// §1.6: a plan is in force without the client's acknowledgement; after 7 days the Plan tab reminds, and the Today
// list carries it as a pending signature (one rule for both).
test('a signed plan the client has not acknowledged after 7 days shows a reminder on the Plan tab and on Today', async ({ page }) => {
  test.slow(); // a signing on a shared machine
  await liveOn(page, 9);
  await new SetupScreen(page).openNewClinic();
  await new ClientScreens(page).insertClient({ firstName: 'Kit', lastName: 'Unacknowledged', dateOfBirth: '1992-03-04', admissionDate: localDayAgo(9) });
  const plans = new PlanScreens(page);
  await plans.open();
  await plans.writeSignablePlan();
  await plans.signAndActivate();
  await expect(page.getByRole('status').filter({ hasText: 'Awaiting client acknowledgement' })).toBeVisible();

  await liveOn(page, 0);
  await page.getByRole('tab', { name: 'Notes' }).click();
  await plans.open();
  const reminder = page.getByRole('status').filter({ hasText: 'Client acknowledgement overdue' });
  await expect(reminder).toContainText('9 days ago');
  await expect(page.getByRole('status').filter({ hasText: 'Awaiting client acknowledgement' })).toBeHidden();
  await page.screenshot({ path: '/tmp/plans2-ack-reminder.png', fullPage: true });
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.getByRole('link', { name: /^Today/ }).click();
  await expect(page.getByRole('main')).toContainText(`Client acknowledgement waiting since ${localDayAgo(9)}`);

  await new ClientScreens(page).openList();
  await new ClientScreens(page).rowFor('Unacknowledged').getByRole('link').click();
  await plans.open();
  await page.getByRole('button', { name: 'Record client acknowledgement' }).click();
  await expect(reminder).toBeHidden();
});
