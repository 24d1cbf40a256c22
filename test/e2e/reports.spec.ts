import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { seriousA11yViolations } from './a11y';
import { expect, test } from './fixtures';
import { ClientScreens } from './pages/client-pages';
import { FamilyFeedbackScreens, MeasureScreens, localDayAgo, phq9Answers } from './pages/measure-pages';
import { NoteScreens } from './pages/note-pages';
import { ReviewScreens } from './pages/review-pages';
import { SAFETY_PLAN_LINES, SafetyPlanScreens } from './pages/safety-plan-pages';
import { SetupScreen } from './pages/vault-pages';

const ZOE = { firstName: 'Zoë', lastName: 'Ångström', dateOfBirth: '1991-03-04', admissionDate: localDayAgo(40) };
const NARRATIVE = 'Talked about the argument with her sister Quillon.';
const FAMILY_COMMENT = 'Talks more at dinner Vexmoor';
const FAMILY_CONCERNS = 'Worried about the night shifts Brindlecot';
// PHQ-9 item 9 as the form words it: an item-level answer must never reach the report.
const ITEM9_WORDING = /better off dead/i;

async function administer(page: Page, answers: readonly number[], day: string): Promise<void> {
  const measures = new MeasureScreens(page);
  await measures.administerPhq9(answers, day);
  await expect(measures.form('PHQ-9')).toBeHidden();
}

async function openChart(page: Page): Promise<void> {
  const clients = new ClientScreens(page);
  await clients.openList();
  await clients.rowFor(ZOE.lastName).getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(ZOE.lastName) })).toBeVisible();
}

/** A clinic with Zoë: two PHQ-9s (the second with item 9 answered), a signed note and a family feedback form. */
async function clientWithHistory(page: Page): Promise<void> {
  await new SetupScreen(page).openNewClinic();
  await new ClientScreens(page).insertClient(ZOE);
  await administer(page, phq9Answers(18), localDayAgo(20));
  // Signed before item 9 opens a safety alert (a note then needs its risk level first).
  const notes = new NoteScreens(page);
  await notes.startNoteFromChart();
  await notes.appendTo('Subjective', NARRATIVE);
  await notes.sign();
  await openChart(page);
  await administer(page, phq9Answers(9, 1), localDayAgo(5));
  await page.getByRole('tab', { name: 'Family feedback' }).click();
  await new FamilyFeedbackScreens(page).give('Parent', [2, 3, 4, 3], FAMILY_COMMENT, FAMILY_CONCERNS);
  await expect(page.getByText('Family feedback saved.')).toBeVisible();
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

/** The PDF's text as pdftotext reads it, runs of white space (line ends, page breaks) as one space. */
function pdfText(path: string): string {
  return execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

test('a progress report PDF holds the PHQ-9 scores and none of the never-include items; opt-ins and CSV exports are audited', async ({ page, profileDir }) => {
  test.slow();
  // pdfmake must run under the renderer's Content-Security-Policy: no eval, no remote fonts.
  const refused: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
  });
  await clientWithHistory(page);
  await page.getByRole('tab', { name: 'Reports' }).click();
  const form = page.getByRole('tabpanel', { name: 'Reports' });
  await expect(form.getByRole('heading', { name: 'Progress report (PDF)' })).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.screenshot({ path: '/tmp/reports-chart-tab.png', fullPage: true });

  await form.getByRole('radio', { name: 'Payer version (continued-stay review)' }).check();
  const payer = pdfText(await download(page, 'Save progress report PDF', profileDir));
  await expect(page.getByRole('status').filter({ hasText: 'Progress report saved' })).toBeVisible();
  expect(payer).toContain('Zoë Ångström');
  expect(payer).toMatch(/baseline 18 .*latest 9, change −9, Reliably improved/);
  expect(payer).toContain('No progress review recorded.');
  expect(payer).toContain('Safety events in period: 1.');
  for (const never of [NARRATIVE, FAMILY_COMMENT, FAMILY_CONCERNS, 'Quillon', 'Vexmoor', 'Brindlecot', 'self_harm']) expect(payer).not.toContain(never);
  expect(payer).not.toMatch(ITEM9_WORDING);
  expect(refused).toEqual([]);
  const pdf = join(profileDir, `progress-report-payer-${localDayAgo(29)}-to-${localDayAgo(0)}.pdf`);
  execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', pdf, '/tmp/reports-payer-page']);

  // Opting in to note narratives puts them in (the client version), and the audit says which opt-ins were chosen.
  await form.getByRole('radio', { name: 'Client version (plain language)' }).check();
  await form.getByRole('checkbox', { name: 'Session-note narratives (signed notes)' }).check();
  const client = pdfText(await download(page, 'Save progress report PDF', profileDir));
  expect(client).toContain('Your progress report');
  expect(client).toContain(NARRATIVE);
  expect(client).not.toContain(FAMILY_COMMENT);

  const csvPath = await download(page, 'Export measures CSV', profileDir);
  const csv = readFileSync(csvPath, 'utf8');
  expect(csv.startsWith('\uFEFFrecord_number,instrument_id,')).toBe(true);
  const rows = csv.slice(1).split('\r\n');
  expect(rows[1]).toMatch(
    new RegExp(
      `^[0-9a-f-]{36},PHQ-9,1\\.0\\.0,${localDayAgo(20)},${localDayAgo(20)}T[0-9:]{8}[+-]\\d\\d:\\d\\d,client,18,moderately_severe,66.7,above_cutoff_10,18,0,no_reliable_change,false,false,false,`,
    ),
  );
  expect(rows[2]).toMatch(/,client,9,mild,33.3,self_harm_item9,18,-9,reliably_improved,true,false,false,/);

  await page.getByRole('link', { name: 'Audit log' }).click();
  const log = page.getByRole('main');
  await expect(log).toContainText('Progress report (payer version)');
  await expect(log).toContainText('opt-ins: none');
  await expect(log).toContainText('opt-ins: note_narratives');
  await expect(log).toContainText('Measures CSV (client, identified)');
});

