import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { seriousA11yViolations } from './a11y';
import { expect, test } from './fixtures';
import { ClientScreens } from './pages/client-pages';
import { MeasureScreens, localDayAgo, phq9Answers } from './pages/measure-pages';
import { NoteScreens } from './pages/note-pages';
import { ReviewScreens } from './pages/review-pages';
import { ADMIN, LockScreen, SetupScreen, rememberSetupCode } from './pages/vault-pages';

const ROBIN = { firstName: 'Robin', lastName: 'Dischargé', dateOfBirth: '1988-03-14', admissionDate: localDayAgo(40) };
const NARRATIVE = 'Spoke about her brother Tallowmere at length.';
// PHQ-9 item 9 as the form words it: an item-level answer must never reach the summary.
const ITEM9_WORDING = /better off dead/i;
const TESS = { name: 'Tess Therapist', passphrase: 'tess keeps her own phrase' };

async function administer(page: Page, total: number, item9: number, ago: number): Promise<void> {
  const measures = new MeasureScreens(page);
  await measures.administerPhq9(phq9Answers(total, item9), localDayAgo(ago));
  await expect(measures.form('PHQ-9')).toBeHidden();
}

async function openChart(page: Page): Promise<void> {
  const clients = new ClientScreens(page);
  await clients.openList();
  await clients.rowFor(ROBIN.lastName).getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(ROBIN.lastName) })).toBeVisible();
}

/** Robin: PHQ-9 18 then 6 (item 9 answered), a signed note, a signed review deciding discharge, then discharged. */
async function dischargedClient(page: Page): Promise<void> {
  await new SetupScreen(page).openNewClinic();
  await new ClientScreens(page).insertClient(ROBIN);
  await administer(page, 18, 0, 30);
  const notes = new NoteScreens(page);
  await notes.startNoteFromChart();
  await notes.appendTo('Subjective', NARRATIVE);
  await notes.sign();
  await openChart(page);
  await administer(page, 6, 1, 3);
  const reviews = new ReviewScreens(page);
  await reviews.openOverview();
  await reviews.startReview();
  await reviews.decide('Discharge', null, 'Goals met; continues with outpatient therapy.');
  const differs = page.getByRole('combobox', { name: /Why the decision differs/ });
  if (await differs.isVisible()) await differs.selectOption({ label: 'Clinical judgement' });
  await reviews.sign();
  await expect(page.getByText('Decision: Discharge')).toBeVisible();
  await reviews.backToChart();
  await page.getByRole('tab', { name: 'Details' }).click();
  await page.getByRole('button', { name: 'Discharge' }).click();
  await page.getByRole('combobox', { name: 'Discharge reason' }).click();
  await page.getByRole('option', { name: 'Completed program' }).click();
  await page.getByRole('button', { name: 'Discharge client' }).click();
  await expect(page.getByRole('button', { name: 'Discharge client' })).toBeHidden();
}

/** From the open chart: discharges the client (completed program) on the Details tab. */
async function discharge(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Details' }).click();
  await page.getByRole('button', { name: 'Discharge' }).click();
  await page.getByRole('combobox', { name: 'Discharge reason' }).click();
  await page.getByRole('option', { name: 'Completed program' }).click();
  await page.getByRole('button', { name: 'Discharge client' }).click();
  await expect(page.getByRole('button', { name: 'Discharge client' })).toBeHidden();
}

/** Clicks `button`, saves the browser host's download in `dir` and returns its path. */
async function download(page: Page, button: string, dir: string): Promise<string> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file = await downloading;
  const path = join(dir, file.suggestedFilename());
  await file.saveAs(path);
  return path;
}

