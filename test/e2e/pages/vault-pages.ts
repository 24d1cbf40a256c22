import { expect, type Page } from '@playwright/test';

export const ADMIN = { clinic: 'Harbor Light IOP', name: 'Alex Admin', passphrase: 'correct horse battery staple' };

/** Page model of first-run setup and the recovery-key step. */
export class SetupScreen {
  constructor(private readonly page: Page) {}

  async createClinic(input = ADMIN): Promise<string> {
    const { page } = this;
    await expect(page.getByRole('heading', { name: 'Set up Waypoint' })).toBeVisible();
    await page.getByLabel('Clinic name').fill(input.clinic);
    await page.getByLabel('Your name').fill(input.name);
    await page.getByRole('textbox', { name: 'Passphrase', exact: true }).fill(input.passphrase);
    await page.getByLabel('Confirm passphrase').fill(input.passphrase);
    await page.getByRole('button', { name: 'Create clinic' }).click();
    await expect(page.getByRole('heading', { name: 'Save your recovery key' })).toBeVisible();
    return (await page.getByTestId('recovery-key').innerText()).trim();
  }

  async confirmRecoveryKey(key: string): Promise<void> {
    await this.page.getByLabel('Type the recovery key to confirm you saved it').fill(key);
    await this.page.getByRole('button', { name: 'Continue' }).click();
  }

  /** First run from a fresh profile: create the clinic, confirm the recovery key, land on Today, open the client list. */
  async openNewClinic(): Promise<void> {
    await this.page.goto('/');
    await this.confirmRecoveryKey(await this.createClinic());
    await expect(this.page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
    await this.page.getByRole('link', { name: 'Clients' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Clients' })).toBeVisible();
  }
}

// One-time first sign-in codes the add-staff dialog showed, by staff name, until each is used.
const setupCodes = new Map<string, string>();

/** Reads the add-staff dialog's one-time code (shown once) for the new member's first sign-in, then closes it. */
export async function rememberSetupCode(page: Page): Promise<string> {
  const dialog = page.getByRole('dialog');
  const field = dialog.getByRole('textbox', { name: 'One-time sign-in code' });
  await expect(field).toBeVisible({ timeout: 30_000 });
  const name = ((await dialog.getByRole('heading').textContent()) ?? '').replace(/^One-time code for /, '');
  const code = await field.inputValue();
  setupCodes.set(name, code);
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();
  return code;
}

/** Page model of the lock screen. */
export class LockScreen {
  constructor(private readonly page: Page) {}

  heading() {
    return this.page.getByRole('heading', { name: 'Waypoint is locked' });
  }

  /** Unlocks as the chosen user; a user with a one-time code from rememberSetupCode signs in with it first and chooses `passphrase`. */
  async unlock(passphrase: string): Promise<void> {
    const { page } = this;
    const name = await page.getByRole('combobox', { name: 'Who are you?' }).inputValue();
    const code = setupCodes.get(name);
    if (code !== undefined) {
      await this.firstSignIn(code, passphrase);
      setupCodes.delete(name);
      return;
    }
    await page.getByRole('textbox', { name: 'Passphrase', exact: true }).fill(passphrase);
    await page.getByRole('button', { name: /^Unlock/ }).click();
  }

  /** The first sign-in form: the one-time code and the passphrase the staff member chooses. */
  async firstSignIn(code: string, passphrase: string): Promise<void> {
    const { page } = this;
    await page.getByRole('textbox', { name: 'One-time code' }).fill(code);
    await page.getByRole('textbox', { name: 'Choose your passphrase' }).fill(passphrase);
    await page.getByRole('textbox', { name: 'Confirm passphrase' }).fill(passphrase);
    await page.getByRole('button', { name: 'Sign in and set passphrase' }).click();
  }

  /** Lock (the header's Lock button) and unlock as another staff member of this laptop's keyring. */
  async switchTo(name: string, passphrase: string): Promise<void> {
    const { page } = this;
    await page.getByRole('button', { name: 'Lock', exact: true }).click();
    await page.getByRole('combobox', { name: 'Who are you?' }).click();
    await page.getByRole('option', { name }).click();
    await this.unlock(passphrase);
    await expect(page.getByRole('banner')).toContainText(name, { timeout: 30_000 });
  }

  async recover(recoveryKey: string, newPassphrase: string): Promise<void> {
    const { page } = this;
    await page.getByRole('button', { name: 'Forgot your passphrase? Use the recovery key' }).click();
    await page.getByLabel('Recovery key').fill(recoveryKey);
    await page.getByRole('textbox', { name: 'New passphrase', exact: true }).fill(newPassphrase);
    await page.getByLabel('Confirm new passphrase').fill(newPassphrase);
    await page.getByRole('button', { name: 'Unlock and set new passphrase' }).click();
  }
}
