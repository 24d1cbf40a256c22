import { describe, expect, it } from 'vitest';
import {
  migrateMedicationV0,
  scheduleLabel,
  sideEffectLabel,
  validateAdherence,
  validateDoseChange,
  validateMedicationInput,
  validateResolvedOn,
  validateSideEffect,
  validateStop,
} from '../../../shared/domain/medications';

const TODAY = '2026-11-20';
const VALID = {
  name: ' Sertraline ',
  strength: '50 mg tablet',
  dose: 50,
  doseUnit: 'mg',
  route: 'oral',
  schedule: { asNeeded: false, timesPerDay: 1, times: ['08:00'] },
  prescriber: 'Dr Lee',
  indication: 'Depression',
  startedOn: '2026-11-01',
};

describe('validateMedicationInput', () => {
  it('accepts a complete medication and trims text', () => {
    const r = validateMedicationInput(VALID, TODAY);
    expect(r.ok && r.value.name).toBe('Sertraline');
  });

  it.each([
    ['dose zero', { dose: 0 }, 'dose', 'The dose must be more than 0.'],
    ['negative dose', { dose: -5 }, 'dose', 'The dose must be more than 0.'],
    ['no name', { name: '  ' }, 'name', 'Enter the medication name.'],
    ['future start', { startedOn: '2026-11-21' }, 'startedOn', 'The start date cannot be in the future.'],
    ['impossible date', { startedOn: '2026-02-30' }, 'startedOn', 'Enter the start date.'],
    [
      'scheduled but 0 a day',
      { schedule: { asNeeded: false, timesPerDay: 0, times: [] } },
      'schedule.timesPerDay',
      'A scheduled medication is taken at least once a day.',
    ],
    [
      'times do not match count',
      { schedule: { asNeeded: false, timesPerDay: 2, times: ['08:00'] } },
      'schedule.times',
      'Give 2 time(s), one per dose, or none.',
    ],
    [
      'as needed with times',
      { schedule: { asNeeded: true, timesPerDay: 3, times: ['08:00'] } },
      'schedule.times',
      'An as-needed medication has no fixed times; clear them or turn off “As needed”.',
    ],
    ['repeated time', { schedule: { asNeeded: false, timesPerDay: 2, times: ['08:00', '08:00'] } }, 'schedule.times', 'Each time may appear once.'],
    ['bad time', { schedule: { asNeeded: false, timesPerDay: 1, times: ['25:00'] } }, 'schedule.times.0', 'Enter times as HH:MM.'],
  ])('refuses %s', (_, over, path, message) => {
    const r = validateMedicationInput({ ...VALID, ...over }, TODAY);
    expect(r.ok ? null : r.errors[path]).toBe(message);
  });

  it('accepts as needed without times and without a daily limit', () => {
    expect(validateMedicationInput({ ...VALID, schedule: { asNeeded: true, timesPerDay: 0, times: [] } }, TODAY).ok).toBe(true);
  });
});

describe('dose change and stop', () => {
  const med = { dose: 50, startedOn: '2026-11-01' };
  it.each([
    [{ toDose: 100, changedOn: '2026-11-10', reason: 'Partial response' }, null],
    [{ toDose: 50, changedOn: '2026-11-10', reason: 'x' }, 'The new dose is the same as the current dose.'],
    [{ toDose: 0, changedOn: '2026-11-10', reason: 'x' }, 'The dose must be more than 0.'],
    [{ toDose: 100, changedOn: '2026-10-31', reason: 'x' }, 'A dose change cannot be before the medication was started.'],
    [{ toDose: 100, changedOn: '2026-11-10', reason: ' ' }, 'Say why the dose changed.'],
  ])('validateDoseChange(%j)', (input, message) => {
    const r = validateDoseChange(input, med, TODAY);
    expect(r.ok ? null : Object.values(r.errors)[0]).toBe(message);
  });

  it.each([
    ['2026-11-01', 'Side effects', null],
    ['2026-10-31', 'Side effects', 'The stop date cannot be before the start date.'],
    ['2026-11-21', 'Side effects', 'The stop date cannot be in the future.'],
    ['2026-11-05', '', 'Choose or type why the medication was stopped.'],
  ])('validateStop(%s, %s)', (stoppedOn, reason, message) => {
    const r = validateStop({ stoppedOn, reason }, '2026-11-01', TODAY);
    expect(r.ok ? null : Object.values(r.errors)[0]).toBe(message);
  });
});

