import type { Client } from '../../../../shared/domain/client';
import type { Staff } from '../../../../shared/domain/staff';
import { clientInput } from '../../../utils/client-input';

/** A client with sensible defaults; override what a test is about. */
export function client(overrides: Partial<Client> = {}): Client {
  return {
    id: 'c1',
    ...clientInput({ dateOfBirth: '1990-04-12', primaryClinicianId: 's1', admissionDate: '2026-11-02' }),
    status: 'active',
    dischargeDate: null,
    dischargeReason: null,
    dischargeNote: '',
    authorId: 's1',
    createdAt: '2026-11-02T10:00:00.000Z',
    updatedAt: '2026-11-02T10:00:00.000Z',
    ...overrides,
  };
}

/** A staff member with sensible defaults. */
export function staff(overrides: Partial<Staff> = {}): Staff {
  return {
    id: 's1',
    name: 'Tess Therapist',
    role: 'therapist',
    credentials: 'LCSW',
    supervised: false,
    active: true,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}
