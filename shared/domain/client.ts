import { z } from 'zod';
import { isIsoDate } from './dates';
import { RELATIONS } from './relations';

/** Levels of care a virtual program offers (DESIGN.md): partial hospitalization, intensive and standard outpatient. */
export const LEVELS_OF_CARE = ['PHP', 'IOP', 'OP'] as const;
export type LevelOfCare = (typeof LEVELS_OF_CARE)[number];

/** Program tracks offered by default; a clinic may type its own. */
export const DEFAULT_PROGRAMS = ['Adult mental health', 'Adolescent', 'Substance use', 'Dual diagnosis', 'Eating disorders'] as const;

export const CLIENT_STATUSES = ['active', 'discharged'] as const;
export type ClientStatus = (typeof CLIENT_STATUSES)[number];

export const DISCHARGE_REASONS = [
  'Completed program',
  'Stepped down to outpatient',
  'Stepped up to higher level of care',
  'Left against advice',
  'Insurance or payment',
  'Moved or transferred',
  'Other',
] as const;

export const CONTACT_RELATIONS = RELATIONS;

const trimmed = (label: string, max: number) =>
  z.string().trim().max(max, `${label} is at most ${max} characters.`);

export const contactSchema = z
  .object({
    name: trimmed('Contact name', 120).min(1, 'Enter the contact’s name.'),
    relation: trimmed('Relation', 60).min(1, 'Choose how the contact is related.'),
    phone: trimmed('Phone', 40)
      .refine((v) => v === '' || /^[+()\d\s.-]{7,}$/.test(v), 'Enter a phone number with at least 7 digits.')
      .default(''),
    email: trimmed('Email', 200)
      .refine((v) => v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), 'Enter an email like name@example.org.')
      .default(''),
  })
  .refine((c) => c.phone !== '' || c.email !== '', { error: 'Give a phone number or an email.', path: ['phone'] });
export type Contact = z.infer<typeof contactSchema>;

/** What a clinician enters for a client; validated against `today` (ISO date). */
export function clientInputSchema(today: string) {
  return z
    .object({
      firstName: trimmed('First name', 80).min(1, 'Enter the client’s first name.'),
      lastName: trimmed('Last name', 80).min(1, 'Enter the client’s last name.'),
      preferredName: trimmed('Preferred name', 80).default(''),
      pronouns: trimmed('Pronouns', 40).default(''),
      dateOfBirth: z
        .string()
        .refine(isIsoDate, 'Enter the date of birth.')
        .refine((d) => d < today, 'The date of birth must be in the past.'),
      levelOfCare: z.enum(LEVELS_OF_CARE, { error: 'Choose PHP, IOP or OP.' }),
      program: trimmed('Program', 80).min(1, 'Choose a program track.'),
      primaryClinicianId: z.string().min(1, 'Choose the primary clinician.'),
      admissionDate: z.string().refine(isIsoDate, 'Enter the admission date.'),
      contacts: z.array(contactSchema).max(20).default([]),
    });
}
export type ClientInput = z.infer<ReturnType<typeof clientInputSchema>>;

/** Discharge details; the discharge date may not precede admission. */
export function dischargeSchema(admissionDate: string) {
  return z.object({
    dischargeDate: z
      .string()
      .refine(isIsoDate, 'Enter the discharge date.')
      .refine((d) => d >= admissionDate, 'The discharge date cannot be before the admission date.'),
    dischargeReason: z.enum(DISCHARGE_REASONS, { error: 'Choose a discharge reason.' }),
    dischargeNote: trimmed('Discharge note', 2000).default(''),
  });
}
export type DischargeInput = z.infer<ReturnType<typeof dischargeSchema>>;

/** A client record as the app sees it (decrypted). */
export interface Client extends ClientInput {
  readonly id: string;
  readonly status: ClientStatus;
  readonly dischargeDate: string | null;
  readonly dischargeReason: string | null;
  readonly dischargeNote: string;
  readonly authorId: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** Field errors keyed by dotted path ("contacts.0.phone"), or null when valid. */
export type FieldErrors = Readonly<Record<string, string>>;

/** Validates a client form; returns the parsed input or the first error per field. */
export function validateClientInput(
  input: unknown,
  today: string,
): { readonly ok: true; readonly value: ClientInput } | { readonly ok: false; readonly errors: FieldErrors } {
  const result = clientInputSchema(today).safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, errors: fieldErrors(result.error) };
}

/** First message per field path of a zod error. */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.');
    errors[path] ??= issue.message;
  }
  return errors;
}

/** The name shown in lists: "Last, First (Preferred)". */
export function clientDisplayName(c: Pick<Client, 'firstName' | 'lastName' | 'preferredName'>): string {
  const preferred = c.preferredName && c.preferredName !== c.firstName ? ` (${c.preferredName})` : '';
  return `${c.lastName}, ${c.firstName}${preferred}`;
}
