import { seriousA11yViolations } from './a11y';
import { expect, test } from './fixtures';
import { SetupScreen } from './pages/vault-pages';

test('a daily backup schedule in a browser: a "Backup due" notice downloads the backup in one click, audited, and Settings shows the last backup', async ({
  page,
}) => {
  test.slow();
  await new SetupScreen(page).openNewClinic();
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  const main = page.getByRole('main');
  await expect(main.getByText('Last backup: none yet on this computer')).toBeVisible();
  await expect(main.getByText('A browser cannot write to a folder on its own')).toBeVisible();
  await expect(main.getByText('A computer that already holds a clinic cannot restore over it.')).toBeVisible();
  const due = page.getByRole('status').filter({ hasText: 'Backup due' });
  await expect(due).toHaveCount(0);

  await main.getByText('Daily', { exact: true }).click();
  // Never backed up on this computer: due at once.
  await expect(due).toContainText('download the scheduled backup now');
  expect(await seriousA11yViolations(page)).toEqual([]);
  await due.scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/recordexport-backup-due.png' });

  const downloading = page.waitForEvent('download');
  await due.getByRole('button', { name: 'Download the backup' }).click();
  const file = await downloading;
  expect(file.suggestedFilename()).toMatch(/^waypoint-backup-\d{4}-\d{2}-\d{2}-\d{4}\.json$/);
  await expect(due).toHaveCount(0);
  await expect(main.getByText(/^Last backup: .* · next due /)).toBeVisible();
  await page.screenshot({ path: '/tmp/recordexport-backup-settings.png', fullPage: true });

  await page.getByRole('link', { name: 'Audit log' }).click();
  await expect(main).toContainText('Backup schedule on this computer: daily; offered as a download when due');
  await expect(main).toContainText('Scheduled backup of');
});
