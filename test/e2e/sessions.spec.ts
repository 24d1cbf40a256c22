import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { seriousA11yViolations } from './a11y';
import { ClientScreens } from './pages/client-pages';
import { localDayAgo } from './pages/measure-pages';
import { SessionScreens } from './pages/session-pages';
import { ADMIN, LockScreen, SetupScreen } from './pages/vault-pages';

async function clinic(page: Page): Promise<ClientScreens> {
  await new SetupScreen(page).openNewClinic();
  return new ClientScreens(page);
}

const LAST_NAMES = ['Ashby', 'Brooks', 'Castillo', 'Dunmore', 'Ellery', 'Fairbanks'] as const;
const member = (last: string) => ({ firstName: 'Sam', lastName: last, dateOfBirth: '1990-05-06', admissionDate: localDayAgo(20) });
const display = (last: string) => `${last}, Sam`;
const section = (last: string) => `${last} practised paced breathing and named one urge`;

test('a 6-member group session with 5 present writes 5 member entries; each chart shows only its own section', async ({ page }) => {
  test.setTimeout(240_000); // six clients, a reload with its unlock (Argon2id), signing, six charts
  const clients = await clinic(page);
  for (const last of LAST_NAMES) {
    await clients.openList();
    await clients.insertClient(member(last));
  }
  const sessions = new SessionScreens(page);
  await sessions.createGroup('Distress tolerance', LAST_NAMES.map(display));
  await expect(page.getByRole('row').filter({ hasText: 'Distress tolerance' })).toContainText('6');
  await sessions.scheduleGroupSession('Distress tolerance');

  const present = LAST_NAMES.slice(0, 5);
  await sessions.write('Group summary', 'TIPP skills and paced breathing; the group practised together.');
  for (const [i, last] of present.entries())
    await sessions.mark(
      display(last),
      'Present',
      `${String((i % 5) + 1)} — ${['Withdrawn, not participating', 'Minimal, responds only when asked', 'Participates when prompted', 'Engaged, contributes on their own', 'Fully engaged, initiates and supports others'][i % 5] ?? ''}`,
    );
  await page.getByRole('checkbox', { name: 'Audio problem for Brooks, Sam' }).check();
  await sessions.mark(display('Fairbanks'), 'Absent, unexcused');

  await page.getByRole('button', { name: 'Sign group session' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Not signed yet' })).toContainText('Write an individual section for every member who attended');
  for (const last of present) await sessions.write(`Individual participation: ${display(last)}`, section(last));
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  // Reload mid-sentence, without waiting for the debounced save: the encrypted recovery copy brings the words back.
  await sessions.append('Group summary', ' Homework: one TIPP skill a day and');
  await page.reload();
  await new LockScreen(page).unlock(ADMIN.passphrase);
  await expect(page.getByRole('textbox', { name: 'Group summary', exact: true })).toHaveText(
    'TIPP skills and paced breathing; the group practised together. Homework: one TIPP skill a day and',
  );
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);

  await sessions.signGroupSession();
  await expect(page.getByText('Group session signed: 5 member notes written.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Individual sections' })).toContainText(section('Ellery'));

  for (const last of LAST_NAMES) {
    await clients.openList();
    await clients.rowFor(last).getByRole('link').click();
    await sessions.openChartSessions();
    const history = page.getByRole('article').filter({ hasText: 'Group: Distress tolerance' });
    await expect(history).toBeVisible();
    for (const other of LAST_NAMES) {
      if (other === last && present.includes(last)) await expect(history).toContainText(section(other));
      else await expect(history).not.toContainText(section(other));
    }
    await expect(history).toContainText(last === 'Fairbanks' ? 'Attendance: Absent, unexcused' : 'Attendance: Present');
  }
  await expect(page.getByRole('group', { name: 'Attendance rate' })).toContainText('0% (0 of 1 session)');
});

test('two unexcused absences in a row raise the attendance alert on the chart and in the list', async ({ page }) => {
  test.setTimeout(150_000);
  const clients = await clinic(page);
  await clients.insertClient(member('Greer'));
  const sessions = new SessionScreens(page);

  await sessions.scheduleIndividualSession(localDayAgo(8), '10:00');
  await sessions.mark(display('Greer'), 'Present', '4 — Engaged, contributes on their own');
  await page.getByRole('button', { name: 'Observations of Greer, Sam' }).click();
  await page.getByLabel('Communication (Greer, Sam)').fill('Spoke openly about the week.');
  await page.getByLabel('Participation (Greer, Sam)').click();
  expect(await seriousA11yViolations(page)).toEqual([]);

  for (const ago of [6, 4]) {
    await new ClientScreens(page).openList();
    await clients.rowFor('Greer').getByRole('link').click();
    await expect(sessions.attendanceAlert()).toHaveCount(0);
    await sessions.scheduleIndividualSession(localDayAgo(ago), '10:00');
    await sessions.mark(display('Greer'), 'Absent, unexcused');
    await expect(page.getByRole('combobox', { name: 'Engagement of Greer, Sam' })).toBeDisabled();
  }

  await clients.openList();
  await expect(clients.rowFor('Greer').getByText('Attendance alert')).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);
  await clients.rowFor('Greer').getByRole('link').click();
  await expect(sessions.attendanceAlert()).toContainText('2 unexcused absences in a row');
  await sessions.openChartSessions();
  await expect(page.getByRole('group', { name: 'Attendance rate' })).toContainText('33% (1 of 3 sessions)');
  await page.getByRole('switch', { name: 'Show engagement as a table' }).check();
  await expect(page.getByRole('table', { name: 'Engagement per session' })).toContainText('4 — Engaged, contributes on their own');
  expect(await seriousA11yViolations(page)).toEqual([]);

  // Attending again clears the alert.
  await sessions.scheduleIndividualSession(localDayAgo(1), '10:00');
  await sessions.mark(display('Greer'), 'Late');
  await clients.openList();
  await expect(clients.rowFor('Greer').getByText('Attendance alert')).toHaveCount(0);
});

