import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { seriousA11yViolations } from './a11y';
import { ClientScreens } from './pages/client-pages';
import { localDayAgo } from './pages/measure-pages';
import { PlanScreens } from './pages/plan-pages';
import { SafetyPlanScreens } from './pages/safety-plan-pages';
import { startClinicServer, type ClinicServer } from './server-fixture';
import { twoLaptops } from './two-laptops';

/*
 * Issue 14: two laptops edit the same plan draft offline; the loser is a conflict copy and the Conflicts screen shows
 * it section by section (one row per problem), not as one blob of the plan's content. Before this slice the row was
 * a single "Content" value.
 */

const CLIENT = { firstName: 'Juno', lastName: 'Twolaptops', dateOfBirth: '1990-02-03', admissionDate: localDayAgo(10) };

async function openPlan(page: Page): Promise<PlanScreens> {
  const clients = new ClientScreens(page);
  await clients.openList();
  await clients.rowFor(CLIENT.lastName).getByRole('link').click();
  const plans = new PlanScreens(page);
  await plans.open();
  return plans;
}

async function typeProblem(page: Page, text: string): Promise<void> {
  const plans = await openPlan(page);
  await plans
    .item('Problem 1')
    .getByRole('textbox', { name: /Problem or need/ })
    .fill(text);
  await plans.waitSaved();
  // Leaving the editor: an open editor keeps the text it was opened with.
  await new ClientScreens(page).openList();
}

let server: ClinicServer;

test.beforeAll(async ({ baseURL }) => {
  server = await startClinicServer(new URL(baseURL ?? 'http://127.0.0.1:4173').origin);
});

test.afterAll(async () => {
  await server.stop();
});

test('a plan draft edited on two laptops: the conflict copy is shown section by section', async ({ page: a, context: contextA, baseURL }) => {
  test.setTimeout(240_000);
  const { b, syncA, laptopB } = await twoLaptops(a, baseURL, server, 'harbor');
  try {
    await new ClientScreens(a).openList();
    await new ClientScreens(a).insertClient(CLIENT);
    const plansA = new PlanScreens(a);
    await plansA.open();
    await a.getByRole('button', { name: 'Start a treatment plan' }).click();
    await plansA
      .draft()
      .getByRole('textbox', { name: /What the client wants from treatment/ })
      .fill('Feel steady');
    await plansA.draft().getByRole('button', { name: 'Add problem' }).click();
    await plansA
      .item('Problem 1')
      .getByRole('textbox', { name: /Problem or need/ })
      .fill('Low mood');
    await plansA.waitSaved();
    await new ClientScreens(a).openList();
    await expect(syncA.status()).toContainText('Up to date', { timeout: 20_000 });
    const plansB = await openPlan(b);
    await expect(plansB.item('Problem 1').getByRole('textbox', { name: /Problem or need/ })).toHaveValue('Low mood', { timeout: 20_000 });
    await new ClientScreens(b).openList();

    await contextA.setOffline(true);
    await laptopB.context.setOffline(true);
    await typeProblem(a, 'Low mood Alphaproblem');
    await typeProblem(b, 'Low mood Betaproblem');
    await contextA.setOffline(false);
    await laptopB.context.setOffline(false);

    await syncA.openConflicts();
    const conflict = syncA
      .conflict(/Treatment plan, version 1/)
      .filter({ hasText: 'Alphaproblem' })
      .filter({ hasText: 'Betaproblem' });
    await expect(conflict).toBeVisible({ timeout: 30_000 });
    const problemRow = conflict.getByRole('row').filter({ has: a.getByRole('rowheader', { name: /^Problem 1: / }) });
    await expect(problemRow).toContainText(/Alphaproblem[\s\S]*Betaproblem|Betaproblem[\s\S]*Alphaproblem/);
    await expect(conflict.getByRole('rowheader', { name: 'Content' })).toHaveCount(0);
    await a.screenshot({ path: '/tmp/plansui-conflict.png', fullPage: true });
    expect(await seriousA11yViolations(a)).toEqual([]);
    await conflict.getByRole('button', { name: 'Use conflict copy' }).click();
    await expect(conflict).toBeHidden();
  } finally {
    await laptopB.close();
  }
});

test('the safety-plan editor open on one laptop follows the draft typed on another: nothing unsaved here, so it is loaded', async ({ page: a, baseURL }) => {
  test.setTimeout(240_000);
  const { b, syncA, laptopB } = await twoLaptops(a, baseURL, server, 'harbor-safety');
  try {
    await new ClientScreens(a).openList();
    await new ClientScreens(a).insertClient(CLIENT);
    const screensA = new SafetyPlanScreens(a);
    await screensA.open();
    const planA = screensA.plan('Safety plan');
    await planA.getByRole('button', { name: 'Write the safety plan' }).click();
    const reasonsA = planA.getByRole('textbox', { name: 'What matters most to me and is worth living for' });
    await reasonsA.fill('My garden');
    await expect(planA.getByRole('status').filter({ hasText: /^Draft saved/ })).toBeVisible();
    await expect(syncA.status()).toContainText('Up to date', { timeout: 20_000 });

    const clientsB = new ClientScreens(b);
    await clientsB.openList();
    await clientsB.rowFor(CLIENT.lastName).getByRole('link').click();
    const screensB = new SafetyPlanScreens(b);
    await screensB.open();
    const planB = screensB.plan('Safety plan');
    const reasonsB = planB.getByRole('textbox', { name: 'What matters most to me and is worth living for' });
    await expect(reasonsB).toHaveValue('My garden', { timeout: 20_000 });

    // Laptop A types on while B's editor stays open with nothing unsaved: B shows A's version.
    await reasonsA.fill('My garden and my brother');
    await screensA.addLine(planA, 'Signs a crisis may be starting', { Sign: 'Not answering the phone' });
    await expect(reasonsB).toHaveValue('My garden and my brother', { timeout: 30_000 });
    await expect(screensB.section(planB, 'Signs a crisis may be starting').getByRole('textbox', { name: 'Sign', exact: true }).last()).toHaveValue(
      'Not answering the phone',
      { timeout: 30_000 },
    );
    await expect(planB.getByRole('status').filter({ hasText: 'A newer version of this draft arrived from another laptop and is shown.' })).toBeVisible();
    await b.screenshot({ path: '/tmp/plans3-safety-arrived.png', fullPage: true });
    expect(await seriousA11yViolations(b)).toEqual([]);

    // B types next: its typing is saved and reaches A's open editor the same way.
    await reasonsB.fill('My garden, my brother and the dog');
    await expect(reasonsA).toHaveValue('My garden, my brother and the dog', { timeout: 30_000 });
  } finally {
    await laptopB.close();
  }
});
