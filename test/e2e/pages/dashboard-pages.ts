import { expect, type Locator, type Page } from '@playwright/test';

/** Page model of the caseload dashboard (Today). */
export class DashboardScreens {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('link', { name: /^Today/ }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  }

  safetyStrip(): Locator {
    return this.page.getByRole('region', { name: 'Safety alerts' });
  }

  needsAction(): Locator {
    return this.page.getByRole('list', { name: 'Needs action today' });
  }

  /** The alert links of a list are exactly these, in this order ("Label: Client"); waits for live updates. */
  async expectAlerts(list: Locator, names: readonly string[]): Promise<void> {
    await expect(list.getByRole('listitem').getByRole('link')).toHaveText([...names]);
  }

  async snooze(label: string, client: string, days: string, reason: string): Promise<void> {
    await this.page.getByRole('button', { name: `Snooze ${label} for ${client}` }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: /Snooze for/ }).fill(days);
    if (reason) await dialog.getByRole('textbox', { name: /Reason/ }).fill(reason);
    await dialog.getByRole('button', { name: 'Snooze' }).click();
  }
}