test('a discharged client’s summary with its aftercare plan is written, refused at the fields until complete, signed, printed with the scores and decision and none of the never-include items', async ({
  page,
  profileDir,
}) => {
  test.setTimeout(300_000);
  await dischargedClient(page);
  const dueBanner = page.getByRole('status').filter({ hasText: 'Discharge summary due in 15 days' });
  await expect(dueBanner).toContainText('is not started. Open the Discharge summary tab');
  await page.getByRole('tab', { name: 'Discharge summary' }).click();
  await expect(dueBanner).toBeHidden();
  const panel = page.getByRole('tabpanel', { name: 'Discharge summary' });
  await expect(panel.getByText('due in 15 days')).toBeVisible();
  await panel.getByRole('button', { name: 'Start the discharge summary' }).click();
  const draft = panel.getByRole('form', { name: 'Discharge summary draft' });
  await expect(draft.getByRole('radio', { name: 'Completed', exact: true })).toBeChecked();
  await expect(draft.getByRole('textbox', { name: 'Reason for discharge' })).toHaveValue('Completed program');
  await expect(draft.getByRole('textbox', { name: 'Follow-up contact 1' })).toHaveValue(localDayAgo(-7));

  await draft
    .getByRole('textbox', { name: 'Course of treatment (interventions, medication changes)' })
    .fill('Nine weeks of groups and weekly individual sessions.');
  await draft.getByRole('button', { name: 'Sign the discharge summary' }).click();
  await expect(draft.getByRole('alert')).toHaveText('The discharge summary is not ready to sign yet: see the marked fields.');
  await expect(draft.getByRole('textbox', { name: 'Condition at discharge, including risk' })).toHaveAccessibleDescription(
    'Write the condition at discharge, including the assessment of risk.',
  );
  await expect(draft.getByRole('textbox', { name: 'Course of treatment (interventions, medication changes)' })).toHaveValue(
    'Nine weeks of groups and weekly individual sessions.',
  );

  await draft.getByRole('textbox', { name: 'Condition at discharge, including risk' }).fill('Low risk: no current ideation; safety plan reviewed.');
  await draft.getByRole('textbox', { name: 'Provider', exact: true }).fill('Dr Rowan Pike');
  await draft.getByRole('textbox', { name: 'Provider telephone' }).fill('555 0100');
  await draft.getByLabel('First appointment').fill(`${localDayAgo(-6)}T10:30`);
  await draft.getByRole('textbox', { name: 'What to do if symptoms recur' }).fill('Call Dr Pike or the clinic; in a crisis call 988.');
  await page.screenshot({ path: '/tmp/discharge-draft.png', fullPage: true });
  expect(await seriousA11yViolations(page)).toEqual([]);
  await draft.getByRole('button', { name: 'Sign the discharge summary' }).click();
  await expect(panel.getByText(/^Signed by .* It cannot change; add an addendum\.$/)).toBeVisible();
  await expect(panel.getByText('Signed', { exact: true })).toBeVisible();

  const pdf = await download(page, 'Save discharge summary PDF', profileDir);
  await expect(page.getByRole('status').filter({ hasText: 'Discharge summary saved' })).toBeVisible();
  const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain('Discharge summary');
  expect(text).toContain('Robin Dischargé');
  expect(text).toMatch(/baseline 18 .*latest 6, change −12, Reliably improved/);
  expect(text).toMatch(/decision Discharge\. .*Rationale: Goals met; continues with outpatient therapy\. .*Signed by /);
  expect(text).toContain('Dr Rowan Pike');
  expect(text).toContain('Call Dr Pike or the clinic; in a crisis call 988.');
  expect(text).toContain('Low risk: no current ideation');
  expect(text).toMatch(/Outcome measures: admission and discharge .*Level of care at discharge IOP \(/);
  for (const never of [NARRATIVE, 'Tallowmere', 'self_harm']) expect(text).not.toContain(never);
  expect(text).not.toMatch(ITEM9_WORDING);
  execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '3', pdf, '/tmp/discharge-pdf-page']);

  // §7.4: the aftercare plan's own client copy, plain words, crisis line first; no risk statement or scores.
  await expect(panel.getByText('No client copy given yet.')).toBeVisible();
  const aftercare = await download(page, 'Aftercare plan client copy (PDF)', profileDir);
  await expect(page.getByRole('status').filter({ hasText: 'Aftercare plan client copy saved' })).toBeVisible();
  await expect(panel.getByText(/^Client copy given on \d{1,2} \w+ \d{4} by Alex Admin\.$/)).toBeVisible();
  const copy = execFileSync('pdftotext', [aftercare, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(copy).toMatch(/^Robin’s aftercare plan Harbor Light IOP · ask the clinic for its phone number .*988 .*With: Dr Rowan Pike, phone 555 0100/);
  expect(copy).toContain('Call Dr Pike or the clinic; in a crisis call 988.');
  expect(copy).not.toMatch(/Low risk|baseline|PHQ-9/);
  execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', aftercare, '/tmp/reviews3-aftercare-copy']);

  await panel.getByRole('textbox', { name: 'Addendum' }).fill('Follow-up call made; first appointment kept.');
  await panel.getByRole('button', { name: 'Sign addendum' }).click();
  // The signed addendum in the list ("<date>, <signer>: <text>"), and the box emptied once the save (and its audit
  // event) is done; the text alone would also match the box until then.
  await expect(panel.getByText(/, Alex Admin: Follow-up call made; first appointment kept\.$/)).toBeVisible();
  await expect(panel.getByRole('textbox', { name: 'Addendum' })).toHaveValue('');
  await page.screenshot({ path: '/tmp/discharge-signed.png', fullPage: true });
  expect(await seriousA11yViolations(page)).toEqual([]);

  await page.getByRole('tab', { name: 'Details' }).click();
  await expect(page.getByRole('tab', { name: 'Details', selected: true })).toBeVisible();
  await expect(dueBanner).toBeHidden();

  await page.getByRole('link', { name: 'Audit log' }).click();
  const log = page.getByRole('main');
  await expect(log).toContainText('Discharge summary signed');
  await expect(log).toContainText(/Discharge summary \(signed\) for the discharge of .*; opt-ins: none/);
});

// §7.3: the summary is due within 15 days of discharge; the dashboard lists it until it is signed and links to it.
test('the dashboard lists a discharged client’s summary still to sign, with its due date, and opens it', async ({ page }) => {
  await new SetupScreen(page).openNewClinic();
  await new ClientScreens(page).insertClient(ROBIN);
  await discharge(page);
  await page.getByRole('link', { name: 'Today', exact: false }).first().click();
  const due = page.getByRole('region', { name: 'Discharge summaries to sign' });
  await expect(due.getByRole('listitem')).toHaveCount(1);
  await expect(due).toContainText('due in 15 days');
  await expect(due).toContainText('not started');
  await page.screenshot({ path: '/tmp/reviews3-dashboard-discharge-due.png', fullPage: true });
  expect(await seriousA11yViolations(page)).toEqual([]);
  await due.getByRole('link', { name: `Discharge summary: ${ROBIN.lastName}, ${ROBIN.firstName}` }).click();
  await expect(page.getByRole('tabpanel', { name: 'Discharge summary' }).getByRole('button', { name: 'Start the discharge summary' })).toBeVisible();
});

// §7.3 with §5.4's rule: a supervised clinician's signed summary waits for a supervisor's co-sign, which the chart then shows.
test('a supervised therapist’s signed discharge summary awaits a co-sign; a supervisor co-signs it and the chart shows the co-sign', async ({ page }) => {
  test.slow(); // two user switches: an Argon2id derivation each on a shared machine
  await new SetupScreen(page).openNewClinic();
  await page.getByRole('link', { name: 'Staff', exact: true }).click();
  await page.getByRole('button', { name: 'Add staff member' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Name', { exact: true }).fill(TESS.name);
  await dialog.getByLabel('Role').click();
  await page.getByRole('option', { name: 'Therapist' }).click();
  await dialog.getByLabel(/^Supervised/).check();
  await dialog.getByRole('button', { name: /add/i }).click();
  await rememberSetupCode(page);
  await expect(page.getByRole('cell', { name: TESS.name })).toBeVisible();
  const lock = new LockScreen(page);
  await lock.switchTo(TESS.name, TESS.passphrase);
  await new ClientScreens(page).insertClient(ROBIN);
  await discharge(page);

  await page.getByRole('tab', { name: 'Discharge summary' }).click();
  const panel = page.getByRole('tabpanel', { name: 'Discharge summary' });
  await panel.getByRole('button', { name: 'Start the discharge summary' }).click();
  const draft = panel.getByRole('form', { name: 'Discharge summary draft' });
  await draft.getByRole('textbox', { name: 'Course of treatment (interventions, medication changes)' }).fill('Six weeks of groups.');
  await draft.getByRole('textbox', { name: 'Condition at discharge, including risk' }).fill('Low risk: no current ideation.');
  await draft.getByRole('textbox', { name: 'Provider', exact: true }).fill('Dr Rowan Pike');
  await draft.getByRole('textbox', { name: 'Provider telephone' }).fill('555 0100');
  await draft.getByLabel('First appointment').fill(`${localDayAgo(-6)}T10:30`);
  await draft.getByRole('textbox', { name: 'What to do if symptoms recur' }).fill('Call Dr Pike or the clinic; in a crisis call 988.');
  await draft.getByRole('button', { name: 'Sign the discharge summary' }).click();
  await expect(panel.getByText('Awaiting co-sign', { exact: true })).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Co-sign discharge summary' })).toHaveCount(0);

  await lock.switchTo(ADMIN.name, ADMIN.passphrase);
  const clients = new ClientScreens(page);
  await clients.openList();
  await page.getByLabel('Status', { exact: true }).click();
  await page.getByRole('option', { name: 'Discharged' }).click();
  await clients.rowFor(ROBIN.lastName).getByRole('link').click();
  await page.getByRole('tab', { name: 'Discharge summary' }).click();
  await panel.getByRole('button', { name: 'Co-sign discharge summary' }).click();
  await expect(panel.getByText(new RegExp(`^Co-signed by ${ADMIN.name} on `))).toBeVisible();
  await expect(panel.getByText('Awaiting co-sign', { exact: true })).toBeHidden();
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.screenshot({ path: '/tmp/supervisor-discharge-cosigned.png', fullPage: true });
});
