import type { MedicationInput } from '../../shared/domain/medications';

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