test('a member’s signed note reads alone: the session’s context, shared parts, their own section and risk; the group note has its own home', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const clients = await clinic(page);
  for (const last of ['Ashby', 'Brooks']) {
    await clients.openList();
    await clients.insertClient(member(last));
  }
  const sessions = new SessionScreens(page);
  await sessions.createGroup('Grounding circle', [display('Ashby'), display('Brooks')]);
  await sessions.scheduleGroupSession('Grounding circle', 'Five senses');
  const sessionUrl = page.url();
  await sessions.mark(display('Ashby'), 'Present', '4 — Engaged, contributes on their own');
  await sessions.mark(display('Brooks'), 'Late');
  await sessions.write('Group summary', 'The group practised the five-senses exercise.');
  await sessions.write('Plan', 'Use it once a day before the next session.');
  await sessions.write(`Individual participation: ${display('Ashby')}`, 'Ashby led the exercise calmly.');
  await sessions.write(`Individual participation: ${display('Brooks')}`, 'Brooks said the week was hard.');
  await page.getByRole('combobox', { name: `Risk level: ${display('Brooks')}` }).selectOption({ label: 'Low' });
  await page.getByLabel(`Risk assessment: ${display('Brooks')}`).fill('Passive thoughts, no plan; safety plan reviewed.');
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.screenshot({ path: '/tmp/groupnotes-group-run.png', fullPage: true });

  // Before signing, Unsigned notes lists the group's draft by its group and opens it where it is written.
  await page.getByRole('link', { name: 'Unsigned notes' }).click();
  const row = page.getByRole('table', { name: 'Your unsigned drafts' }).getByRole('row').filter({ hasText: 'Group: Grounding circle' });
  await expect(row.getByRole('link', { name: 'Group note', exact: true })).toBeVisible();
  await expect(page.getByText(/Unknown client|note note/)).toHaveCount(0);
  await page.screenshot({ path: '/tmp/groupnotes-unsigned.png', fullPage: true });
  await row.getByRole('link', { name: 'Group note' }).click();
  await expect(page).toHaveURL(sessionUrl);
  await sessions.signGroupSession();
  await expect(page.getByText('Group session signed: 2 member notes written.')).toBeVisible();

  // The group note's own page: titled by its group and date, back to the session.
  await page.getByRole('link', { name: 'Open the signed group note (signature, addenda)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Group note — Grounding circle, / })).toBeVisible();
  await page.screenshot({ path: '/tmp/groupnotes-group-note.png', fullPage: true });
  await expect(page.getByRole('region', { name: 'Risk and interventions' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Back to the group session' }).click();
  await expect(page).toHaveURL(sessionUrl);

  const openMemberNote = async (last: string) => {
    await clients.openList();
    await clients.rowFor(last).getByRole('link').click();
    await page.getByRole('tab', { name: 'Notes' }).click();
    await page.getByRole('link', { name: 'Group member note: Grounding circle — Five senses' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Group member note — ${display(last)}` })).toBeVisible();
  };
  await openMemberNote('Ashby');
  const context = page.getByRole('region', { name: 'Group session', exact: true });
  for (const fact of ['Group: Grounding circle', 'Topic: Five senses', 'Duration: 50 minutes', 'Modality: Video', 'Date and time:'])
    await expect(context).toContainText(fact);
  await expect(page.getByRole('region', { name: 'Attendance and engagement' })).toContainText('Attendance: Present');
  await expect(page.getByRole('region', { name: 'Attendance and engagement' })).toContainText('Engagement: 4 of 5');
  await expect(page.getByRole('region', { name: 'Group summary' })).toContainText('five-senses exercise');
  await expect(page.getByRole('region', { name: 'Plan' })).toContainText('once a day');
  await expect(page.getByRole('region', { name: 'Individual participation' })).toContainText('Ashby led the exercise calmly.');
  // No other member's name or text, and no risk or interventions nobody recorded.
  await expect(page.getByRole('main')).not.toContainText('Brooks');
  await expect(page.getByRole('main')).not.toContainText('week was hard');
  await expect(page.getByRole('main')).not.toContainText(/Risk level|Interventions/);
  await page.screenshot({ path: '/tmp/groupnotes-member-note.png', fullPage: true });

  await openMemberNote('Brooks');
  await expect(page.getByRole('region', { name: 'Attendance and engagement' })).toContainText('Attendance: Late');
  await expect(page.getByRole('region', { name: 'Risk', exact: true })).toContainText('Risk level: Low');
  await expect(page.getByRole('region', { name: 'Risk', exact: true })).toContainText('Passive thoughts, no plan; safety plan reviewed.');
  await expect(page.getByRole('main')).not.toContainText('Ashby');
  expect(await seriousA11yViolations(page)).toEqual([]);
});
