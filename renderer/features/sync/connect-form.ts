import { assertClinicId, InvalidClinicIdError } from '../../../shared/sync/couch-names';
import { insecureServerProblem } from '../../../shared/sync/server-url';

/** What the clinic admin types to connect the clinic to its server (admin credentials are used once, not stored). */
export interface ConnectFormValues {
  readonly url: string;
  readonly clinicId: string;
  readonly username: string;
  readonly password: string;
}

export const EMPTY_CONNECT_FORM: ConnectFormValues = { url: 'https://', clinicId: '', username: '', password: '' };

export type ConnectFormResult =
  | { readonly ok: true; readonly input: ConnectFormValues }
  | { readonly ok: false; readonly errors: Readonly<Partial<Record<keyof ConnectFormValues, string>>> };

function urlProblem(raw: string): string | null {
  try {
    const url = new URL(raw);
    if (!url.hostname) return 'Enter the server address, e.g. https://couch.example.org:6984';
    return insecureServerProblem(url.protocol, url.hostname);
  } catch {
    return 'Enter the server address, e.g. https://couch.example.org:6984';
  }
}

/** Trims and checks the form; every error says what to type. */
export function validateConnectForm(values: ConnectFormValues): ConnectFormResult {
  const input = { url: values.url.trim(), clinicId: values.clinicId.trim(), username: values.username.trim(), password: values.password };
  const errors: Partial<Record<keyof ConnectFormValues, string>> = {};
  const url = urlProblem(input.url);
  if (url) errors.url = url;
  try {
    assertClinicId(input.clinicId);
  } catch (error) {
    if (!(error instanceof InvalidClinicIdError)) throw error;
    errors.clinicId = 'Use lower-case letters, digits and "-", starting with a letter (e.g. north-clinic).';
  }
  if (input.username === '') errors.username = 'Enter the server admin’s user name.';
  if (input.password === '') errors.password = 'Enter the server admin’s password.';
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, input };
}
