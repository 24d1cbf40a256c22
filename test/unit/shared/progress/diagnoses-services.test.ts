import { describe, expect, it } from 'vitest';
import { diagnosisErrors } from '../../../../shared/progress/plans/diagnoses-services';
import { iopHoursCheck, validatePlanVersion } from '../../../../shared/progress/plans/plan-validation';
import type { Diagnosis, PlannedService } from '../../../../shared/progress/plans/types';
import { planVersion } from './plan-fixture';

const dx = (code: string, label = 'Major depressive disorder, recurrent, moderate', primary = true): Diagnosis => ({
  code,
  system: 'ICD-10-CM',
  label,
  primary,
});

describe('diagnosisErrors', () => {
  it.each([
    ['a valid primary code', [dx('F33.1')], {}],
    ['lower case is read as upper case', [dx('f41.0', 'Panic disorder')], {}],
    ['a three-character category', [dx('F32')], {}],
    ['an empty code', [dx('')], { 'diagnoses.0.code': 'Enter the ICD-10-CM code (for example F33.1).' }],
    ['a code that is not ICD-10-CM', [dx('296.32')], { 'diagnoses.0.code': '“296.32” is not an ICD-10-CM code; write it like F33.1.' }],
    ['no words', [dx('F33.1', ' ')], { 'diagnoses.0.label': 'Write the diagnosis in words.' }],
    ['the same code twice', [dx('F33.1'), dx('F33.1', 'Again', false)], { 'diagnoses.1.code': 'F33.1 is already listed.' }],
    ['no primary', [dx('F33.1', 'x', false)], { diagnoses: 'Mark one diagnosis as primary.' }],
    ['two primaries', [dx('F33.1'), dx('F41.0', 'Panic disorder')], { diagnoses: 'Only one diagnosis can be primary.' }],
    ['none at all', [], {}],
  ] as const)('%s', (_name, diagnoses, expected) => {
    expect(diagnosisErrors({ diagnoses })).toEqual(expected);
  });

  it('is part of the plan’s validation, so a bad code is named at its field when the draft is saved', () => {
    expect(validatePlanVersion(planVersion({ diagnoses: [dx('X')] }), 'save')).toMatchObject({
      'diagnoses.0.code': '“X” is not an ICD-10-CM code; write it like F33.1.',
    });
  });
});

const service = (minutesPerSession: number, sessionsPerWeek: number): PlannedService => ({
  type: 'group',
  minutesPerSession,
  sessionsPerWeek,
  durationWeeks: null,
});

describe('iopHoursCheck', () => {
  it.each([
    ['IOP with 9 hours', 'IOP', [service(180, 3)], 'Planned: 9 hours a week of services.', null],
    [
      'IOP with 6 hours warns',
      'IOP',
      [service(180, 2)],
      'Planned: 6 hours a week of services.',
      'An intensive outpatient plan needs at least 9 hours a week of services (Medicare, 42 CFR 424.24(d)(1)); this plan has 6.',
    ],
    [
      'IOP with no services yet warns',
      'IOP',
      [],
      'Planned: 0 hours a week of services.',
      'An intensive outpatient plan needs at least 9 hours a week of services (Medicare, 42 CFR 424.24(d)(1)); this plan has 0.',
    ],
    ['outpatient with 1 hour does not', 'OP', [service(60, 1)], 'Planned: 1 hour a week of services.', null],
    ['a row still being typed counts as nothing', 'IOP', [service(Number.NaN, 3), service(90, 6)], 'Planned: 9 hours a week of services.', null],
  ] as const)('%s', (_name, code, services, summary, warning) => {
    expect(iopHoursCheck({ services, levelOfCare: { scheme: 'mh', code } })).toEqual({ summary, warning });
  });
});
