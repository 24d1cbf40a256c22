import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { seriousA11yViolations } from './a11y';
import { expect, test } from './fixtures';
import { ClientScreens } from './pages/client-pages';
import { localDayAgo } from './pages/measure-pages';
import { addStaffMember } from './pages/staff-pages';
import { ADMIN, LockScreen, SetupScreen } from './pages/vault-pages';

const ANA = { firstName: 'Ana', lastName: 'Ruizauditee', dateOfBirth: '1990-03-04', admissionDate: localDayAgo(3) };
const BEN = { firstName: 'Ben', lastName: 'Oduyaauditee', dateOfBirth: '1985-06-07', admissionDate: localDayAgo(3) };
const TESS = { name: 'Tess Therapist', passphrase: 'tess keeps her own phrase' };
const OMAR = { name: 'Omar Therapist', passphrase: 'omar keeps his own phrase' };

async function openAuditLog(page: Page) {
  await page.getByRole('link', { name: 'Audit log' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
  const table = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: 'Client' }) });
  await expect(table).toBeVisible();
  return table;
}

async function openChart(page: Page, lastName: string): Promise<void> {
  const clients = new ClientScreens(page);
  await clients.openList();
  await clients.rowFor(lastName).getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(lastName) })).toBeVisible();
}

/** Tess's client Ana, Omar's client Ben; Omar opens both charts. */
async function twoCaseloads(page: Page): Promise<LockScreen> {
  await new SetupScreen(page).openNewClinic();
  await addStaffMember(page, TESS);
  await addStaffMember(page, OMAR);
  const lock = new LockScreen(page);
  const clients = new ClientScreens(page);
  await lock.switchTo(TESS.name, TESS.passphrase);
  await clients.openList();
  await clients.insertClient(ANA);
  await lock.switchTo(OMAR.name, OMAR.passphrase);
  await clients.openList();
  await clients.insertClient(BEN);
  await openChart(page, ANA.lastName);
  return lock;
}

test('the audit log names clients and staff, filters by client and exports the filtered view as CSV', async ({ page }) => {
  test.setTimeout(240_000);
  const lock = await twoCaseloads(page);
  await lock.switchTo(ADMIN.name, ADMIN.passphrase);
  const table = await openAuditLog(page);
  // Names, not ids: the chart Omar opened says whose chart it was.
  await expect(table.getByRole('row').filter({ hasText: 'Opened the chart' }).filter({ hasText: OMAR.name }).first()).toContainText('Ruizauditee, Ana');
  await expect(table).not.toContainText(/[0-9a-f]{8}-[0-9a-f]{4}-/);
  expect(await seriousA11yViolations(page)).toEqual([]);

  await page.getByLabel('Client', { exact: true }).selectOption({ label: 'Ruizauditee, Ana' });
  await expect(table.getByRole('row').filter({ hasText: 'Oduyaauditee' })).toHaveCount(0);
  await expect(table.getByRole('row').filter({ hasText: 'Created the client record' })).toHaveCount(1);
  const shown = await table.locator('tbody tr').count();
  await page.screenshot({ path: '/tmp/auditview-filtered.png', fullPage: true });

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^waypoint-audit-log-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile(await download.path(), 'utf8');
  const lines = csv.split('\r\n').filter(Boolean);
  // UTF-8 with a byte-order mark, like every CSV export (shared/reports/csv.ts), so spreadsheets read names right.
  expect(lines[0]).toBe('\uFEFFWhen (UTC),Who,Action,Record,Client,Detail');
  expect(lines).toHaveLength(shown + 1);
  expect(lines.slice(1).every((l) => l.includes('"Ruizauditee, Ana"'))).toBe(true);
  expect(csv).not.toContain('Oduyaauditee');
  await expect(page.getByRole('status').filter({ hasText: 'Exported' })).toContainText(`Exported ${String(shown)} events`);

  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.getByLabel('Action', { exact: true }).selectOption({ label: 'Exported' });
  await expect(table.getByRole('row').filter({ hasText: `Exported ${String(shown)} audit events (client Ruizauditee, Ana)` })).toHaveCount(1);

  // A backwards date range is refused at the field; nothing is shown for it.
  await page.getByLabel('From').fill(localDayAgo(0));
  await page.getByLabel('To').fill(localDayAgo(2));
  await expect(page.getByText('The end date is before the start date.')).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);
});

