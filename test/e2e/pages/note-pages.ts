import { expect, type Page } from '@playwright/test';

/** Page model of the note editor, the signed note and the unsigned-notes list. */
export class NoteScreens {
  constructor(private readonly page: Page) {}

  /** From an open chart: Notes tab → New note → the draft editor. */
  async startNoteFromChart(): Promise<void> {
    const { page } = this;
    await page.getByRole('tab', { name: 'Notes' }).click();
    await page.getByRole('link', { name: 'New note' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /^SOAP note — / })).toBeVisible();
    await expect(page).toHaveURL(/#\/notes\/[0-9a-f-]{36}$/);
  }

  section(name: string) {
    return this.page.getByRole('textbox', { name, exact: true });
  }

  saveStatus() {
    return this.page.getByTestId('save-status');
  }

  async sign(): Promise<void> {
    const { page } = this;
    await page.getByRole('button', { name: 'Sign note' }).click();
    await page.getByRole('dialog', { name: 'Sign this note?' }).getByRole('button', { name: 'Sign note' }).click();
    await expect(page.getByRole('region', { name: 'Signature' })).toBeVisible();
  }

  async addAddendum(text: string): Promise<void> {
    const { page } = this;
    await this.section('New addendum').click();
    await page.keyboard.type(text);
    await page.getByRole('button', { name: 'Sign addendum' }).click();
    await page.getByRole('dialog', { name: 'Sign this addendum?' }).getByRole('button', { name: 'Sign addendum' }).click();
  }

  async openUnsigned(): Promise<void> {
    await this.page.getByRole('link', { name: 'Unsigned notes' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Unsigned notes' })).toBeVisible();
  }

  unsignedDrafts() {
    return this.page.getByRole('table', { name: 'Your unsigned drafts' });
  }
}
