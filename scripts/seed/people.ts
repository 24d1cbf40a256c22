import type { Client } from '../../shared/domain/client';
import { DEFAULT_PROGRAMS, LEVELS_OF_CARE } from '../../shared/domain/client';
import { migrateMedicationV0 } from '../../shared/domain/medications';
import type { Medication } from '../../shared/domain/records';
import type { Staff, StaffRole } from '../../shared/domain/staff';
import { FIRST_NAMES, LAST_NAMES, MEDICATIONS, PRONOUNS, STAFF_CREDENTIALS } from './pools';
import { chance, dateAfter, instantAfter, intBetween, pick, uuidOf, type Rng } from './prng';

/** The first day of the synthetic clinic's five years. */
export const CLINIC_START = '2021-01-04';
/** Days over which clients are admitted (about five years). */
const ADMISSION_SPAN_DAYS = 1_750;

// A small clinic's mix: mostly therapists, a few medication managers and supervisors, one admin.
function roleFor(index: number): StaffRole {
  if (index === 0) return 'admin';
  if (index % 7 === 1) return 'supervisor';
  if (index % 4 === 2) return 'medication-manager';
  return 'therapist';
}

export function generateStaff(rng: Rng, count: number): Staff[] {
  return Array.from({ length: count }, (_, i) => {
    const at = instantAfter(CLINIC_START, i);
    return {
      id: uuidOf(rng),
      name: `${pick(rng, FIRST_NAMES)} ${pick(rng, LAST_NAMES)}`,
      role: roleFor(i),
      credentials: pick(rng, STAFF_CREDENTIALS),
      supervised: chance(rng, 0.2),
      active: !chance(rng, 0.1),
      createdAt: at,
      updatedAt: at,
    };
  });
}

function contactFor(rng: Rng, lastName: string): Client['contacts'][number] {
  const phone = `+1 555 ${String(intBetween(rng, 100, 999))} ${String(intBetween(rng, 1000, 9999))}`;
  return { name: `${pick(rng, FIRST_NAMES)} ${lastName}`, relation: pick(rng, ['Parent', 'Spouse or partner', 'Sibling', 'Friend']), phone, email: '' };
}

function dischargeOf(rng: Rng, admissionDate: string): Pick<Client, 'status' | 'dischargeDate' | 'dischargeReason' | 'dischargeNote'> {
  // Five years of admissions: most clients finished their program long ago.
  if (!chance(rng, 0.8)) return { status: 'active', dischargeDate: null, dischargeReason: null, dischargeNote: '' };
  const reason = pick(rng, ['Completed program', 'Stepped down to outpatient', 'Left against advice', 'Moved or transferred'] as const);
  return {
    status: 'discharged',
    dischargeDate: dateAfter(admissionDate, intBetween(rng, 30, 180)),
    dischargeReason: reason,
    dischargeNote: 'Discharge summary sent to referring provider.',
  };
}

export function generateClients(rng: Rng, count: number, clinicians: readonly Staff[], authorId: string): Client[] {
  return Array.from({ length: count }, () => {
    const firstName = pick(rng, FIRST_NAMES);
    const lastName = pick(rng, LAST_NAMES);
    const admissionDate = dateAfter(CLINIC_START, intBetween(rng, 0, ADMISSION_SPAN_DAYS));
    const at = instantAfter(admissionDate, 0.4);
    return {
      id: uuidOf(rng),
      firstName,
      lastName,
      preferredName: chance(rng, 0.15) ? pick(rng, FIRST_NAMES) : '',
      pronouns: pick(rng, PRONOUNS),
      dateOfBirth: dateAfter('1950-01-01', intBetween(rng, 0, 20_000)),
      levelOfCare: pick(rng, LEVELS_OF_CARE),
      program: pick(rng, DEFAULT_PROGRAMS),
      primaryClinicianId: pick(rng, clinicians).id,
      admissionDate,
      contacts: chance(rng, 0.7) ? [contactFor(rng, lastName)] : [],
      ...dischargeOf(rng, admissionDate),
      authorId,
      createdAt: at,
      updatedAt: at,
    };
  });
}

export function generateMedications(rng: Rng, count: number, clients: readonly Client[], prescriberId: string): Medication[] {
  return Array.from({ length: count }, (_, i) => {
    // Two per client in turn, so every client has a medication list to chart against.
    const client = clients[i % clients.length] ?? pick(rng, clients);
    const drug = pick(rng, MEDICATIONS);
    const at = instantAfter(client.admissionDate, 2.5);
    const stopped = chance(rng, 0.3);
    // Written in the v0 shape (dose and schedule as text) and read the way a stored v0 record migrates.
    return migrateMedicationV0({
      id: uuidOf(rng),
      clientId: client.id,
      status: stopped ? 'stopped' : 'active',
      prescriberId,
      name: drug.name,
      dose: pick(rng, drug.doses),
      schedule: pick(rng, ['once daily', 'twice daily', 'at bedtime', 'as needed']),
      indication: drug.indication,
      startedOn: at.slice(0, 10),
      stoppedOn: stopped ? dateAfter(client.admissionDate, intBetween(rng, 20, 120)) : null,
      authorId: prescriberId,
      createdAt: at,
      updatedAt: at,
    });
  });
}
