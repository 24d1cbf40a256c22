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

  /** From an open chart: Notes tab → the note whose row holds `rowText` (e.g. its author). */
  async openFromChart(rowText: string): Promise<void> {
    const { page } = this;
    await page.getByRole('tab', { name: 'Notes' }).click();
    await page.getByRole('row').filter({ hasText: rowText }).getByRole('link').click();
    await expect(page.getByRole('heading', { level: 1, name: / note — / })).toBeVisible();
  }

  /** Types at the end of a draft's section and waits until the autosave has stored it. */
  async appendTo(section: string, text: string): Promise<void> {
    await this.section(section).click();
    await this.page.keyboard.press('ControlOrMeta+End');
    await this.page.keyboard.type(text);
    await expect(this.saveStatus()).toHaveText(/^Saved \d/);
  }

  /** A section as shown read-only (someone else's draft, a signed note). */
  shownSection(name: string) {
    return this.page.getByRole('region', { name, exact: true });
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

  /** Discard draft from the editor; `confirm` answers the question asked when the draft holds text. */
  async discardDraft(confirm?: boolean): Promise<void> {
    const { page } = this;
    await page.getByRole('button', { name: 'Discard draft' }).click();
    if (confirm === undefined) return;
    const dialog = page.getByRole('dialog', { name: 'Discard this draft?' });
    await dialog.getByRole('button', { name: confirm ? 'Discard draft' : 'Keep the draft' }).click();
    await expect(dialog).toHaveCount(0);
  }

  discardedDrafts() {
    return this.page.getByRole('table', { name: 'Discarded drafts' });
  }

  unsignedDrafts() {
    return this.page.getByRole('table', { name: 'Your unsigned drafts' });
  }
}
