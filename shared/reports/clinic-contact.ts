/**
 * The clinic's phone and crisis line printed on every client copy (progress.md §4.4, §7.4): a 'settings' clinic record,
 * the newest valid one in force. Nothing hard-coded but 988, the national crisis line; an unset phone tells the client
 * to ask the clinic. Pure.
 */
import type { ClinicRecord } from '../domain/records';

export const CLINIC_CONTACT_REF = { collection: 'clinic', id: 'contact' } as const;

export interface ClinicContact {
  /** The clinic's telephone; '' when not set. */
  readonly phone: string;
  /** The clinic's own crisis or after-hours line; '' when not set. */
  readonly crisisLine: string;
  readonly recordId: string;
}

export const NO_CLINIC_CONTACT: ClinicContact = { phone: '', crisisLine: '', recordId: '' };

const PHONE = /^[+()\d][\d\s+()-]{2,30}$/;
const FIELD_MESSAGE = 'Enter a telephone number (digits, spaces, + ( ) -), or leave it empty.';

/** Messages at the fields ({} when it can be saved); empty fields are allowed. */
export function clinicContactErrors(input: { readonly phone: string; readonly crisisLine: string }): Record<string, string> {
  const out: Record<string, string> = {};
  if (input.phone.trim() !== '' && !PHONE.test(input.phone.trim())) out.phone = FIELD_MESSAGE;
  if (input.crisisLine.trim() !== '' && !PHONE.test(input.crisisLine.trim())) out.crisisLine = FIELD_MESSAGE;
  return out;
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** The clinic's contact in force: the newest readable, valid record; none set, both empty. */
export function clinicContactOf(records: readonly ClinicRecord[]): ClinicContact {
  const mine = records
    .filter((r) => r.kind === 'settings' && r.refCollection === CLINIC_CONTACT_REF.collection && r.refId === CLINIC_CONTACT_REF.id)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  for (const r of mine) {
    const phone = str(r.data.phone);
    const crisisLine = str(r.data.crisisLine);
    if (phone === null || crisisLine === null || Object.keys(clinicContactErrors({ phone, crisisLine })).length > 0) continue;
    return { phone, crisisLine, recordId: r.id };
  }
  return NO_CLINIC_CONTACT;
}

/** The national crisis line every client copy carries (a fixed fact, US). */
export const NATIONAL_CRISIS_LINE = 'In a crisis, call or text 988 (Suicide & Crisis Lifeline), or call 911.';

/** The crisis lines at the top of a client copy: the clinic's own line when set, then 988. */
export function clientCopyCrisisLines(contact: Pick<ClinicContact, 'crisisLine'>): string[] {
  return [...(contact.crisisLine.trim() ? [`Clinic crisis line: ${contact.crisisLine.trim()}`] : []), NATIONAL_CRISIS_LINE];
}

/** The clinic's lines merged with a plan's own crisis lines; a plan line that gives 988 already says what the national line says: printed once. */
export function withOwnCrisisLines(clinicLines: readonly string[], own: readonly string[]): string[] {
  const clinic = own.some((line) => line.includes('988')) ? clinicLines.filter((line) => line !== NATIONAL_CRISIS_LINE) : clinicLines;
  return [...clinic, ...own.filter((line) => !clinic.includes(line))];
}

/**
 * The crisis contacts a clinician's document lists (the discharge summary, §7.3): the clinic's phone and crisis line
 * from Settings and 988, as the client copies print them, then the safety plan's own crisis lines.
 */
export function documentCrisisContacts(contact: Pick<ClinicContact, 'phone' | 'crisisLine'>, own: readonly string[]): string[] {
  const phone = contact.phone.trim() ? [`Clinic phone: ${contact.phone.trim()}`] : [];
  return withOwnCrisisLines([...phone, ...clientCopyCrisisLines(contact)], own);
}

/** The clinic line of a client copy's header: its phone, or, unset, to ask the clinic. */
export function clinicHeaderLine(clinicName: string, phone: string): string {
  return `${clinicName} · ${phone.trim() ? `phone ${phone.trim()}` : 'ask the clinic for its phone number'}`;
}
