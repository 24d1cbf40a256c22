import { seriousA11yViolations } from './a11y';
import { expect, test } from './fixtures';
import { ClientScreens } from './pages/client-pages';
import { HomeworkScreens } from './pages/homework-pages';
import { CheckInScreens, MeasureScreens, localDayAgo } from './pages/measure-pages';
import { NoteScreens } from './pages/note-pages';
import { SetupScreen } from './pages/vault-pages';

const TODAY = localDayAgo(0);

test('homework: assigned from the chart, reviewed as done in the next session’s note, 100 % completion on the chart', async ({ page }) => {
  test.setTimeout(180_000);
  await new SetupScreen(page).openNewClinic();
  await new ClientScreens(page).insertClient({ firstName: 'Hana', lastName: 'Workbook', dateOfBirth: '1991-02-03', admissionDate: localDayAgo(20) });
  const hw = new HomeworkScreens(page);
  await hw.openHomeworkTab();
  await expect(page.getByRole('status', { name: 'Homework completion' })).toHaveText('Homework completion, last 4 weeks: nothing was due yet.');

  const form = await hw.fillAssignment({ title: 'Grounding 5-4-3-2-1', category: 'Skills practice', skill: 'Grounding', dueOn: localDayAgo(2) });
  await form.getByRole('button', { name: 'Assign homework' }).click();
  await expect(form.getByText('The due date cannot be in the past.')).toBeVisible();
  await expect(form.getByLabel('Title')).toHaveValue('Grounding 5-4-3-2-1');
  await expect(form.getByLabel('Linked skill (optional)')).toHaveValue('Grounding');
  expect(await seriousA11yViolations(page)).toEqual([]);
  await form.getByRole('textbox', { name: 'Due date' }).fill(TODAY);
  await form.getByRole('button', { name: 'Assign homework' }).click();
  await expect(form).toBeHidden();
  const table = page.getByRole('table', { name: 'Homework assignments' });
  await expect(table.getByRole('row').filter({ hasText: 'Grounding 5-4-3-2-1' })).toContainText('Skills practice · Grounding');
  await expect(table.getByRole('row').filter({ hasText: 'Grounding 5-4-3-2-1' })).toContainText('Assigned');
  await expect(page.getByRole('status', { name: 'Homework completion' })).toContainText('0 % (0 of 1 expected)');
  await page.screenshot({ path: '/tmp/homework-chart-assigned.png', fullPage: true });
  expect(await seriousA11yViolations(page)).toEqual([]);

  await new NoteScreens(page).startNoteFromChart();
  const review = hw.reviewForm('Grounding 5-4-3-2-1');
  await review.getByRole('radio', { name: 'Done', exact: true }).check();
  await review.getByLabel('Times done').fill('-1');
  await review.getByRole('button', { name: 'Save review' }).click();
  await expect(review.getByText('Enter how many times as a whole number of 0 or more.')).toBeVisible();
  await expect(review.getByRole('radio', { name: 'Done', exact: true })).toBeChecked();
  await review.getByLabel('Times done').fill('1');
  await review.getByLabel('Quality (optional)').click();
  await page.getByRole('option', { name: '2 — skill applied as taught' }).click();
  await page.screenshot({ path: '/tmp/homework-note-review.png', fullPage: true });
  expect(await seriousA11yViolations(page)).toEqual([]);
  await review.getByRole('button', { name: 'Save review' }).click();
  await expect(page.getByText('No open homework to review.')).toBeVisible();

  await page.getByRole('link', { name: /^Back to .*notes$/ }).click();
  await hw.openHomeworkTab();
  await expect(page.getByRole('status', { name: 'Homework completion' })).toHaveText('Homework completion, last 4 weeks: 100 % (1 of 1 expected).');
  await expect(table.getByRole('row').filter({ hasText: 'Grounding 5-4-3-2-1' })).toContainText('Completed');
  await expect(table.getByRole('row').filter({ hasText: 'Grounding 5-4-3-2-1' })).toContainText('100 % (1 of 1)');
  const thisWeek = page.getByRole('table', { name: 'Homework by week' }).getByRole('row').nth(1);
  await expect(thisWeek.getByRole('cell').nth(1)).toHaveText('100 % (1 of 1)');
  await expect(thisWeek.getByRole('cell').nth(2)).toHaveText('2');
  await page.screenshot({ path: '/tmp/homework-chart-completed.png', fullPage: true });

  // A second assignment the clinician excuses: it no longer counts toward the completion %.
  const second = await hw.fillAssignment({ title: 'Thought record', category: 'Thought record', skill: 'Cognitive reframing', dueOn: TODAY });
  await second.getByRole('button', { name: 'Assign homework' }).click();
  await expect(second).toBeHidden();
  await expect(page.getByRole('status', { name: 'Homework completion' })).toContainText('50 % (1 of 2 expected)');
  await table.getByRole('button', { name: 'Excuse Thought record' }).click();
  await page.getByRole('dialog', { name: 'Excuse this homework?' }).getByRole('button', { name: 'Excuse homework' }).click();
  await expect(table.getByRole('row').filter({ hasText: 'Thought record' })).toContainText('Excused');
  await expect(page.getByRole('status', { name: 'Homework completion' })).toContainText('100 % (1 of 1 expected)');
});

