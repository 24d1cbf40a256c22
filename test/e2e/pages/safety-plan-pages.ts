import { expect, type Locator, type Page } from '@playwright/test';

/** Page model of the chart's "Safety plans" tab: the safety plan and the relapse-prevention plan. */
export class SafetyPlanScreens {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Safety plans' }).click();
    await expect(this.page.getByRole('tab', { name: 'Safety plans', selected: true })).toBeVisible();
  }

  /** The card of one plan ("Safety plan" or "Relapse-prevention plan"). */
  plan(title: string): Locator {
    return this.page.getByRole('region', { name: title, exact: true });
  }

  /** One section of the plan's draft, by its heading. */
  section(plan: Locator, heading: string): Locator {
    return plan.getByRole('group', { name: heading });
  }

  /** Adds a line to a section and fills its fields (by their labels). */
  async addLine(plan: Locator, heading: string, fields: Readonly<Record<string, string>>): Promise<void> {
    const section = this.section(plan, heading);
    await section.getByRole('button', { name: `Add a line to “${heading}”` }).click();
    for (const [label, value] of Object.entries(fields)) await section.getByRole('textbox', { name: label, exact: true }).last().fill(value);
  }
}
