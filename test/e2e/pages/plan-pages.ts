import { expect, type Locator, type Page } from '@playwright/test';

/** A calendar date ("YYYY-MM-DD") as the app shows it (its browser's medium date style, e.g. "Dec 5, 2026"). */
export function appDate(page: Page, iso: string): Promise<string> {
  return page.evaluate((d) => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${d}T00:00:00Z`)), iso);
}

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
    return this.draft()
      .getByRole('status')
      .filter({ hasText: /saved|Saving|Not saved/ })
      .first();
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

  /** Fills the draft's opening fields: what the client wants, strengths, discharge criteria and a behaviour to track. */
  async fillOpening(o: { wants: string; strengths: string; discharge: string; behaviour: string }): Promise<void> {
    const draft = this.draft();
    await draft.getByRole('textbox', { name: /What the client wants from treatment/ }).fill(o.wants);
    await draft.getByRole('textbox', { name: /Strengths/ }).fill(o.strengths);
    await draft.getByRole('textbox', { name: /Discharge criteria/ }).fill(o.discharge);
    await draft.getByRole('combobox', { name: 'Behaviour to track' }).selectOption(o.behaviour);
    await draft.getByRole('button', { name: 'Add target behaviour' }).click();
  }

  /** Adds problem 1 and its goal 1.1 in the client's words with a target date; returns goal 1.1. */
  async addProblemAndGoal(problem: string, goal: { words: string; targetDate: string }): Promise<Locator> {
    const draft = this.draft();
    await draft.getByRole('button', { name: 'Add problem' }).click();
    await this.item('Problem 1')
      .getByRole('textbox', { name: /Problem or need/ })
      .fill(problem);
    await draft.getByRole('button', { name: 'Add goal to problem 1' }).click();
    const item = this.item('Goal 1.1');
    await item.getByRole('textbox', { name: /Goal in the client’s words/ }).fill(goal.words);
    await item.getByLabel('Goal target date').fill(goal.targetDate);
    return item;
  }

  /** Starts a plan and writes the least a plan needs to be signed: one problem, goal and PHQ-9 objective. */
  async writeSignablePlan(): Promise<void> {
    const { page } = this;
    await page.getByRole('button', { name: 'Start a treatment plan' }).click();
    const draft = this.draft();
    await draft.getByRole('textbox', { name: /What the client wants from treatment/ }).fill('Feel steady again');
    await draft.getByRole('textbox', { name: /Strengths/ }).fill('Curious');
    await draft.getByRole('textbox', { name: /Discharge criteria/ }).fill('PHQ-9 below 10');
    await draft.getByRole('button', { name: 'Add problem' }).click();
    await this.item('Problem 1')
      .getByRole('textbox', { name: /Problem or need/ })
      .fill('Low mood');
    await draft.getByRole('button', { name: 'Add goal to problem 1' }).click();
    await this.item('Goal 1.1')
      .getByRole('textbox', { name: /Goal in the client’s words/ })
      .fill('Enjoy things again');
    await this.item('Goal 1.1').getByRole('button', { name: 'Add objective tied to a measure' }).click();
    await this.item('Objective 1.1.1')
      .getByRole('textbox', { name: /^Objective/ })
      .fill('PHQ-9 below 10');
    await this.item('Objective 1.1.1')
      .getByRole('textbox', { name: /Target score/ })
      .fill('10');
    await this.waitSaved();
  }

  async view(name: 'Current plan' | 'Draft' | RegExp | 'Compare versions'): Promise<void> {
    await this.page.getByRole('tablist', { name: 'Plan views' }).getByRole('tab', { name }).click();
  }
}