describe('adherence and side-effect entries', () => {
  it.each([
    [{ taken: 1, scheduled: 1, missReason: '', source: 'observed' }, null],
    [{ taken: 0, scheduled: 2, missReason: 'ran-out', source: 'client-reported' }, null],
    [{ taken: 0, scheduled: 1, missReason: '', source: 'client-reported' }, 'Choose why doses were missed.'],
    [{ taken: 3, scheduled: 2, missReason: '', source: 'client-reported' }, 'More doses taken than scheduled; check the count.'],
  ])('validateAdherence(%j)', (input, message) => {
    const r = validateAdherence(input);
    expect(r.ok ? null : Object.values(r.errors)[0]).toBe(message);
  });

  it('needs a description for “other” and refuses a future date', () => {
    const base = { effect: 'other', otherText: '', severity: 2, interference: 'some', medicationId: '', occurredOn: TODAY };
    expect(validateSideEffect(base, TODAY)).toEqual({ ok: false, errors: { otherText: 'Describe the side effect.' } });
    const future = validateSideEffect({ ...base, effect: 'nausea', occurredOn: '2026-11-21' }, TODAY);
    expect(future.ok ? null : future.errors.occurredOn).toBe('The date cannot be in the future.');
    expect(validateResolvedOn('2026-11-09', '2026-11-10', TODAY).ok).toBe(false);
    expect(validateResolvedOn('2026-11-10', '2026-11-10', TODAY).ok).toBe(true);
  });
});

describe('labels and migration', () => {
  it.each([
    [{ asNeeded: false, timesPerDay: 2, times: ['08:00', '20:00'] }, '2 × daily at 08:00, 20:00'],
    [{ asNeeded: false, timesPerDay: 1, times: [] }, '1 × daily'],
    [{ asNeeded: true, timesPerDay: 3, times: [] }, 'as needed (up to 3 a day)'],
    [{ asNeeded: true, timesPerDay: 0, times: [] }, 'as needed'],
  ])('scheduleLabel(%j) = %s', (s, label) => {
    expect(scheduleLabel(s)).toBe(label);
  });

  it('names side effects, free text for “other”', () => {
    expect(sideEffectLabel({ effect: 'akathisia', otherText: '' })).toBe('Restlessness / akathisia');
    expect(sideEffectLabel({ effect: 'other', otherText: 'Vivid dreams' })).toBe('Vivid dreams');
  });

  it.each([
    [
      { dose: '20 mg', schedule: 'twice daily' },
      { dose: 20, doseUnit: 'mg', strength: '', schedule: { asNeeded: false, timesPerDay: 2, times: [] } },
    ],
    [
      { dose: '0.5 mg', schedule: 'as needed' },
      { dose: 0.5, doseUnit: 'mg', schedule: { asNeeded: true, timesPerDay: 0, times: [] } },
    ],
    [
      { dose: 'one puff', schedule: '3x a day' },
      { dose: 1, doseUnit: 'unit', strength: 'one puff', schedule: { asNeeded: false, timesPerDay: 3, times: [] } },
    ],
  ])('migrates v0 %j', (v0, expected) => {
    const doc = {
      id: 'm1',
      clientId: 'c1',
      status: 'active',
      prescriberId: '',
      name: 'X',
      indication: '',
      startedOn: '2026-01-01',
      stoppedOn: null,
      authorId: 'u1',
      createdAt: '',
      updatedAt: '',
      ...v0,
    };
    expect(migrateMedicationV0(doc)).toMatchObject({ ...expected, route: 'oral', prescriber: '', stopReason: '', stoppedOn: null, name: 'X' });
  });
});
