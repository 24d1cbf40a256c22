import { describe, expect, it } from 'vitest';
import { dischargeSummaryRefusal } from '../../../../shared/reports';

const client = { primaryClinicianId: 't1', dischargedBy: 't2' };
const REFUSED = 'Only the discharging clinician, a supervisor or an admin can write or sign this discharge summary.';

describe('who may start and sign a discharge summary', () => {
  it.each([
    ['the primary clinician', { id: 't1', role: 'therapist' }, null],
    ['who recorded the discharge', { id: 't2', role: 'therapist' }, null],
    ['a supervisor', { id: 's9', role: 'supervisor' }, null],
    ['an admin', { id: 'a9', role: 'admin' }, null],
    ['another therapist', { id: 't3', role: 'therapist' }, REFUSED],
    ['a medication manager not on the case', { id: 'm1', role: 'medication-manager' }, REFUSED],
  ] as const)('%s', (_name, actor, expected) => {
    expect(dischargeSummaryRefusal(actor, client)).toBe(expected);
  });

  it('with no discharge event recorded, only the primary clinician among the staff who are not supervisors or admins', () => {
    expect(dischargeSummaryRefusal({ id: 't2', role: 'therapist' }, { primaryClinicianId: 't1', dischargedBy: null })).toBe(REFUSED);
  });
});
