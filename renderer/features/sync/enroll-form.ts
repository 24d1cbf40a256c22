/** What the admin types to enroll a staff member's laptop. */
export interface EnrollFormValues {
  readonly staffId: string;
  readonly username: string;
  readonly password: string;
  readonly adminUsername: string;
  readonly adminPassword: string;
}

export const EMPTY_ENROLL_FORM: EnrollFormValues = { staffId: '', username: '', password: '', adminUsername: '', adminPassword: '' };

export const MIN_ACCOUNT_PASSWORD = 12;

/** A server user name from a person's name: lower-case letters, digits and dashes. */
export function suggestUsername(name: string): string {
  return name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
}

/** Checks the form; every error says what to type. */
export function validateEnrollForm(v: EnrollFormValues): Partial<Record<keyof EnrollFormValues, string>> {
  const errors: Partial<Record<keyof EnrollFormValues, string>> = {};
  if (!v.staffId) errors.staffId = 'Choose the staff member whose laptop you enroll.';
  if (!/^[a-z][a-z0-9._-]{1,59}$/.test(v.username.trim())) errors.username = 'Use 2–60 lower-case letters, digits, ".", "_" or "-", starting with a letter.';
  if (v.password.length < MIN_ACCOUNT_PASSWORD)
    errors.password = `Use at least ${MIN_ACCOUNT_PASSWORD} characters; the staff member types it once on their laptop.`;
  if (!v.adminUsername.trim()) errors.adminUsername = 'Enter the server admin’s user name.';
  if (!v.adminPassword) errors.adminPassword = 'Enter the server admin’s password.';
  return errors;
}
