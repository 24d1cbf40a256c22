import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { seriousA11yViolations } from './a11y';
import { ClientScreens } from './pages/client-pages';
import { CheckInScreens, FamilyFeedbackScreens, MeasureScreens, localDayAgo, moodCsv, who5TextFile } from './pages/measure-pages';
import { HomeworkScreens } from './pages/homework-pages';
import { SetupScreen } from './pages/vault-pages';

const CASEY = { firstName: 'Casey', lastName: 'Checkwell', dateOfBirth: '1991-06-07', admissionDate: localDayAgo(30) };

async function clinicWithClient(page: Page): Promise<ClientScreens> {
  await new SetupScreen(page).openNewClinic();
  const clients = new ClientScreens(page);
  await clients.insertClient(CASEY);
  return clients;
}

test('a mood app CSV with 3 good and 2 bad rows imports exactly 3; a quick check-in joins them in the trend table', async ({ page }) => {
  test.setTimeout(180_000);
  const clients = await clinicWithClient(page);
  const checkIns = new CheckInScreens(page);
  await checkIns.openRoundPage();
  await checkIns.chooseCsv(
    'Checkwell, Casey',
    moodCsv([
      [localDayAgo(5), '4', '6', '7', '3', '6', 'Grounding', 'Rough start, "long" day'],
      [localDayAgo(4), '12', '5', '6', '2', '7', '', 'mood off the scale'],
      [localDayAgo(3), '5', '5', '5', '2', '7.5', 'Mindfulness;Grounding', ''],
      ['last tuesday', '6', '4', '4', '1', '8', '', ''],
      [localDayAgo(2), '6', '4', '4', '1', '8', 'Cognitive reframing', 'Better'],
    ]),
  );
  const panel = checkIns.importPanel();
  const problems = panel.getByText('2 rows cannot be imported').locator('..').locator('..');
  await expect(problems).toContainText('Row 3, column Mood: 12 is not a whole number from 0 to 10.');
  await expect(problems).toContainText('Row 5, column Date: “last tuesday” is not a date like 2026-11-02.');
  await expect(panel.getByRole('checkbox', { name: 'Import row 3' })).toBeDisabled();
  expect(await seriousA11yViolations(page)).toEqual([]);
  await panel.getByRole('button', { name: 'Import 3 check-ins' }).click();
  await expect(page.getByText('3 check-ins imported.')).toBeVisible();

  // The same file again: every good row is now a duplicate of a stored day, so nothing is offered.
  await checkIns.chooseCsv('Checkwell, Casey', moodCsv([[localDayAgo(5), '4', '6', '7', '3', '6', '', '']]));
  await expect(panel.getByRole('row', { name: /Duplicate: a check-in for this day is already stored/ })).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Import 0 check-ins' })).toBeDisabled();

  // Yesterday's group round: one row per attending client.
  await checkIns.roundRow('Checkwell, Casey', localDayAgo(1), [5, 4, 4, 1], 6.5, 'Quiet in group');
  await expect(page.getByText('1 check-in saved.')).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);
  // The same client again that day: asked first; Cancel saves nothing and keeps the row.
  await checkIns.roundRow('Checkwell, Casey', localDayAgo(1), [5, 4, 4, 1], 6.5, 'Second round by mistake');
  const again = page.getByRole('dialog', { name: 'Already checked in that day' });
  await expect(again).toContainText('Checkwell, Casey: already checked in');
  await again.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('textbox', { name: 'Checkwell, Casey: Journal' })).toHaveValue('Second round by mistake');
  // Casey tracks no behaviour: no extra row under hers (issue 14).
  await expect(page.getByRole('group', { name: 'Checkwell, Casey: more of the check-in' })).toHaveCount(0);
  await page.getByRole('region', { name: 'Check-in round' }).screenshot({ path: '/tmp/plansA-round-no-behaviours.png' });

  await clients.openList();
  await clients.rowFor('Checkwell').getByRole('link').click();
  await page.getByRole('tab', { name: 'Check-ins' }).click();
  await checkIns.quickCheckIn([7, 3, 3, 0], 8, ['Mindfulness'], 'Walked with my sister');
  const rows = checkIns.trendTable().getByRole('row');
  await expect(rows).toHaveCount(6);
  await expect(rows.nth(1)).toContainText('4673');
  await expect(rows.nth(1)).toContainText('Rough start, "long" day');
  await expect(rows.nth(4)).toContainText('5441');
  await expect(rows.nth(4)).toContainText('Quiet in group');
  await expect(rows.nth(5)).toContainText('7330');
  await expect(rows.nth(5)).toContainText('Walked with my sister');
  await expect(page.getByRole('img', { name: /Check-ins, 5 in range: mood 4 → 7/ })).toBeVisible();

  // A second quick check-in the same day is asked about first: Cancel saves nothing and keeps what was typed.
  await checkIns.quickCheckIn([6, 2, 2, 0], 8, [], 'Evening: calmer');
  const ask = page.getByRole('dialog', { name: 'Already checked in that day' });
  await expect(ask).toContainText('already has a check-in');
  expect(await seriousA11yViolations(page)).toEqual([]);
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('form', { name: 'Quick check-in' }).getByRole('textbox', { name: /^Journal/ })).toHaveValue('Evening: calmer');
  await expect(rows).toHaveCount(6);
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await ask.getByRole('button', { name: 'Save a second check-in' }).click();
  await expect(rows).toHaveCount(7);
  await expect(rows.nth(5)).toContainText('Walked with my sister');
  await expect(rows.nth(6)).toContainText('Evening: calmer');
});

