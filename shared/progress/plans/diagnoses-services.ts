/** Diagnoses and planned services of a plan version (progress.md §1.2, 42 CFR 424.24(d)(2)): field messages by path. */
import type { PlannedService, TreatmentPlanVersion } from './types';

/** ICD-10-CM shape: a letter, a digit, a letter or digit, then optionally a dot and 1–4 letters or digits (F33.1, F41.0). */
const ICD10CM = /^[A-TV-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$/;

/** Field errors of the diagnoses: code in ICD-10-CM form, a label, one primary, no code twice. */
export function diagnosisErrors(v: Pick<TreatmentPlanVersion, 'diagnoses'>): Record<string, string> {
  const e: Record<string, string> = {};
  const seen = new Set<string>();
  v.diagnoses.forEach((d, k) => {
    const p = `diagnoses.${String(k)}`;
    const code = d.code.trim().toUpperCase();
    if (!code) e[`${p}.code`] = 'Enter the ICD-10-CM code (for example F33.1).';
    else if (!ICD10CM.test(code)) e[`${p}.code`] = `“${d.code.trim()}” is not an ICD-10-CM code; write it like F33.1.`;
    else if (seen.has(code)) e[`${p}.code`] = `${code} is already listed.`;
    seen.add(code);
    if (!d.label.trim()) e[`${p}.label`] = 'Write the diagnosis in words.';
  });
  const primaries = v.diagnoses.filter((d) => d.primary).length;
  if (v.diagnoses.length > 0 && primaries !== 1) e.diagnoses = primaries === 0 ? 'Mark one diagnosis as primary.' : 'Only one diagnosis can be primary.';
  return e;
}

/** A new service row with the editor's starting values (numbers empty: NaN, "enter a number"). */
export function blankService(type: PlannedService['type'] = 'group'): PlannedService {
  return { type, minutesPerSession: Number.NaN, sessionsPerWeek: Number.NaN, durationWeeks: null };
}