test('the progress report prints the latest signed review: decision, reason, target level and date, plan changes, signer', async ({ page, profileDir }) => {
  test.slow();
  await new SetupScreen(page).openNewClinic();
  await new ClientScreens(page).insertClient(ZOE);
  await administer(page, phq9Answers(18), localDayAgo(20));
  await administer(page, phq9Answers(9, 1), localDayAgo(5));
  const reviews = new ReviewScreens(page);
  await reviews.openOverview();
  await reviews.startReview();
  await expect(page.getByRole('heading', { name: 'Recommendation: intensify' })).toBeVisible();
  await reviews.decide('Intensify', null, 'Item 9 endorsed this week; PHP gives daily contact while we review safety.');
  await page.getByRole('textbox', { name: 'Target level of care' }).fill('PHP');
  await page.getByRole('textbox', { name: 'Target date' }).fill(localDayAgo(-3));
  await page.getByRole('textbox', { name: 'Session frequency' }).fill('5 groups a week');
  await reviews.sign();
  await expect(page.getByRole('heading', { name: 'Signed decision' })).toBeVisible();
  await reviews.backToChart();

  await page.getByRole('tab', { name: 'Reports' }).click();
  const form = page.getByRole('tabpanel', { name: 'Reports' });
  await form.getByRole('radio', { name: 'Payer version (continued-stay review)' }).check();
  const payer = pdfText(await download(page, 'Save progress report PDF', profileDir));
  expect(payer).not.toContain('No progress review recorded.');
  expect(payer).toMatch(/Review of \d{1,2} \w+ \d{4}: decision Intensify\. Recommendation: Intensify\./);
  expect(payer).toMatch(/Target level of care: PHP from \d{1,2} \w+ \d{4}\./);
  expect(payer).toContain('Rationale: Item 9 endorsed this week; PHP gives daily contact while we review safety.');
  expect(payer).toContain('Plan changes: session frequency: 5 groups a week.');
  expect(payer).toMatch(/Signed by [^.]+ on \d{1,2} \w+ \d{4}\./);
  const pdf = join(profileDir, `progress-report-payer-${localDayAgo(29)}-to-${localDayAgo(0)}.pdf`);
  execFileSync('pdftoppm', ['-png', '-r', '70', pdf, '/tmp/dash2-report-decision']);

  await form.getByRole('radio', { name: 'Client version (plain language)' }).check();
  const client = pdfText(await download(page, 'Save progress report PDF', profileDir));
  expect(client).toContain('your care team decided to move to a more intensive level of care. The plan is to move to PHP from');
  expect(client).not.toContain('Item 9 endorsed');
});

