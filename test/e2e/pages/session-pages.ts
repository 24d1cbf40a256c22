import { expect, type Page } from '@playwright/test';

/** Page model of groups, the session form, the session page (attendance, group run) and the chart's Sessions tab. */
export class SessionScreens {
  constructor(private readonly page: Page) {}

  async createGroup(name: string, memberNames: readonly string[]): Promise<void> {
    const { page } = this;
    await page.getByRole('link', { name: 'Groups' }).click();
    await page.getByRole('button', { name: 'New group' }).click();
    await page.getByLabel('Group name').fill(name);
    const members = page.getByRole('combobox', { name: 'Members' });
    for (const member of memberNames) {
      await members.fill(member);
      await page.getByRole('option', { name: member }).click();
    }
    await members.press('Escape');
    await page.getByRole('button', { name: 'Save group' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Groups' })).toBeVisible();
  }

  /** From the groups list: a new session of the group, saved with the form's defaults (and the topic, if given). */
  async scheduleGroupSession(groupName: string, topic = ''): Promise<void> {
    const { page } = this;
    await page.getByRole('link', { name: `New session of ${groupName}` }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'New session' })).toBeVisible();
    if (topic) await page.getByLabel('Topic').fill(topic);
    await page.getByRole('button', { name: 'Save session' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Group session: ${groupName}` })).toBeVisible();
  }

  /** From an open chart: Sessions tab → New session on `date`, saved as an individual video session. */
  async scheduleIndividualSession(date: string, time: string): Promise<void> {
    const { page } = this;
    await this.openChartSessions();
    await page.getByRole('link', { name: 'New session' }).click();
    await page.getByLabel('Date').fill(date);
    await page.getByLabel('Start time').fill(time);
    await page.getByRole('button', { name: 'Save session' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /^Individual session: / })).toBeVisible();
  }

  async openChartSessions(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Sessions' }).click();
  }

  async mark(clientName: string, status: string, engagement?: string): Promise<void> {
    const { page } = this;
    await page.getByRole('combobox', { name: `Attendance of ${clientName}` }).selectOption({ label: status });
    if (engagement) await page.getByRole('combobox', { name: `Engagement of ${clientName}` }).selectOption({ label: engagement });
  }

  async write(field: string, text: string): Promise<void> {
    await this.page.getByRole('textbox', { name: field, exact: true }).click();
    await this.page.keyboard.type(text);
  }

  /** Types at the end of a rich-text section that already holds text. */
  async append(field: string, text: string): Promise<void> {
    await this.page.getByRole('textbox', { name: field, exact: true }).click();
    await this.page.keyboard.press('Control+End');
    await this.page.keyboard.type(text);
  }

  async signGroupSession(): Promise<void> {
    const { page } = this;
    await page.getByRole('button', { name: 'Sign group session' }).click();
    await page.getByRole('dialog', { name: 'Sign the group session?' }).getByRole('button', { name: 'Sign' }).click();
  }

  attendanceAlert() {
    return this.page.getByRole('alert').filter({ hasText: 'Attendance alert' });
  }
}
