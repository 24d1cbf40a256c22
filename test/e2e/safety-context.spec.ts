import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { seriousA11yViolations } from './a11y';
import { ClientScreens } from './pages/client-pages';
import { MeasureScreens, localDayAgo, phq9Answers } from './pages/measure-pages';
import { NoteScreens } from './pages/note-pages';
import { SetupScreen } from './pages/vault-pages';

// Issue 12 items 5 and 6: what a chart audit would catch about corrections and safety context.
const ROBIN = { firstName: 'Robin', lastName: 'Auditson', dateOfBirth: '1988-02-03', admissionDate: localDayAgo(30) };

async function clinicWithClient(page: Page): Promise<MeasureScreens> {
  await new SetupScreen(page).openNewClinic();
  await new ClientScreens(page).insertClient(ROBIN);
  return new MeasureScreens(page);
}

test('correcting a back-dated PHQ-9 keeps its day, asks why, and shows the reason in the row’s history', async ({ page }) => {
  const measures = await clinicWithClient(page);
  await measures.administerPhq9(phq9Answers(15), localDayAgo(14));
  const card = measures.trajectory('PHQ-9');
  const correct = card.getByRole('button', { name: /^Correct the PHQ-9 of / });
  const originalLabel = await correct.getAttribute('aria-label');
  await correct.click();

  const form = measures.form('PHQ-9');
  await expect(form.getByRole('heading', { name: originalLabel ?? '' })).toBeVisible();
  await expect(form.getByLabel(/Administered on/)).toHaveValue(localDayAgo(14));
  await form
    .getByRole('radiogroup', { name: /^1\. / })
    .getByRole('radio', { name: /Not at all/ })
    .check();
  await measures.save('PHQ-9');
  const reason = form.getByRole('textbox', { name: /^Reason for the correction/ });
  await expect(reason).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByText(/^Say why this response is corrected/)).toBeVisible();
  await expect(card.getByRole('table').getByRole('row').nth(1)).toContainText('15');

  await reason.fill('Item 1 was keyed as 3; Robin answered “not at all”.');
  await measures.save('PHQ-9');
  await expect(form).toBeHidden();
  const rows = card.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText('12');
  // Still on the day it was administered, not moved to today.
  await expect(card.getByRole('button', { name: originalLabel ?? '' })).toBeVisible();

  await card.getByRole('button', { name: /^History of the PHQ-9 of / }).click();
  const history = card.getByRole('table').getByRole('row').nth(2);
  await expect(history).toContainText('by Alex Admin. Reason: Item 1 was keyed as 3; Robin answered “not at all”.');
  await expect(history).toContainText('Before: 15 (Moderately severe), item 9 (thoughts of self-harm) 0 of 3.');
  await page.screenshot({ path: '/tmp/safety-correction-history.png', fullPage: true });
  expect(await seriousA11yViolations(page)).toEqual([]);
});

test('an open item-9 alert stays beside remission, flags the point and row, travels into the note, and needs a risk level to sign', async ({ page }) => {
  const measures = await clinicWithClient(page);
  await measures.administerPhq9(phq9Answers(16), localDayAgo(14));
  await measures.administerPhq9(phq9Answers(4, 2));
  await measures.answerWithKeys('C-SSRS-Screener', ['0', '0', '0']);
  await measures.save('C-SSRS-Screener');
  await expect(measures.form('C-SSRS-Screener')).toBeHidden();
  await expect(measures.safetyAlert()).toBeVisible();

  const card = measures.trajectory('PHQ-9');
  const latest = card.getByRole('group', { name: 'Latest result against baseline' });
  await expect(latest.getByText('remission', { exact: true })).toBeVisible();
  await expect(latest.getByText('safety alert open', { exact: true })).toBeVisible();
  const row = card.getByRole('table').getByRole('row').nth(2);
  await expect(row).toContainText('reliably improved, response, remission, safety alert open');
  await expect(row).toContainText('item 9 (thoughts of self-harm) 2 of 3');
  await expect(card.getByRole('img', { name: /Marked in red: item 9 \(thoughts of self-harm\) 2 of 3 on / })).toBeVisible();
  await page.screenshot({ path: '/tmp/safety-trajectory.png', fullPage: true });

  const notes = new NoteScreens(page);
  await notes.startNoteFromChart();
  const risk = page.getByRole('radiogroup', { name: /^Risk level/ });
  await expect(risk.getByRole('radio', { checked: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Insert latest scores' }).click();
  await expect(notes.section('Objective')).toContainText('PHQ-9: 4 (None–minimal), item 9 (thoughts of self-harm) 2 of 3');
  await expect(notes.section('Objective')).toContainText('C-SSRS-Screener: No risk identified');
  await expect(notes.saveStatus()).toHaveText(/^Saved \d/);

  await page.getByRole('button', { name: 'Sign note' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'The note was not signed' })).toContainText('choose a risk level before signing');
  await expect(risk).toHaveAccessibleDescription(/^Choose a risk level: this client has an open safety alert./);
  await expect(page.getByRole('dialog', { name: 'Sign this note?' })).toHaveCount(0);
  await page.screenshot({ path: '/tmp/safety-note-risk.png', fullPage: true });
  expect(await seriousA11yViolations(page)).toEqual([]);

  await risk.getByRole('radio', { name: 'Low' }).check();
  await expect(notes.saveStatus()).toHaveText(/^Saved \d/);
  await notes.sign();
  await expect(page.getByRole('region', { name: 'Risk and interventions' })).toContainText('Risk level: Low');
});
