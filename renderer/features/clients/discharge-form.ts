import { dischargeSchema, fieldErrors, type DischargeInput, type FieldErrors } from '../../../shared/domain/client';

export interface DischargeFormValues {
  dischargeDate: string;
  dischargeReason: string;
  dischargeNote: string;
}

/** A blank discharge form dated `today`. */
export function newDischargeForm(today: string): DischargeFormValues {
  return { dischargeDate: today, dischargeReason: '', dischargeNote: '' };
}

/** Validates the discharge form against the client's admission date and `today`. */
export function validateDischarge(
  values: DischargeFormValues,
  admissionDate: string,
  today: string,
): { readonly ok: true; readonly value: DischargeInput } | { readonly ok: false; readonly errors: FieldErrors } {
  const result = dischargeSchema(admissionDate, today).safeParse(values);
  return result.success ? { ok: true, value: result.data } : { ok: false, errors: fieldErrors(result.error) };
}
