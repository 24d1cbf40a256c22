import { expect, type Locator, type Page } from '@playwright/test';

/** Page model of clinic sync: Settings → Clinic server, enrollment, joining, the header status and Conflicts. */
export class SyncScreens {
  constructor(private readonly page: Page) {}

  status() {
    return this.page.getByRole('banner').getByRole('status');
  }

  async openSettings(): Promise<void> {
    await this.page.getByRole('link', { name: 'Settings', exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  }

  async connect(input: { url: string; clinicId: string; admin: { username: string; password: string } }): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Clinic server' });
    await form.getByLabel('Server address').fill(input.url);
    await form.getByLabel('Clinic id').fill(input.clinicId);
    await form.getByLabel('Server admin user name').fill(input.admin.username);
    await form.getByLabel('Server admin password').fill(input.admin.password);
    await form.getByRole('button', { name: 'Connect clinic' }).click();
    await expect(this.page.getByText(/This laptop syncs with/)).toBeVisible({ timeout: 30_000 });
  }

  /** Enrolls a staff member's laptop; returns the one-time code shown. */
  async enroll(input: { staffName: string; username: string; password: string; admin: { username: string; password: string } }): Promise<string> {
    const { page } = this;
    const form = page.getByRole('form', { name: 'Enroll a laptop' });
    await form.getByLabel('Staff member').click();
    await page.getByRole('option', { name: input.staffName }).click();
    await form.getByLabel('Their server user name').fill(input.username);
    await form.getByLabel('Their server password').fill(input.password);
    await form.getByLabel('Server admin user name').fill(input.admin.username);
    await form.getByLabel('Server admin password').fill(input.admin.password);
    await form.getByRole('button', { name: 'Make enrollment code' }).click();
    return (await page.getByTestId('enrollment-code').innerText()).trim();
  }

  /** Settings → Update the server's protection (provisioning again with the server admin). */
  async updateServer(admin: { username: string; password: string }): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Update the server’s protection' });
    await form.getByLabel('Server admin user name').fill(admin.username);
    await form.getByLabel('Server admin password').fill(admin.password);
    await form.getByRole('button', { name: 'Update server' }).click();
    await expect(form.getByRole('status')).toContainText('Server protection is up to date', { timeout: 30_000 });
  }

  /** First-run screen of a new laptop: join with the account and code, choose a passphrase. */
  async join(input: { url: string; username: string; password: string; code: string; passphrase: string }): Promise<void> {
    const { page } = this;
    await page.getByRole('button', { name: 'Join an existing clinic' }).click();
    await page.getByLabel('Server address').fill(input.url);
    await page.getByLabel('Server user name').fill(input.username);
    await page.getByLabel('Server password').fill(input.password);
    await page.getByLabel('Enrollment code').fill(input.code);
    await page.getByRole('textbox', { name: 'Passphrase', exact: true }).fill(input.passphrase);
    await page.getByLabel('Confirm passphrase').fill(input.passphrase);
    await page.getByRole('button', { name: 'Join clinic' }).click();
  }

  /** The navigation link; its name carries the number waiting, e.g. "Conflicts 2 open". */
  conflictsLink() {
    return this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Conflicts( \d+ open)?$/ });
  }

  async openConflicts(): Promise<void> {
    await this.conflictsLink().click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Conflicts' })).toBeVisible();
  }

  /** An open conflict on the Conflicts screen, by its title ("Client record …", "SOAP note for …"). */
  conflict(title: RegExp) {
    return this.page.getByRole('region', { name: new RegExp(`^Conflict: ${title.source}`) });
  }

  /** The current version and the conflict copy of one part of a conflict, side by side. */
  conflictRow(conflict: Locator, part: string) {
    return conflict.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: part, exact: true }) });
  }

  /** Merge… → edit the merged texts (`edit` gets the card) → Save merged version; waits until the card is gone. */
  async merge(conflict: Locator, edit: (card: Locator) => Promise<void>): Promise<void> {
    await conflict.getByRole('button', { name: 'Merge…' }).click();
    await edit(conflict);
    await conflict.getByRole('button', { name: 'Save merged version' }).click();
    await expect(conflict).toBeHidden();
  }
}