test('family feedback is saved and trended; licensed WHO-5 text imports from a good file, a bad file imports nothing', async ({ page }) => {
  test.setTimeout(180_000);
  const clients = await clinicWithClient(page);
  await page.getByRole('tab', { name: 'Family feedback' }).click();
  const family = new FamilyFeedbackScreens(page);
  await family.give('Parent', [2, 3, 4, 3], 'Talks more at dinner', 'Still stays up late');
  await expect(page.getByText('Family feedback saved.')).toBeVisible();
  const row = family.table().getByRole('row').nth(1);
  await expect(row).toContainText('Parent234312');
  await expect(row).toContainText('Communication at home: Talks more at dinner · Concerns: Still stays up late');
  await expect(page.getByRole('img', { name: 'Family feedback, 1 form: total 12 → 12 of 20.' })).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);

  await page.getByRole('link', { name: 'Measures settings' }).click();
  const panel = page.getByRole('region', { name: 'Licensed instruments' });
  const file = panel.getByLabel('Instrument definition file (JSON)');
  await file.setInputFiles({ name: 'who5.json', mimeType: 'application/json', buffer: Buffer.from(who5TextFile()) });
  await panel.getByRole('button', { name: 'Import licensed text' }).click();
  const inUse = panel.getByRole('table', { name: 'Licensed text in use' });
  await expect(inUse.getByRole('row', { name: /^WHO-5/ })).toContainText('Licensed well-being item 1');

  // A bad file (an AUDIT entry that is fine, a WHO-5 item with a value the scoring does not allow): nothing is imported.
  const bad = who5TextFile((f) => {
    const items = f.instruments[0]?.items as { text: string; options: { value: number }[] }[];
    items.forEach((item) => {
      item.text = 'Changed wording';
    });
    const option = items[2]?.options[0];
    if (option) option.value = 7;
  });
  await file.setInputFiles({ name: 'who5-bad.json', mimeType: 'application/json', buffer: Buffer.from(bad) });
  const error = panel.getByRole('alert');
  await expect(error).toContainText('who5-bad.json was not imported: nothing from it was saved');
  await expect(error).toContainText("Line 73, instruments[0].items[2].options[0].value: 7 is not one of who5_3's values");
  await expect(inUse.getByRole('row', { name: /^WHO-5/ })).toContainText('Licensed well-being item 1');
  expect(await seriousA11yViolations(page)).toEqual([]);

  await clients.openList();
  await clients.rowFor('Checkwell').getByRole('link').click();
  await new MeasureScreens(page).startAdminister('WHO-5');
  await expect(page.getByRole('radiogroup', { name: '1. Licensed well-being item 1' }).getByRole('radio', { name: 'All of the time (5)' })).toBeVisible();
});