test('target behaviours: panic-attack counts over four weeks with a gap, weekly chart with its target line, the gap unknown in the table', async ({ page }) => {
  test.setTimeout(180_000);
  await new SetupScreen(page).openNewClinic();
  await new ClientScreens(page).insertClient({ firstName: 'Pia', lastName: 'Counts', dateOfBirth: '1988-08-08', admissionDate: localDayAgo(40) });
  const hw = new HomeworkScreens(page);
  await hw.openBehavioursTab();
  await hw.trackBehaviour('Panic attacks', '1');
  const panic = hw.behaviour('Panic attacks');
  await expect(panic).toContainText('Weekly target ≤ 1 a week');

  // The oldest week: a bad count is refused at its day, nothing typed is lost; one day is left blank (unknown).
  const first = await hw.fillDays('Panic attacks', localDayAgo(27), ['2', '1', '', '-2', '0', '1', '2']);
  await first.getByRole('button', { name: 'Save days' }).click();
  const counts = first.getByRole('textbox', { name: /^Count on / });
  await expect(first.getByText('Enter a whole number of 0 or more.')).toBeVisible();
  await expect(counts.nth(3)).toHaveAccessibleDescription('Enter a whole number of 0 or more.');
  await expect(counts.nth(0)).toHaveValue('2');
  await expect(counts.nth(6)).toHaveValue('2');
  await page.screenshot({ path: '/tmp/homework-behaviour-days-error.png' });
  expect(await seriousA11yViolations(page)).toEqual([]);
  await counts.nth(3).fill('3');
  await first.getByRole('button', { name: 'Save days' }).click();
  await expect(first).toBeHidden();
  await hw.recordDays('Panic attacks', localDayAgo(20), ['1', '0', '1', '0', '0', '1', '0']);
  // Nothing is recorded for the week after (days 13 to 7 ago): that week is unknown, not zero.
  await hw.recordDays('Panic attacks', localDayAgo(6), ['0', '1', '0', '0', '0', '0', '0']);

  const chart = panic.getByRole('img');
  await expect(chart).toHaveAccessibleName(/^Panic attacks per week, target ≤ 1 a week\./);
  await expect(chart).toHaveAccessibleName(/: unknown; .*: 1 \(7 of 7 days recorded\)\.$/);
  const weeks = panic.getByRole('table', { name: 'Panic attacks by week' }).getByRole('row');
  await expect(weeks).toHaveCount(5);
  await expect(weeks.nth(1)).toContainText('6 of 7');
  await expect(weeks.nth(1)).toContainText('9');
  await expect(weeks.nth(1)).toContainText('Not met');
  await expect(weeks.nth(2)).toContainText('3');
  await expect(weeks.nth(3)).toContainText('0 of 7');
  await expect(weeks.nth(3)).toContainText('Unknown (not recorded)');
  await expect(weeks.nth(4)).toContainText('Met');
  await panic.getByText('Days, last four weeks').click();
  const days = panic.getByRole('table', { name: 'Panic attacks by day' });
  await expect(days.getByRole('row').filter({ hasText: 'Unknown (not recorded)' })).toHaveCount(8);
  await page.screenshot({ path: '/tmp/homework-behaviours.png', fullPage: true });
  expect(await seriousA11yViolations(page)).toEqual([]);

  // The clinician's own behaviour joins the clinic's list; a name already on it is refused at the field.
  await page.getByRole('button', { name: 'Track a behaviour' }).click();
  const track = page.getByRole('form', { name: 'Track a behaviour' });
  await track.getByLabel('Behaviour').click();
  await page.getByRole('option', { name: 'A behaviour of my own…' }).click();
  await track.getByLabel('Name of the behaviour').fill('panic attacks');
  await track.getByLabel('Weekly target (optional)').fill('two');
  await track.getByRole('button', { name: 'Track behaviour' }).click();
  await expect(track.getByText('“Panic attacks” is already on the clinic’s list.')).toBeVisible();
  await expect(track.getByText('Enter the weekly target as a number of 0 or more, or leave it blank.')).toBeVisible();
  await track.getByLabel('Name of the behaviour').fill('Nail biting');
  await track.getByLabel('Weekly target (optional)').fill('3');
  await track.getByRole('button', { name: 'Track behaviour' }).click();
  await expect(track).toBeHidden();
  await expect(hw.behaviour('Nail biting')).toContainText('Weekly target ≤ 3 a week');
  await expect(hw.behaviour('Nail biting')).toContainText('0 of 28 days recorded');
});