test('a therapist sees their own actions and their clients’ events, not another therapist’s clients’; the chart lists who viewed it', async ({ page }) => {
  test.setTimeout(240_000);
  const lock = await twoCaseloads(page);
  await lock.switchTo(TESS.name, TESS.passphrase);
  const table = await openAuditLog(page);
  await expect(page.getByText('Your own actions and the events of the clients you are primary clinician of.')).toBeVisible();
  // Omar opening Ana's chart is about Tess's client; Ben (Omar's) is nowhere, nor in the client filter.
  await expect(table.getByRole('row').filter({ hasText: 'Opened the chart' }).filter({ hasText: OMAR.name })).toContainText('Ruizauditee, Ana');
  await expect(table).not.toContainText('Oduyaauditee');
  await expect(page.getByLabel('Client', { exact: true }).locator('option')).toHaveText(['Any client', 'Ruizauditee, Ana']);
  await page.screenshot({ path: '/tmp/auditview-therapist.png', fullPage: true });

  await openChart(page, ANA.lastName);
  await page.getByRole('tab', { name: 'Who viewed' }).click();
  const views = page.getByRole('tabpanel').getByRole('table');
  await expect(views.getByRole('row').filter({ hasText: OMAR.name })).toContainText('Opened the chart');
  await expect(views.getByRole('row').filter({ hasText: TESS.name }).first()).toContainText('Opened the chart');
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.screenshot({ path: '/tmp/auditview-who-viewed.png', fullPage: true });
});

test('the audit log checks each laptop’s chain on opening and on demand, and names record kinds in words', async ({ page }) => {
  await new SetupScreen(page).openNewClinic();
  await new ClientScreens(page).openList();
  await new ClientScreens(page).insertClient(ANA);
  await page.getByRole('link', { name: /^Today/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  const table = await openAuditLog(page);
  const integrity = page.getByRole('region', { name: 'Integrity of the audit trail' });
  await expect(integrity.getByRole('status')).toContainText('No sign of removed, changed or reordered events');
  const thisLaptop = integrity.getByRole('listitem').filter({ hasText: 'This laptop' });
  await expect(thisLaptop).toContainText(/This laptop: \d+ events \(#1–#\d+\) by .*OK: nothing removed, changed or reordered\./);
  // On opening: only the events after each laptop's last verified point (incremental).
  await expect(integrity).toContainText('after each laptop’s last verified point');
  // The dashboard view is a dashboard, not a client with no client.
  await expect(
    table.getByRole('row').filter({ hasText: 'Opened the caseload dashboard' }).first().getByRole('cell', { name: 'Dashboard', exact: true }),
  ).toBeVisible();
  await expect(table.getByRole('row').filter({ hasText: 'Created the client record' }).getByRole('cell', { name: 'Client', exact: true })).toBeVisible();

  // On demand: the check runs again and counts the events written since (the log view itself is not audited).
  const before = await thisLaptop.textContent();
  await openChart(page, ANA.lastName);
  await openAuditLog(page);
  await page.getByRole('button', { name: 'Check everything' }).click();
  await expect(integrity.getByRole('status')).toContainText('No sign of removed, changed or reordered events');
  await expect(integrity).toContainText('Every event was read and checked.');
  await expect(thisLaptop).not.toHaveText(before ?? '');
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.screenshot({ path: '/tmp/auditchain-integrity.png', fullPage: true });
});
