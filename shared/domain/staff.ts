import { z } from 'zod';

export const STAFF_ROLES = ['therapist', 'medication-manager', 'supervisor', 'admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const ROLE_LABELS: Readonly<Record<StaffRole, string>> = {
  therapist: 'Therapist',
  'medication-manager': 'Medication manager',
  supervisor: 'Supervisor',
  admin: 'Clinic admin',
};

export const staffInputSchema = z.object({
  name: z.string().trim().min(1, 'Enter the staff member’s name.').max(120, 'A name is at most 120 characters.'),
  role: z.enum(STAFF_ROLES, { error: 'Choose a role.' }),
  credentials: z.string().trim().max(60).default(''),
  supervised: z.boolean().default(false),
});
export type StaffInput = z.infer<typeof staffInputSchema>;

/** A staff member; `id` is also their keyring entry and the author id on every record they write. */
export interface Staff extends StaffInput {
  readonly id: string;
  readonly active: boolean;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** Staff who may be a client's primary clinician. */
export function canBePrimaryClinician(s: Pick<Staff, 'role' | 'active'>): boolean {
  return s.active && s.role !== 'admin';
}

/** Supervisors and admins oversee other clinicians' caseloads (the dashboard's clinician picker, its supervisor view). */
export function overseesCaseloads(role: string): boolean {
  return role === 'supervisor' || role === 'admin';
}
