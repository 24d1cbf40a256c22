import type { FieldErrors } from '../../../shared/domain/client';
import { validateMedicationInput, type MedicationInput, type Validated } from '../../../shared/domain/medications';
import type { Medication } from '../../../shared/domain/records';

/** The medication form's fields, flat, as the inputs hold them. */
export interface MedicationFormValues {
  name: string;
  strength: string;
  dose: number | string;
  doseUnit: string;
  route: string;
  asNeeded: boolean;
  timesPerDay: number | string;
  /** "08:00, 20:00" */
  times: string;
  prescriber: string;
  indication: string;
  startedOn: string;
}

/** A blank form starting `today`, taken once a day by mouth in mg. */
export function newMedicationForm(today: string): MedicationFormValues {
  return {
    name: '',
    strength: '',
    dose: '',
    doseUnit: 'mg',
    route: 'oral',
    asNeeded: false,
    timesPerDay: 1,
    times: '',
    prescriber: '',
    indication: '',
    startedOn: today,
  };
}

/** The form filled from a saved medication (for editing). */
export function formFromMedication(m: Medication): MedicationFormValues {
  const { name, strength, dose, doseUnit, route, prescriber, indication, startedOn } = m;
  return {
    name,
    strength,
    dose,
    doseUnit,
    route,
    asNeeded: m.schedule.asNeeded,
    timesPerDay: m.schedule.timesPerDay,
    times: m.schedule.times.join(', '),
    prescriber,
    indication,
    startedOn,
  };
}

function asNumber(v: number | string): number | undefined {
  if (typeof v === 'number') return v;
  return v.trim() === '' ? undefined : Number(v);
}

/** The form field a validation path belongs to: "schedule.times.1" → times, "schedule.timesPerDay" → timesPerDay. */
export function formField(path: string): string {
  if (path === 'schedule.times' || path.startsWith('schedule.times.')) return 'times';
  return path.startsWith('schedule.') ? path.slice('schedule.'.length) : path;
}

/** Validates the form: schedule errors land on the field the clinician typed them in. */
export function validateMedicationForm(values: MedicationFormValues, today: string): Validated<MedicationInput> {
  const times = values.times.split(/[,\s]+/).filter(Boolean);
  const input = {
    ...values,
    dose: asNumber(values.dose),
    schedule: { asNeeded: values.asNeeded, timesPerDay: asNumber(values.timesPerDay) ?? (values.asNeeded ? 0 : undefined), times },
  };
  const result = validateMedicationInput(input, today);
  if (result.ok) return result;
  const errors: Record<string, string> = {};
  for (const [path, message] of Object.entries(result.errors)) {
    errors[formField(path)] ??= message;
  }
  return { ok: false, errors: errors satisfies FieldErrors };
}
