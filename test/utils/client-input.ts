import type { ClientInput } from '../../shared/domain/client';

/** A valid new client's input for storage and action tests: an adult IOP client with no contacts; override any field. */
export function clientInput(overrides: Partial<ClientInput> = {}): ClientInput {
  return {
    firstName: 'Quincy',
    lastName: 'Testperson',
    preferredName: '',
    pronouns: '',
    dateOfBirth: '1990-05-01',
    levelOfCare: 'IOP',
    program: 'Adult mental health',
    primaryClinicianId: 'staff-therapist',
    admissionDate: '2026-11-01',
    contacts: [],
    ...overrides,
  };
}

/** Zoë Ångström (non-ASCII names on purpose: exports, PDFs and CSVs must keep them), born 1991-03-04. */
export const ZOE: ClientInput = clientInput({ firstName: 'Zoë', lastName: 'Ångström', dateOfBirth: '1991-03-04' });
