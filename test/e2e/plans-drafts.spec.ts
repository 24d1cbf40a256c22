import { seriousA11yViolations } from './a11y';
import { expect, test } from './fixtures';
import { ClientScreens } from './pages/client-pages';
import { localDayAgo } from './pages/measure-pages';
import { PlanScreens } from './pages/plan-pages';
import { ADMIN, LockScreen, SetupScreen } from './pages/vault-pages';

// Nothing typed is lost: typing the plan cannot store yet (a goal without the client's words) stays through a tab
// switch, and through a lock it comes back sealed for the same user (renderer/resume).
test('plan draft typing that cannot be saved yet survives a chart-tab switch and a lock', async ({ page }) => {
  test.slow(); // one lock and unlock: an Argon2id derivation on a shared machine
  await new SetupScreen(page).openNewClinic();
  await new ClientScreens(page).insertClient({ firstName: 'Sam', lastName: 'Keepsake', dateOfBirth: '1991-07-08', admissionDate: localDayAgo(5) });
  const plans = new PlanScreens(page);
  await plans.open();
  await page.getByRole('button', { name: 'Start a treatment plan' }).click();
  await plans.draft().getByRole('button', { name: 'Add problem' }).click();
  await plans.draft().getByRole('button', { name: 'Add goal to problem 1' }).click();
  const problem = plans.item('Problem 1').getByRole('textbox', { name: /Problem or need/ });
  await problem.fill('Nightmares most nights');
  await expect(plans.item('Goal 1.1').getByText('Write the goal in the client’s own words.')).toBeVisible();
  await expect(plans.saveStatus()).toContainText('Not saved yet');

  await page.getByRole('tab', { name: 'Notes' }).click();
  await plans.open();
  await expect(plans.item('Problem 1').getByRole('textbox', { name: /Problem or need/ })).toHaveValue('Nightmares most nights');

  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await expect(new LockScreen(page).heading()).toBeVisible();
  await new LockScreen(page).unlock(ADMIN.passphrase);
  await expect(page.getByRole('status').filter({ hasText: 'Restored what you were typing before Waypoint locked' })).toBeVisible();
  await expect(plans.item('Problem 1').getByRole('textbox', { name: /Problem or need/ })).toHaveValue('Nightmares most nights');
  await plans
    .item('Goal 1.1')
    .getByRole('textbox', { name: /Goal in the client’s words/ })
    .fill('Sleep without waking up scared');
  await plans.waitSaved();
});

// Typing the plan cannot store yet survives a page reload too: the editor leaves a sealed crash-recovery copy (as the
// note editor does) and offers it back when the draft opens again. On main the reload dropped it.
test('plan draft typing that cannot be saved yet survives a page reload', async ({ page }) => {
  test.slow(); // two unlocks after reloads: Argon2id derivations on a shared machine
  await new SetupScreen(page).openNewClinic();
  await new ClientScreens(page).insertClient({ firstName: 'Remy', lastName: 'Reloader', dateOfBirth: '1990-01-02', admissionDate: localDayAgo(5) });
  const plans = new PlanScreens(page);
  await plans.open();
  await page.getByRole('button', { name: 'Start a treatment plan' }).click();
  await plans.draft().getByRole('button', { name: 'Add problem' }).click();
  await plans.draft().getByRole('button', { name: 'Add goal to problem 1' }).click();
  await plans
    .item('Problem 1')
    .getByRole('textbox', { name: /Problem or need/ })
    .fill('Panic on the train');
  await expect(plans.item('Goal 1.1').getByText('Write the goal in the client’s own words.')).toBeVisible();
  await expect(plans.saveStatus()).toContainText('Not saved yet');

  await page.reload();
  const lock = new LockScreen(page);
  await expect(lock.heading()).toBeVisible();
  await lock.unlock(ADMIN.passphrase);
  await expect(
    plans
      .draft()
      .getByRole('status')
      .filter({ hasText: /^Unsaved typing restored/ }),
  ).toBeVisible();
  await expect(plans.item('Problem 1').getByRole('textbox', { name: /Problem or need/ })).toHaveValue('Panic on the train');
  await expect(plans.item('Goal 1.1').getByText('Write the goal in the client’s own words.')).toBeVisible();
  await page.screenshot({ path: '/tmp/plans3-plan-restored.png', fullPage: true });
  expect(await seriousA11yViolations(page)).toEqual([]);
  await plans
    .item('Goal 1.1')
    .getByRole('textbox', { name: /Goal in the client’s words/ })
    .fill('Ride to work again');
  await expect(plans.saveStatus()).toHaveText(/^Draft saved/);

  // Saved now: the copy is gone, so the next reload opens the stored draft with no restore notice.
  await page.reload();
  await lock.unlock(ADMIN.passphrase);
  await expect(plans.item('Goal 1.1').getByRole('textbox', { name: /Goal in the client’s words/ })).toHaveValue('Ride to work again');
  await expect(plans.item('Problem 1').getByRole('textbox', { name: /Problem or need/ })).toHaveValue('Panic on the train');
  await expect(
    plans
      .draft()
      .getByRole('status')
      .filter({ hasText: /^Unsaved typing restored/ }),
  ).toHaveCount(0);
});
