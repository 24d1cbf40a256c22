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
    await clients.createClient(member(last));
  }
  const sessions = new SessionScreens(page);
  await sessions.createGroup('Distress tolerance', LAST_NAMES.map(display));
  await expect(page.getByRole('row').filter({ hasText: 'Distress tolerance' })).toContainText('6');
  await sessions.scheduleGroupSession('Distress tolerance');

  const present = LAST_NAMES.slice(0, 5);
  await sessions.write('Group summary', 'TIPP skills and paced breathing; the group practised together.');
  for (const [i, last] of present.entries()) await sessions.mark(display(last), 'Present', `${String((i % 5) + 1)} — ${['Withdrawn, not participating', 'Minimal, responds only when asked', 'Participates when prompted', 'Engaged, contributes on their own', 'Fully engaged, initiates and supports others'][i % 5] ?? ''}`);
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
  await expect(page.getByRole('textbox', { name: 'Group summary', exact: true })).toHaveText('TIPP skills and paced breathing; the group practised together. Homework: one TIPP skill a day and');
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
  await clients.createClient(member('Greer'));
  const sessions = new SessionScreens(page);

  await sessions.scheduleIndividualSession(localDayAgo(8), '10:00');
  await sessions.mark(display('Greer'), 'Present', '4 — Engaged, contributes on their own');
  await page.getByRole('button', { name: 'Observations of Greer, Sam' }).click();
  await page.getByLabel('Communication (Greer, Sam)').fill('Spoke openly about the week.');
  await page.getByLabel('Participation (Greer, Sam)').click();
  expect(await seriousA11yViolations(page)).toEqual([]);

  for (const ago of [6, 4]) {
    await page.getByRole('link', { name: 'Clients' }).click();
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
