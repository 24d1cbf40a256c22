import { fieldErrors, type FieldErrors } from '../../../shared/domain/client';
import { staffInputSchema, type StaffInput } from '../../../shared/domain/staff';

/** The add-staff form while the admin types (no passphrase: the staff member chooses their own at first sign-in). */
export interface StaffFormValues {
  name: string;
  role: string;
  credentials: string;
  supervised: boolean;
}

export const EMPTY_STAFF_FORM: StaffFormValues = { name: '', role: '', credentials: '', supervised: false };

export type StaffFormResult = { readonly ok: true; readonly input: StaffInput } | { readonly ok: false; readonly errors: FieldErrors };

/** Validates the staff fields with the domain schema. */
export function validateStaffForm(values: StaffFormValues): StaffFormResult {
  const parsed = staffInputSchema.safeParse({
    name: values.name,
    role: values.role,
    credentials: values.credentials,
    supervised: values.supervised,
  });
  return parsed.success ? { ok: true, input: parsed.data } : { ok: false, errors: fieldErrors(parsed.error) };
}
