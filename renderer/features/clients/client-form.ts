import { DEFAULT_PROGRAMS, type Client, type ClientStatus } from '../../../shared/domain/client';
import { isPart2Client } from '../../../shared/reports';
import { canBePrimaryClinician, type Staff } from '../../../shared/domain/staff';

export interface ContactFormValues {
  name: string;
  relation: string;
  phone: string;
  email: string;
}

/** What the client form holds while the user types: all strings, nothing validated yet. */
export interface ClientFormValues {
  firstName: string;
  lastName: string;
  preferredName: string;
  pronouns: string;
  dateOfBirth: string;
  levelOfCare: string;
  program: string;
  /** The 42 CFR Part 2 mark the user set; null while it follows the program's track (a new or older record). */
  part2: boolean | null;
  primaryClinicianId: string;
  admissionDate: string;
  /** Admitted ('active') or a planned admission; 'discharged' only shows, the form does not change it. */
  status: ClientStatus;
  contacts: ContactFormValues[];
}

export interface ClinicianOption {
  readonly value: string;
  readonly label: string;
}

export const EMPTY_CONTACT: ContactFormValues = { name: '', relation: '', phone: '', email: '' };

/** A new client's form: IOP, the first default program, the given clinician, admitted today. */
export function newClientForm(primaryClinicianId: string, today: string): ClientFormValues {
  return {
    firstName: '',
    lastName: '',
    preferredName: '',
    pronouns: '',
    dateOfBirth: '',
    levelOfCare: 'IOP',
    program: DEFAULT_PROGRAMS[0],
    part2: null,
    primaryClinicianId,
    admissionDate: today,
    status: 'active',
    contacts: [],
  };
}

/** An existing client's form, for editing. */
export function clientToForm(c: Client): ClientFormValues {
  return {
    firstName: c.firstName,
    lastName: c.lastName,
    preferredName: c.preferredName,
    pronouns: c.pronouns,
    dateOfBirth: c.dateOfBirth,
    levelOfCare: c.levelOfCare,
    program: c.program,
    part2: c.part2 ?? null,
    primaryClinicianId: c.primaryClinicianId,
    admissionDate: c.admissionDate,
    status: c.status,
    contacts: c.contacts.map((k) => ({ name: k.name, relation: k.relation, phone: k.phone, email: k.email })),
  };
}

/**
 * The form as candidate input for validateClientInput. Contact rows stay one-to-one with the form so that
 * errors like "contacts.1.phone" land on the row the user sees.
 */
export function formToInput(v: ClientFormValues): Readonly<Record<string, unknown>> {
  const { status, ...fields } = v;
  return {
    ...fields,
    part2: formPart2(v),
    ...(status === 'discharged' ? {} : { status }),
    contacts: v.contacts.map((k) => ({ ...k })),
  };
}

/** The form with another program track: the Part 2 mark is preset from the new track again (a mark saved for the old one must not stick). */
export function withProgram<V extends Pick<ClientFormValues, 'program' | 'part2'>>(v: V, program: string): V {
  return { ...v, program, part2: null };
}

/** The Part 2 mark the form shows and saves: the user's, else the program's default. */
export function formPart2(v: Pick<ClientFormValues, 'program' | 'part2'>): boolean {
  return isPart2Client({ program: v.program, part2: v.part2 ?? undefined });
}

/**
 * Who may be chosen as primary clinician: active staff who qualify, plus whoever is already assigned (so an edit
 * never silently drops a clinician who has since been deactivated). A clinic with no clinicians yet (just its
 * admin, on first run) offers the signed-in user so the first client can still be recorded.
 */
export function clinicianOptions(staff: readonly Staff[], userId: string, currentId = ''): readonly ClinicianOption[] {
  const options = staff
    .filter((s) => canBePrimaryClinician(s) || s.id === currentId)
    .map((s) => ({ value: s.id, label: s.active ? s.name : `${s.name} (inactive)` }));
  if (options.length > 0) return options;
  const me = staff.find((s) => s.id === userId);
  return me ? [{ value: me.id, label: me.name }] : [];
}

/** The signed-in user when they can be chosen, else the only choice there is, else nothing. */
export function defaultClinicianId(options: readonly ClinicianOption[], userId: string): string {
  if (options.some((o) => o.value === userId)) return userId;
  return options.length === 1 ? (options[0]?.value ?? '') : '';
}

/** Names of the fields that differ between two inputs, for the audit trail (values themselves stay out of it). */
export function changedFields(before: object, after: object): readonly string[] {
  const previous = new Map(Object.entries(before));
  return Object.entries(after)
    .filter(([key, value]) => JSON.stringify(previous.get(key)) !== JSON.stringify(value))
    .map(([key]) => key);
}