test('a save cancelled in the dialog writes nothing and audits nothing; the caseload exports page is accessible', async ({ page }) => {
  // The Electron preload's host, with a save dialog the user cancels.
  await page.addInitScript(() => {
    const saves: string[] = [];
    Object.assign(window, {
      waypointSaves: saves,
      waypoint: {
        getAppInfo: () => Promise.resolve({ name: 'Waypoint', version: 'test', host: 'electron', platform: 'test' }),
        saveFile: (request: { suggestedName: string }) => {
          saves.push(request.suggestedName);
          return Promise.resolve({ status: 'cancelled' });
        },
        onHostEvent: () => () => undefined,
      },
    });
  });
  await new SetupScreen(page).openNewClinic();
  await new ClientScreens(page).insertClient(ZOE);
  await administer(page, phq9Answers(12), localDayAgo(3));
  await page.getByRole('tab', { name: 'Reports' }).click();
  await page.getByRole('button', { name: 'Save progress report PDF' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Nothing was saved.' })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { waypointSaves: string[] }).waypointSaves)).toEqual([
    expect.stringMatching(/^progress-report-client-.*\.pdf$/),
  ]);

  await page.getByRole('link', { name: 'Reports', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reports and exports' })).toBeVisible();
  await page.getByRole('button', { name: 'Export measures CSV' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Nothing was saved.' })).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.screenshot({ path: '/tmp/reports-caseload-page.png', fullPage: true });

  await page.getByRole('link', { name: 'Audit log' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
  await expect(page.getByRole('main')).not.toContainText('Measures CSV');
  await expect(page.getByRole('main')).not.toContainText('Progress report');
});

test('the signed safety plan prints as a one-page client copy: crisis numbers first, the steps in order, audited', async ({ page, profileDir }) => {
  await new SetupScreen(page).openNewClinic();
  // The clinic's phone and crisis line come from Settings (no number is hard-coded but 988).
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  await page.getByRole('textbox', { name: 'Clinic phone' }).fill('555 010 0100');
  await page.getByRole('textbox', { name: 'Clinic crisis line' }).fill('555 010 0199');
  await page.getByRole('button', { name: 'Save clinic phone' }).click();
  await expect(page.getByText('Clinic phone and crisis line saved')).toBeVisible();
  await page.getByRole('region', { name: 'Clinic phone and crisis line' }).screenshot({ path: '/tmp/reviews3-clinic-contact.png' });
  await new ClientScreens(page).insertClient(ZOE);
  const screens = new SafetyPlanScreens(page);
  await screens.open();
  const plan = screens.plan('Safety plan');
  await screens.writeAndSign(plan, { ...SAFETY_PLAN_LINES, worthLivingFor: 'My niece Zoë-Łucja' });

  await page.getByRole('tab', { name: 'Reports' }).click();
  await expect(page.getByRole('heading', { name: 'Client copies (PDF)' })).toBeVisible();
  const path = await download(page, 'Save safety plan client copy', profileDir);
  await expect(page.getByRole('status').filter({ hasText: 'Client copy saved' })).toBeVisible();
  const copy = pdfText(path);
  expect(copy).toMatch(/^Zoë’s safety plan Harbor Light IOP · phone 555 010 0100 .*Clinic crisis line: 555 010 0199 .*988/);
  expect(copy).toMatch(/Step 1: Signs a crisis may be starting Not sleeping .*Step 4: People I can ask for help Jo \(sister\) — 555-201-3344/);
  expect(copy).toContain('My niece Zoë-Łucja');
  expect(copy).toContain('page 1 of 1');
  execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', path, '/tmp/reports-safety-copy']);

  await page.getByRole('link', { name: 'Audit log' }).click();
  await expect(page.getByRole('main')).toContainText('Safety plan client copy (version 1)');
});

// §7.2 item 7: a substance-use client's report needs the Part 2 opt-in, and prints the clinic's wording of the notice.
test('a Part 2 client’s report is refused without the Part 2 opt-in and carries the clinic’s notice from Settings', async ({ page, profileDir }) => {
  const notice = 'Harbor Light Part 2 notice: not to be re-disclosed (42 CFR 2.32), wording of 5 Dec.';
  let downloads = 0;
  page.on('download', () => (downloads += 1));
  await new SetupScreen(page).openNewClinic();
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  const field = page.getByRole('textbox', { name: 'Re-disclosure notice' });
  await expect(field).toHaveValue(/^42 CFR part 2 prohibits unauthorized use or disclosure/);
  await field.fill('');
  await expect(field).toHaveAccessibleDescription('Write the re-disclosure notice: every Part 2 export prints it (42 CFR 2.32).');
  await expect(page.getByRole('button', { name: 'Save Part 2 notice' })).toBeDisabled();
  await page.getByRole('region', { name: '42 CFR Part 2 notice' }).screenshot({ path: '/tmp/reports16-part2-setting-empty.png' });
  await field.fill(notice);
  await page.getByRole('button', { name: 'Save Part 2 notice' }).click();
  await expect(page.getByText('Part 2 notice saved')).toBeVisible();

  await new ClientScreens(page).insertClient({ ...ZOE, program: 'Substance use' });
  await expect(page.getByText('42 CFR Part 2', { exact: true })).toBeVisible(); // the chart's badge: set from the program track
  await page.getByRole('tab', { name: 'Reports' }).click();
  const form = page.getByRole('tabpanel', { name: 'Reports' });
  const part2 = form.getByRole('checkbox', { name: /^42 CFR Part 2: the recipient is the client, or a Part 2 consent/ });
  await expect(part2).toHaveCount(3); // the progress report's, the CSV exports' and the client record's
  await page.getByRole('button', { name: 'Export measures CSV' }).click();
  await expect(part2.nth(1)).toHaveAccessibleDescription(/tick the Part 2 box/);
  await page.getByRole('button', { name: 'Save progress report PDF' }).click();
  await expect(part2.first()).toHaveAccessibleDescription(/tick the Part 2 box/);
  await part2.first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/reports16-part2-refused.png' });
  expect(await seriousA11yViolations(page)).toEqual([]);

  await part2.first().check();
  const text = pdfText(await download(page, 'Save progress report PDF', profileDir));
  expect(text).toContain(notice);
  expect(text).not.toContain('42 CFR part 2 prohibits');
  expect(downloads).toBe(1);
});
