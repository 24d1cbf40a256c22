import { expect, type Page } from '@playwright/test';

/** Page model of the chart's Overview, the progress review screen and the review rules in Settings. */
export class ReviewScreens {
  constructor(private readonly page: Page) {}

  async openOverview(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Overview' }).click();
  }

  /** From the chart's Overview: starts (or continues) the progress review and waits for its evidence. */
  async startReview(): Promise<void> {
    const { page } = this;
    await page.getByRole('button', { name: /progress review$/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: /^Progress review of / })).toBeVisible();
    await expect(page.getByRole('heading', { name: /^Recommendation: / })).toBeVisible();
  }

  recommendation() {
    return this.page.getByRole('region', { name: /^Recommendation: / });
  }

  async decide(decision: string, reason: string | null, rationale: string): Promise<void> {
    const { page } = this;
    await page.getByRole('radio', { name: decision, exact: true }).check();
    if (reason) await page.getByRole('combobox', { name: /Why the decision differs/ }).selectOption({ label: reason });
    await page.getByRole('textbox', { name: /^Rationale/ }).fill(rationale);
  }

  async sign(): Promise<void> {
    await this.page.getByRole('button', { name: 'Sign review' }).click();
  }

  async backToChart(): Promise<void> {
    await this.page.getByRole('link', { name: 'Back to the chart' }).click();
    await expect(this.page.getByRole('tab', { name: 'Overview', selected: true })).toBeVisible();
  }
}
