import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { seriousA11yViolations } from './a11y';
import { expect, test } from './fixtures';
import { ClientScreens } from './pages/client-pages';
import { MeasureScreens, localDayAgo, phq9Answers } from './pages/measure-pages';
import { NoteScreens } from './pages/note-pages';
import { SetupScreen } from './pages/vault-pages';

const MILO = { firstName: 'Milo', lastName: 'Récordsen', dateOfBirth: '1987-06-02', admissionDate: localDayAgo(30) };
const NARRATIVE = 'Described the weekend with cousin Partridgevale.';

async function openChart(page: Page): Promise<void> {
  const clients = new ClientScreens(page);
  await clients.openList();
  await clients.rowFor(MILO.lastName).getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(MILO.lastName) })).toBeVisible();
}

async function download(page: Page, button: string, dir: string): Promise<string> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file = await downloading;
  const path = join(dir, `${String(Date.now())}-${file.suggestedFilename()}`);
  await file.saveAs(path);
  return path;
}

function pdfText(path: string): string {
  return execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

test('a client’s whole record saves as a PDF and a JSON bundle, the §7.2 items only when opted in, each save audited', async ({ page, profileDir }) => {
  test.slow();
  await new SetupScreen(page).openNewClinic();
  await new ClientScreens(page).insertClient(MILO);
  const notes = new NoteScreens(page);
  await notes.startNoteFromChart();
  await notes.appendTo('Subjective', NARRATIVE);
  await notes.sign();
  await openChart(page);
  const measures = new MeasureScreens(page);
  await measures.administerPhq9(phq9Answers(14), localDayAgo(3));
  await expect(measures.form('PHQ-9')).toBeHidden();

  await page.getByRole('tab', { name: 'Reports' }).click();
  const panel = page.getByRole('tabpanel', { name: 'Reports' });
  await expect(panel.getByRole('heading', { name: 'Client record (right of access)' })).toBeVisible();
  const narratives = panel.getByRole('checkbox', { name: /Session-note text/ });
  await expect(narratives).not.toBeChecked();
  await expect(panel.getByRole('checkbox', { name: /Part 2/ })).toHaveCount(0);

  const json = JSON.parse(readFileSync(await download(page, 'Save client record JSON', profileDir), 'utf8')) as Record<string, unknown>;
  await expect(page.getByRole('status').filter({ hasText: 'Client record saved' })).toBeVisible();
  expect(json).toMatchObject({
    format: 'waypoint-client-record',
    version: 1,
    optIns: [],
    client: { firstName: 'Milo', lastName: 'Récordsen', dateOfBirth: MILO.dateOfBirth },
  });
  expect(json.measures).toEqual([expect.objectContaining({ instrument: 'PHQ-9', score: 14 })]);
  expect(json.notes).toEqual([expect.not.objectContaining({ sections: expect.anything() })]);
  expect(JSON.stringify(json)).not.toContain('Partridgevale');

  const plain = pdfText(await download(page, 'Save client record PDF', profileDir));
  expect(plain).toContain('Client record: Milo Récordsen');
  expect(plain).toMatch(/PHQ-9 client 14/);
  expect(plain).toContain('Notes (signed)');
  expect(plain).toContain('Opt-ins: none.');
  expect(plain).not.toContain('Partridgevale');

  await narratives.check();
  const optedPath = await download(page, 'Save client record PDF', profileDir);
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', optedPath, '/tmp/recordexport-pdf']);
  const opted = pdfText(optedPath);
  expect(opted).toContain(NARRATIVE);
  expect(await seriousA11yViolations(page)).toEqual([]);
  await panel.getByRole('heading', { name: 'Client record (right of access)' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/recordexport-panel.png' });

  await page.getByRole('link', { name: 'Audit log' }).click();
  const log = page.getByRole('main');
  await expect(log).toContainText('Client record (JSON, right of access); opt-ins: none');
  await expect(log).toContainText('Client record (PDF, right of access); opt-ins: note_narratives');
});