test('CDC HRQOL-4 on the chart: its Healthy Days subscales in their own table', async ({ page }) => {
  await new SetupScreen(page).openNewClinic();
  await new ClientScreens(page).insertClient({ firstName: 'Casey', lastName: 'Healthydays', dateOfBirth: '1990-05-06', admissionDate: localDayAgo(10) });
  const measures = new MeasureScreens(page);
  await measures.startAdminister('CDC-HRQOL-4');
  const form = measures.form('CDC-HRQOL-4');
  await measures.answerWithKeys('CDC-HRQOL-4', ['3']);
  await form.getByRole('textbox', { name: /physical health not good/ }).fill('3');
  await form.getByRole('textbox', { name: /mental health not good/ }).fill('20');
  await form.getByRole('textbox', { name: /keep you from doing your usual activities/ }).fill('10');
  await measures.save('CDC-HRQOL-4');
  await expect(form).toBeHidden();
  const table = page.getByRole('table', { name: 'Healthy days (CDC HRQOL-4)' });
  const row = table.getByRole('row').nth(1);
  await expect(row).toContainText('Good');
  await expect(row.getByRole('cell').nth(2)).toHaveText('7 of 30');
  await expect(row.getByRole('cell').nth(4)).toHaveText('20 of 30');
  await expect(row.getByRole('cell').nth(5)).toHaveText('10 of 30');
  await expect(row).toContainText('frequent mental distress');
  await table.scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/homework-healthy-days.png' });
  expect(await seriousA11yViolations(page)).toEqual([]);
});

