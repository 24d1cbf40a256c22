import { expect, type Locator, type Page } from '@playwright/test';

/** Page model of the chart's Plan tab: the draft editor, signing, versions and compare. */
export class PlanScreens {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Plan', exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 2, name: 'Treatment plan' })).toBeVisible();
  }

  draft(): Locator {
    return this.page.getByRole('region', { name: 'Plan draft' });
  }

  /** A problem, goal, objective or intervention of the editor by its legend ("Objective 1.1.2"). */
  item(legend: string): Locator {
    return this.page.getByRole('group', { name: legend, exact: true });
  }

  saveStatus(): Locator {
    return this.draft().getByRole('status').filter({ hasText: /saved|Saving|Not saved/ }).first();
  }

  async waitSaved(): Promise<void> {
    await expect(this.saveStatus()).toHaveText(/^Draft saved/);
  }

  async signAndActivate(): Promise<void> {
    await this.draft().getByRole('button', { name: 'Sign & activate' }).click();
    const dialog = this.page.getByRole('dialog', { name: /^Sign version/ });
    await dialog.getByRole('button', { name: 'Sign & activate' }).click();
    await expect(dialog).toBeHidden();
  }

  version(n: number): Locator {
    return this.page.getByRole('region', { name: `Plan version ${String(n)}` });
  }

  /** The progress line of an objective in the active version's view. */
  progress(objective: string): Locator {
    return this.page.getByRole('group', { name: `Objective ${objective}` }).getByRole('group', { name: /^Progress of / });
  }

  async view(name: 'Current plan' | 'Draft' | RegExp | 'Compare versions'): Promise<void> {
    await this.page.getByRole('tablist', { name: 'Plan views' }).getByRole('tab', { name }).click();
  }
}
