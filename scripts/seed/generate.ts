import type { Client } from '../../shared/domain/client';
import type { Attendance, InstrumentResponse, Medication, MedicationEvent, Note } from '../../shared/domain/records';
import type { Staff } from '../../shared/domain/staff';
import { generateClients, generateMedications, generateStaff } from './people';
import { mulberry32 } from './prng';
import { generateAttendance, generateCheckIns, generateMeasures, generateMedEvents, generateNotes, type Context } from './records';
import { SIZE_PROFILES, type SizeName } from './sizes';

/** A whole synthetic clinic as plain domain records (ids, authors and timestamps included), ready to write. */
export interface SyntheticClinic {
  readonly size: SizeName;
  readonly seed: number;
  readonly staff: readonly Staff[];
  readonly clients: readonly Client[];
  readonly medications: readonly Medication[];
  readonly notes: readonly Note[];
  /** Standard measures and daily check-ins: both live in the `responses` collection. */
  readonly responses: readonly InstrumentResponse[];
  readonly attendance: readonly Attendance[];
  readonly medEvents: readonly MedicationEvent[];
}

/** The seed the benchmark uses unless told otherwise. */
export const DEFAULT_SEED = 20_210_104;

/**
 * Pure: the same size and seed give the same clinic, byte for byte, on any machine. Each collection draws from its
 * own PRNG stream so changing how one is generated does not reshuffle the others.
 */
export function generateClinic(size: SizeName, seed: number = DEFAULT_SEED): SyntheticClinic {
  const profile = SIZE_PROFILES[size];
  const stream = (n: number) => mulberry32((seed ^ Math.imul(n, 0x9e3779b1)) >>> 0);
  const staff = generateStaff(stream(1), profile.staff);
  const admin = staff[0];
  if (!admin) throw new Error('a clinic needs at least one staff member');
  const clinicians = staff.filter((s) => s.role !== 'admin');
  const clients = generateClients(stream(2), profile.clients, clinicians.length > 0 ? clinicians : staff, admin.id);
  const prescribers = staff.filter((s) => s.role === 'medication-manager');
  const medications = generateMedications(stream(3), profile.medications, clients, (prescribers[0] ?? admin).id);
  const authorIds = (clinicians.length > 0 ? clinicians : staff).map((s) => s.id);
  const ctx = (n: number): Context => ({ rng: stream(n), clients, authorIds });
  return {
    size,
    seed,
    staff,
    clients,
    medications,
    notes: generateNotes(ctx(4), profile.notes),
    responses: [...generateMeasures(ctx(5), profile.measures), ...generateCheckIns(ctx(6), profile.checkIns)],
    attendance: generateAttendance(ctx(7), profile.attendance),
    medEvents: generateMedEvents(ctx(8), profile.medEvents, medications),
  };
}

/** Documents per collection, as written. */
export function countDocs(clinic: SyntheticClinic): Readonly<Record<string, number>> {
  return {
    staff: clinic.staff.length,
    clients: clinic.clients.length,
    medications: clinic.medications.length,
    notes: clinic.notes.length,
    responses: clinic.responses.length,
    attendance: clinic.attendance.length,
    medevents: clinic.medEvents.length,
  };
}
