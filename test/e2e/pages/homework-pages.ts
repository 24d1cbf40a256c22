import { expect, type Locator, type Page } from '@playwright/test';

/** Page model of the Homework and Behaviours chart tabs and the note's homework-review block. */
export class HomeworkScreens {
  constructor(private readonly page: Page) {}

  async openHomeworkTab(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Homework' }).click();
    await expect(this.page.getByRole('heading', { level: 2, name: 'Homework' })).toBeVisible();
  }

  async openBehavioursTab(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Behaviours' }).click();
    await expect(this.page.getByRole('heading', { level: 2, name: 'Target behaviours' })).toBeVisible();
  }

  assignForm(): Locator {
    return this.page.getByRole('form', { name: 'Assign homework' });
  }

  /** Opens the assign form and fills it; does not submit. */
  async fillAssignment(h: { title: string; category: string; skill: string; dueOn: string }): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Assign homework' }).click();
    const form = this.assignForm();
    await form.getByLabel('Title').fill(h.title);
    await form.getByLabel('Category').click();
    await this.page.getByRole('option', { name: h.category }).click();
    await form.getByLabel('Linked skill (optional)').fill(h.skill);
    await form.getByRole('textbox', { name: 'Due date' }).fill(h.dueOn);
    return form;
  }

  reviewForm(title: string): Locator {
    return this.page.getByRole('form', { name: `Review ${title}` });
  }

  async trackBehaviour(label: string, target: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Track a behaviour' }).click();
    const form = this.page.getByRole('form', { name: 'Track a behaviour' });
    await form.getByLabel('Behaviour').click();
    await this.page.getByRole('option', { name: label, exact: true }).click();
    await form.getByLabel('Weekly target (optional)').fill(target);
    await form.getByRole('button', { name: 'Track behaviour' }).click();
    await expect(form).toBeHidden();
  }

  behaviour(label: string): Locator {
    return this.page.getByRole('region', { name: label, exact: true });
  }

  /** Opens the days form of a behaviour and types seven days from `firstDay` ('' leaves a day blank); does not save. */
  async fillDays(label: string, firstDay: string, values: readonly string[]): Promise<Locator> {
    await this.page.getByRole('button', { name: `Record days of ${label}` }).click();
    const form = this.page.getByRole('form', { name: `Record ${label.toLowerCase()}` });
    await form.getByLabel('First day').fill(firstDay);
    const inputs = form.getByRole('textbox', { name: /^Count on / });
    for (const [i, v] of values.entries()) if (v !== '') await inputs.nth(i).fill(v);
    return form;
  }

  async recordDays(label: string, firstDay: string, values: readonly string[]): Promise<void> {
    const form = await this.fillDays(label, firstDay, values);
    await form.getByRole('button', { name: 'Save days' }).click();
    await expect(form).toBeHidden();
  }
}
