import { fieldErrors, type FieldErrors } from '../../../shared/domain/client';
import { passphraseFieldError } from '../../../shared/domain/passphrase';
import { staffInputSchema, type StaffInput } from '../../../shared/domain/staff';

/** The add-staff form while the admin types. */
export interface StaffFormValues {
  name: string;
  role: string;
  credentials: string;
  supervised: boolean;
  passphrase: string;
  confirm: string;
}

export const EMPTY_STAFF_FORM: StaffFormValues = { name: '', role: '', credentials: '', supervised: false, passphrase: '', confirm: '' };

export type StaffFormResult =
  | { readonly ok: true; readonly input: StaffInput; readonly passphrase: string }
  | { readonly ok: false; readonly errors: FieldErrors };

/** Validates the staff fields with the domain schema and the new member's passphrase with its rules. */
export function validateStaffForm(values: StaffFormValues): StaffFormResult {
  const parsed = staffInputSchema.safeParse({
    name: values.name,
    role: values.role,
    credentials: values.credentials,
    supervised: values.supervised,
  });
  const errors: Record<string, string> = parsed.success ? {} : { ...fieldErrors(parsed.error) };
  const weak = passphraseFieldError(values.passphrase, [values.name]);
  if (weak) errors.passphrase = weak;
  if (values.confirm !== values.passphrase) errors.confirm = 'The two passphrases differ.';
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, input: parsed.data, passphrase: values.passphrase };
}
