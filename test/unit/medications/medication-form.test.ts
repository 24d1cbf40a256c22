import { describe, expect, it } from 'vitest';
import { formField, newMedicationForm, validateMedicationForm, type MedicationFormValues } from '../../../renderer/features/medications/medication-form';

const TODAY = '2026-11-20';
const FORM: MedicationFormValues = { ...newMedicationForm(TODAY), name: 'Sertraline', dose: 50, timesPerDay: 2, times: '08:00, 20:00' };

describe('validateMedicationForm: each message lands on the field it is about', () => {
  it.each<[string, Partial<MedicationFormValues>, string, string]>([
    ['times per day 13', { timesPerDay: 13, times: '' }, 'timesPerDay', 'At most 12 times a day.'],
    ['times per day −1', { timesPerDay: -1, times: '' }, 'timesPerDay', 'Times per day cannot be negative.'],
    ['times per day 1.5', { timesPerDay: 1.5, times: '' }, 'timesPerDay', 'Times per day is a whole number.'],
    ['times per day empty', { timesPerDay: '', times: '' }, 'timesPerDay', 'Enter how many times a day.'],
    ['scheduled, 0 a day', { timesPerDay: 0, times: '' }, 'timesPerDay', 'A scheduled medication is taken at least once a day.'],
    ['a time not HH:MM', { times: '08:00, 8pm' }, 'times', 'Enter times as HH:MM.'],
    ['one time for two doses', { times: '08:00' }, 'times', 'Give 2 time(s), one per dose, or none.'],
    ['dose −5', { dose: -5 }, 'dose', 'The dose must be more than 0.'],
  ])('%s → %s', (_, patch, field, message) => {
    const r = validateMedicationForm({ ...FORM, ...patch }, TODAY);
    expect(r.ok ? {} : r.errors).toEqual({ [field]: message });
  });

  it('keeps a dose with many decimals as typed', () => {
    const r = validateMedicationForm({ ...FORM, dose: 0.1234 }, TODAY);
    expect(r.ok && r.value.dose).toBe(0.1234);
  });

  it.each([
    ['schedule.timesPerDay', 'timesPerDay'],
    ['schedule.times', 'times'],
    ['schedule.times.1', 'times'],
    ['schedule.asNeeded', 'asNeeded'],
    ['dose', 'dose'],
  ])('path %s → field %s', (path, field) => {
    expect(formField(path)).toBe(field);
  });
});
