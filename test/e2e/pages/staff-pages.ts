import { expect, type Page } from '@playwright/test';
import { rememberSetupCode } from './vault-pages';

export interface NewStaffMember {
  readonly name: string;
  /** The passphrase they choose at their first sign-in with the one-time code (LockScreen.unlock uses the code). */
  readonly passphrase: string;
  /** The role picked in the dialog; Therapist unless said. */
  readonly role?: 'Therapist' | 'Supervisor';
}

/** Adds a staff member through the Staff screen's dialog (as the signed-in admin), keeps their one-time sign-in code, waits for their row. */
export async function addStaffMember(page: Page, member: NewStaffMember): Promise<void> {
  await page.getByRole('link', { name: 'Staff', exact: true }).click();
  await page.getByRole('button', { name: 'Add staff member' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Name', { exact: true }).fill(member.name);
  await dialog.getByLabel('Role').click();
  await page.getByRole('option', { name: member.role ?? 'Therapist' }).click();
  await dialog.getByRole('button', { name: /add/i }).click();
  await rememberSetupCode(page);
  await expect(page.getByRole('cell', { name: member.name })).toBeVisible();
}