test('target behaviours from a check-in: today’s count and a weekly total saved with it, bad counts refused at the field; a target changed, tracking stopped', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await new SetupScreen(page).openNewClinic();
  await new ClientScreens(page).insertClient({ firstName: 'Cato', lastName: 'Checkcount', dateOfBirth: '1987-07-07', admissionDate: localDayAgo(20) });
  const hw = new HomeworkScreens(page);
  await hw.openBehavioursTab();
  await hw.trackBehaviour('Panic attacks', '1');
  await page.getByRole('button', { name: 'Track a behaviour' }).click();
  const track = page.getByRole('form', { name: 'Track a behaviour' });
  await track.getByLabel('Behaviour').click();
  await page.getByRole('option', { name: 'Binge episodes', exact: true }).click();
  await track.getByLabel('Counted', { exact: true }).click();
  await page.getByRole('option', { name: 'As a total for each week' }).click();
  await track.getByLabel('Weekly target (optional)').fill('2');
  await track.getByRole('button', { name: 'Track behaviour' }).click();
  await expect(track).toBeHidden();
  await expect(hw.behaviour('Binge episodes')).toContainText('Weekly target ≤ 2 a week · counted as a total for each week · 0 of 12 weeks recorded');

  await page.getByRole('tab', { name: 'Check-ins' }).click();
  const form = page.getByRole('form', { name: 'Quick check-in' });
  const panicToday = form.getByRole('textbox', { name: 'Panic attacks today' });
  const bingeWeek = form.getByRole('textbox', { name: 'Binge episodes: total for the 7 days to today' });
  await panicToday.fill('-1');
  await bingeWeek.fill('2.5');
  await new CheckInScreens(page).quickCheckIn([6, 4, 4, 1], 7, [], 'Counts in the check-in');
  await expect(form.getByText('Check-in not saved: fix the fields marked above.')).toBeVisible();
  await expect(panicToday).toHaveAccessibleDescription('Enter a whole number of 0 or more.');
  await expect(bingeWeek).toHaveAccessibleDescription('Enter the week’s total as a whole number of 0 or more.');
  await expect(form.getByRole('textbox', { name: /^Journal/ })).toHaveValue('Counts in the check-in');
  await page.screenshot({ path: '/tmp/plans3-checkin-counts-error.png', fullPage: true });
  expect(await seriousA11yViolations(page)).toEqual([]);
  await panicToday.fill('two');
  await form.getByRole('button', { name: 'Save check-in' }).click();
  await expect(panicToday).toHaveAccessibleDescription('Enter a whole number of 0 or more.');
  await panicToday.fill('2');
  await bingeWeek.fill('3');
  await form.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByText(`Check-in for`)).toBeVisible();
  await expect(panicToday).toHaveValue('');
  await expect(bingeWeek).toHaveValue('');
  await expect(form.getByRole('textbox', { name: /^Journal/ })).toHaveValue('');

  await hw.openBehavioursTab();
  const panic = hw.behaviour('Panic attacks');
  await expect(panic).toContainText('1 of 28 days recorded');
  await expect(panic.getByRole('table', { name: 'Panic attacks by week' }).getByRole('row').nth(1)).toContainText('1 of 72Not met');
  const binges = hw.behaviour('Binge episodes');
  await expect(binges).toContainText('1 of 12 weeks recorded');
  const bingeWeekRow = binges.getByRole('table', { name: 'Binge episodes by week' }).getByRole('row').nth(1);
  await expect(bingeWeekRow).toContainText('Weekly total3Not met');
  await expect(binges.getByRole('img')).toHaveAccessibleName(/: 3 \(weekly total\)\.$/);
  await page.screenshot({ path: '/tmp/plans3-behaviours-weekly.png', fullPage: true });
  expect(await seriousA11yViolations(page)).toEqual([]);

  // The target is changed on the tab; a bad target is refused at its field, nothing typed is lost.
  await panic.getByRole('button', { name: 'Change target of Panic attacks' }).click();
  const change = page.getByRole('form', { name: 'Change panic attacks' });
  await expect(change.getByLabel('Weekly target (optional)')).toHaveValue('1');
  await change.getByLabel('Weekly target (optional)').fill('-3');
  await change.getByRole('button', { name: 'Save changes' }).click();
  await expect(change.getByText('Enter the weekly target as a number of 0 or more, or leave it blank.')).toBeVisible();
  await page.screenshot({ path: '/tmp/plans3-change-target.png' });
  expect(await seriousA11yViolations(page)).toEqual([]);
  await change.getByLabel('Weekly target (optional)').fill('3');
  await change.getByRole('button', { name: 'Save changes' }).click();
  await expect(change).toBeHidden();
  await expect(panic).toContainText('Weekly target ≤ 3 a week');
  await expect(panic.getByRole('table', { name: 'Panic attacks by week' }).getByRole('row').nth(1)).toContainText('1 of 72Not known yet');

  // Stopping tracking: asked first; the behaviour leaves the tab and the check-in, its recorded week comes back if tracked again.
  await binges.getByRole('button', { name: 'Stop tracking Binge episodes' }).click();
  const stop = page.getByRole('dialog', { name: 'Stop tracking binge episodes?' });
  await expect(stop).toContainText('The days already recorded are kept');
  await stop.getByRole('button', { name: 'Stop tracking' }).click();
  await expect(binges).toBeHidden();
  await page.getByRole('tab', { name: 'Check-ins' }).click();
  await expect(form.getByRole('textbox', { name: 'Panic attacks today' })).toBeVisible();
  await expect(form.getByRole('textbox', { name: /^Binge episodes/ })).toHaveCount(0);
  await hw.openBehavioursTab();
  await hw.trackBehaviour('Binge episodes', '');
  await expect(hw.behaviour('Binge episodes').getByRole('table', { name: 'Binge episodes by week' }).getByRole('row').nth(1)).toContainText('Weekly total3');
});