// Issue 14: the round has each client's tracked-behaviour fields (the check-in's section); main's round had none.
test('a check-in round and the CSV import take a client’s tracked-behaviour count: a bad count keeps the row, a good one is saved to the chart', async ({
  page,
}) => {
  await clinicWithClient(page);
  const hw = new HomeworkScreens(page);
  await hw.openBehavioursTab();
  await hw.trackBehaviour('Panic attacks', '1');
  const checkIns = new CheckInScreens(page);
  await checkIns.openRoundPage();
  const round = page.getByRole('region', { name: 'Check-in round' });
  await round.getByRole('checkbox', { name: 'Checkwell, Casey' }).check();
  for (const label of ['Mood', 'Anxiety', 'Stress', 'Cravings']) await round.getByRole('textbox', { name: `Checkwell, Casey: ${label}` }).fill('4');
  await round.getByRole('textbox', { name: 'Checkwell, Casey: Sleep (hours)' }).fill('7');
  const more = round.getByRole('group', { name: 'Checkwell, Casey: more of the check-in' });
  const panic = more.getByRole('textbox', { name: 'Panic attacks today' });
  await panic.fill('-1');
  await round.getByRole('button', { name: 'Save round' }).click();
  await expect(panic).toHaveAccessibleDescription('Enter a whole number of 0 or more.');
  await expect(round.getByText('Not saved: fix this row’s marked fields.')).toBeVisible();
  await page.screenshot({ path: '/tmp/plansA-round-behaviours.png' });
  expect(await seriousA11yViolations(page)).toEqual([]);
  await panic.fill('2');
  await round.getByRole('button', { name: 'Save round' }).click();
  await expect(round.getByRole('checkbox', { name: 'Checkwell, Casey' })).not.toBeChecked();
  // The mood-app import reads the tracked behaviour's column; a bad count or an untracked behaviour keeps the row out.
  const header = 'Date,Mood,Anxiety,Stress,Cravings,Sleep hours,Panic attacks,Self-harm urges';
  await checkIns.chooseCsv('Checkwell, Casey', [header, `${localDayAgo(10)},5,4,4,1,7,3,`, `${localDayAgo(9)},5,4,4,1,7,-1,2`].join('\n'));
  const panel = checkIns.importPanel();
  await expect(panel.getByRole('columnheader', { name: 'Panic attacks' })).toBeVisible();
  await expect(panel.getByRole('row', { name: /Ready/ }).getByRole('cell', { name: '3', exact: true })).toBeVisible();
  await expect(panel).toContainText('Row 3, column Panic attacks: “-1” is not valid: enter a whole number of 0 or more.');
  await expect(panel).toContainText('Row 3, column Self-harm urges: Self-harm urges is not tracked for this client');
  await panel.screenshot({ path: '/tmp/plansA-import-behaviours.png' });
  await panel.getByRole('button', { name: 'Import 1 check-in' }).click();
  await expect(page.getByText('1 check-in imported.')).toBeVisible();
  await new ClientScreens(page).openList();
  await page.getByRole('link', { name: /Checkwell/ }).click();
  await hw.openBehavioursTab();
  await expect(hw.behaviour('Panic attacks').getByRole('img')).toHaveAccessibleName(/: 2 \(1 of 7 days recorded\)\.$/);
  await expect(hw.behaviour('Panic attacks').getByRole('table', { name: 'Panic attacks by week' }).getByRole('row').nth(1)).toContainText('1 of 73Not met');
});
