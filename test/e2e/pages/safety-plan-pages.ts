import { expect, type Locator, type Page } from '@playwright/test';

/** What a new safety plan is written with: one line for each step, and what matters most to the client. */
export interface SafetyPlanLines {
  readonly sign: string;
  readonly ownCoping: string;
  readonly distraction: string;
  readonly helper: { readonly name: string; readonly relationship: string; readonly phone: string };
  readonly saferSpace: string;
  readonly worthLivingFor: string;
}

export const SAFETY_PLAN_LINES: SafetyPlanLines = {
  sign: 'Not sleeping',
  ownCoping: 'Music',
  distraction: 'The park',
  helper: { name: 'Jo', relationship: 'sister', phone: '555-201-3344' },
  saferSpace: 'Nothing identified',
  worthLivingFor: 'My niece',
};

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

  /** Writes every step of a new safety plan's draft and signs it: version 1 is in force. */
  async writeAndSign(plan: Locator, lines: SafetyPlanLines = SAFETY_PLAN_LINES): Promise<void> {
    await plan.getByRole('button', { name: 'Write the safety plan' }).click();
    await this.addLine(plan, 'Signs a crisis may be starting', { Sign: lines.sign });
    await this.addLine(plan, 'Things I can do on my own', { 'What I can do': lines.ownCoping });
    await this.addLine(plan, 'People and places that take my mind off things', { 'Person or place': lines.distraction });
    await this.addLine(plan, 'People I can ask for help', { Name: lines.helper.name, Relationship: lines.helper.relationship, Phone: lines.helper.phone });
    await this.addLine(plan, 'Making my space safer', { What: lines.saferSpace });
    await plan.getByRole('textbox', { name: 'What matters most to me and is worth living for' }).fill(lines.worthLivingFor);
    await plan.getByRole('checkbox', { name: 'The client took part in writing this plan' }).check();
    await plan.getByRole('button', { name: 'Sign the safety plan' }).click();
    await expect(plan.getByRole('heading', { name: 'In force: version 1' })).toBeVisible();
  }
}
