import { expect, type Page } from '@playwright/test';

export interface NewStaffMember {
  readonly name: string;
  readonly passphrase: string;
  /** The role picked in the dialog; Therapist unless said. */
  readonly role?: 'Therapist' | 'Supervisor';
}

/** Adds a staff member through the Staff screen's dialog (as the signed-in admin) and waits for their row. */
export async function addStaffMember(page: Page, member: NewStaffMember): Promise<void> {
  await page.getByRole('link', { name: 'Staff', exact: true }).click();
  await page.getByRole('button', { name: 'Add staff member' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Name', { exact: true }).fill(member.name);
  await dialog.getByLabel('Role').click();
  await page.getByRole('option', { name: member.role ?? 'Therapist' }).click();
  await dialog.getByRole('textbox', { name: 'Passphrase', exact: true }).fill(member.passphrase);
  await dialog.getByLabel('Confirm passphrase').fill(member.passphrase);
  await dialog.getByRole('button', { name: /add/i }).click();
  await expect(page.getByRole('cell', { name: member.name })).toBeVisible();
}
