import type { MedicationInput } from '../../shared/domain/medications';
import type { Medication, RecordInput } from '../../shared/domain/records';

/** A medication as the form enters it: sertraline 50 mg once a day at 08:00, started 2026-11-01. */
export const SERTRALINE_INPUT: MedicationInput = {
  name: 'Sertraline',
  strength: '50 mg tablet',
  dose: 50,
  doseUnit: 'mg',
  route: 'oral',
  schedule: { asNeeded: false, timesPerDay: 1, times: ['08:00'] },
  prescriberId: '',
  prescriber: 'Dr Lee',
  indication: 'depression',
  startedOn: '2026-11-01',
};

/** The stored medication of that input for a client (active, not stopped); `over` changes any field. */
export function sertralineRecord(clientId: string, over: Partial<RecordInput<Medication>> = {}): RecordInput<Medication> {
  return { ...SERTRALINE_INPUT, clientId, status: 'active', stoppedOn: null, stopReason: '', ...over };
}