// Issue 14: a week's total entered from the Behaviours tab (main only took days there): blank and negative refused
// at the field, nothing typed lost; saved, it is the week's value in the table and the chart.
test('target behaviours: a week’s total entered on the Behaviours tab, bad input refused at the field', async ({ page }) => {
  await new SetupScreen(page).openNewClinic();
  await new ClientScreens(page).insertClient({ firstName: 'Wes', lastName: 'Weekly', dateOfBirth: '1985-05-05', admissionDate: localDayAgo(10) });
  const hw = new HomeworkScreens(page);
  await hw.openBehavioursTab();
  await hw.trackBehaviour('Panic attacks', '1');
  const panic = hw.behaviour('Panic attacks');
  await panic.getByRole('button', { name: 'Record days of Panic attacks' }).click();
  await page.getByRole('dialog').getByText('A week’s total', { exact: true }).click();
  const form = page.getByRole('form', { name: 'Record a week’s total of panic attacks' });
  await form.getByLabel('Last day of the week').fill(localDayAgo(1));
  const total = form.getByRole('textbox', { name: 'Total for the week' });
  await form.getByRole('button', { name: 'Save week’s total' }).click();
  await expect(total).toHaveAccessibleDescription('Enter the week’s total; a week you do not know stays unknown (nothing is saved).');
  await total.fill('-1');
  await form.getByRole('button', { name: 'Save week’s total' }).click();
  await expect(total).toHaveAccessibleDescription('Enter the week’s total as a whole number of 0 or more.');
  await expect(form.getByLabel('Last day of the week')).toHaveValue(localDayAgo(1));
  await page.screenshot({ path: '/tmp/plans4-week-total-error.png' });
  expect(await seriousA11yViolations(page)).toEqual([]);
  await total.fill('3');
  await form.getByRole('button', { name: 'Save week’s total' }).click();
  await expect(form).toBeHidden();
  const weeks = panic.getByRole('table', { name: 'Panic attacks by week' });
  // Dated yesterday, the total covers 6 days of the week ending today (today stays unknown).
  await expect(weeks.getByRole('row').filter({ hasText: 'Weekly total' })).toContainText(/Weekly total, 6 of 7 days\s*3\s*Not met/);
  await expect(panic.getByRole('img')).toHaveAccessibleName(/: 3 \(weekly total, 6 of 7 days recorded\)/);
  await panic.screenshot({ path: '/tmp/plans4-week-total-saved.png' });
});
