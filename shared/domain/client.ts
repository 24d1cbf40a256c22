import { z } from 'zod';
import { ageOn, isIsoDate } from './dates';
import { RELATIONS } from './relations';

/** Levels of care a virtual program offers (DESIGN.md): partial hospitalization, intensive and standard outpatient. */
export const LEVELS_OF_CARE = ['PHP', 'IOP', 'OP'] as const;
export type LevelOfCare = (typeof LEVELS_OF_CARE)[number];

/**
 * A level-of-care code the client record can hold: the three above or one of the clinic's own levels (RES, 2.1, …,
 * progress.md §0.2), reached by a recorded transfer.
 */
export const LEVEL_OF_CARE_CODE = /^[A-Za-z0-9][A-Za-z0-9.+-]{0,19}$/;

/** Program tracks offered by default; a clinic may type its own. */
export const DEFAULT_PROGRAMS = ['Adult mental health', 'Adolescent', 'Substance use', 'Dual diagnosis', 'Eating disorders'] as const;

/** `planned`: an admission is booked for today or later; the client is not in care yet (nothing is charted). */
export const CLIENT_STATUSES = ['active', 'planned', 'discharged'] as const;
export type ClientStatus = (typeof CLIENT_STATUSES)[number];

/** What the client form may set: admitted (active) or a planned admission. Discharge has its own form. */
export const ADMISSION_STATUSES = ['active', 'planned'] as const;
export type AdmissionStatus = (typeof ADMISSION_STATUSES)[number];

/** No living client is older: a birth year that makes them older is a typing slip (1890 for 1990). */
export const MAX_AGE_YEARS = 120;

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

const trimmed = (label: string, max: number) => z.string().trim().max(max, `${label} is at most ${max} characters.`);

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
  return z.object({
    firstName: trimmed('First name', 80).min(1, 'Enter the client’s first name.'),
    lastName: trimmed('Last name', 80).min(1, 'Enter the client’s last name.'),
    preferredName: trimmed('Preferred name', 80).default(''),
    pronouns: trimmed('Pronouns', 40).default(''),
    dateOfBirth: z
      .string()
      .refine(isIsoDate, 'Enter the date of birth.')
      .refine((d) => d < today, 'The date of birth must be in the past.')
      .refine((d) => ageOn(d, today) <= MAX_AGE_YEARS, {
        error: (issue) => `This date of birth makes the client ${String(ageOn(String(issue.input), today))} years old: check the year.`,
      }),
    levelOfCare: z.string({ error: 'Choose a level of care.' }).trim().regex(LEVEL_OF_CARE_CODE, 'Choose a level of care.'),
    program: trimmed('Program', 80).min(1, 'Choose a program track.'),
    /** 42 CFR Part 2 record, set by the clinician; absent on records written before the mark (the program's track decides). */
    part2: z.boolean().optional(),
    primaryClinicianId: z.string().min(1, 'Choose the primary clinician.'),
    admissionDate: z.string().refine(isIsoDate, 'Enter the admission date.'),
    /** Absent when editing a discharged client: the form does not change a discharge. */
    status: z.enum(ADMISSION_STATUSES, { error: 'Choose admitted or planned.' }).optional(),
    contacts: z.array(contactSchema).max(20).default([]),
  });
}

/**
 * Why an admission date is not plausible, or null: never before birth; an admitted (or discharged) client's
 * admission is not in the future, and a planned one is not in the past.
 */
export function admissionProblem(admissionDate: string, dateOfBirth: string, status: ClientStatus, today: string): string | null {
  if (isIsoDate(dateOfBirth) && admissionDate < dateOfBirth) return 'The admission date cannot be before the date of birth.';
  if (status === 'planned') {
    return admissionDate < today ? 'A planned admission is today or later. If the client has been admitted, choose Admitted.' : null;
  }
  return admissionDate > today ? 'The admission date is in the future. Choose Planned admission, or enter the day the client was admitted.' : null;
}
export type ClientInput = z.infer<ReturnType<typeof clientInputSchema>>;

/** Discharge details; the discharge date may not precede admission nor follow `today`. */
export function dischargeSchema(admissionDate: string, today: string) {
  return z.object({
    dischargeDate: z
      .string()
      .refine(isIsoDate, 'Enter the discharge date.')
      .refine((d) => d >= admissionDate, 'The discharge date cannot be before the admission date.')
      .refine((d) => d <= today, 'The discharge date cannot be in the future: discharge the client on the day they leave.'),
    dischargeReason: z.enum(DISCHARGE_REASONS, { error: 'Choose a discharge reason.' }),
    dischargeNote: trimmed('Discharge note', 2000).default(''),
  });
}
export type DischargeInput = z.infer<ReturnType<typeof dischargeSchema>>;

/** A client record as the app sees it (decrypted). */
export interface Client extends Omit<ClientInput, 'status'> {
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
  const errors: Record<string, string> = result.success ? {} : { ...fieldErrors(result.error) };
  const { admissionDate, dateOfBirth, status } = candidateDates(input);
  if (isIsoDate(admissionDate) && errors.admissionDate === undefined) {
    const problem = admissionProblem(admissionDate, dateOfBirth, status === 'planned' ? 'planned' : 'active', today);
    if (problem) errors.admissionDate = problem;
  }
  if (result.success && Object.keys(errors).length === 0) return { ok: true, value: result.data };
  return { ok: false, errors };
}

// The admission check runs even when other fields are still wrong, so every message shows at once.
function candidateDates(input: unknown): { admissionDate: string; dateOfBirth: string; status: unknown } {
  const record: Readonly<Record<string, unknown>> = typeof input === 'object' && input !== null ? { ...input } : {};
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  return { admissionDate: text(record.admissionDate), dateOfBirth: text(record.dateOfBirth), status: record.status };
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
