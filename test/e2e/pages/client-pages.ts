import { expect, type Page } from '@playwright/test';

export interface NewClient {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  admissionDate: string;
  /** The program track; the form's default when absent. */
  program?: string;
}

/** Page model of the client list and client form. */
export class ClientScreens {
  constructor(private readonly page: Page) {}

  /** From anywhere in the unlocked app (after unlock it opens on Today): the list, New client, save. */
  async insertClient(client: NewClient): Promise<void> {
    const { page } = this;
    await this.openList();
    await page.getByRole('button', { name: 'New client' }).click();
    await page.getByLabel('First name').fill(client.firstName);
    await page.getByLabel('Last name').fill(client.lastName);
    await page.getByLabel('Date of birth').fill(client.dateOfBirth);
    await page.getByLabel('Admission date').fill(client.admissionDate);
    if (client.program !== undefined) {
      await page.getByRole('combobox', { name: 'Program track' }).fill(client.program);
      await page.getByRole('option', { name: client.program, exact: true }).click();
    }
    await page.getByRole('button', { name: 'Save client' }).click();
    await expect(page.getByRole('heading', { level: 1, name: new RegExp(client.lastName) })).toBeVisible();
  }

  async openList(): Promise<void> {
    await this.page.getByRole('link', { name: 'Clients' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Clients' })).toBeVisible();
  }

  rowFor(lastName: string) {
    return this.page.getByRole('row').filter({ hasText: lastName });
  }
}
