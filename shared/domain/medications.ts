import { z } from 'zod';
import { fieldErrors, type FieldErrors } from './client';
import { isIsoDate } from './dates';
import type { Medication, MedicationSchedule } from './records';

/** Routes of administration offered in the medication form. */
export const MEDICATION_ROUTES = ['oral', 'sublingual', 'intramuscular', 'subcutaneous', 'transdermal', 'inhaled', 'nasal', 'rectal', 'other'] as const;

/** Units a dose is counted in. */
export const DOSE_UNITS = ['mg', 'mcg', 'g', 'mL', 'tablet', 'capsule', 'puff', 'patch', 'drop', 'unit'] as const;

export const STOP_REASONS = [
  'Side effects',
  'Not effective',
  'Course completed',
  'Switched to another medication',
  'Client preference',
  'Cost or access',
  'Other',
] as const;

/** Why a scheduled dose was not taken. */
export const MISS_REASONS = [
  { id: 'forgot', label: 'Forgot' },
  { id: 'side-effects', label: 'Side effects' },
  { id: 'ran-out', label: 'Ran out' },
  { id: 'cost', label: 'Cost' },
  { id: 'chose-not-to', label: 'Chose not to' },
  { id: 'other', label: 'Other' },
] as const;
export type MissReason = (typeof MISS_REASONS)[number]['id'];
const MISS_REASON_IDS = MISS_REASONS.map((r) => r.id) as [MissReason, ...MissReason[]];

/** Who says the doses were taken: the client's own report or a staff member's observation. */
export const ADHERENCE_SOURCES = [
  { id: 'client-reported', label: 'Client-reported' },
  { id: 'observed', label: 'Observed' },
] as const;
export type AdherenceSource = (typeof ADHERENCE_SOURCES)[number]['id'];

/** Common psychotropic side effects; 'other' takes free text. */
export const SIDE_EFFECTS = [
  { id: 'nausea', label: 'Nausea' },
  { id: 'sedation', label: 'Sedation' },
  { id: 'insomnia', label: 'Insomnia' },
  { id: 'weight-change', label: 'Weight change' },
  { id: 'sexual-dysfunction', label: 'Sexual dysfunction' },
  { id: 'akathisia', label: 'Restlessness / akathisia' },
  { id: 'dizziness', label: 'Dizziness' },
  { id: 'headache', label: 'Headache' },
  { id: 'dry-mouth', label: 'Dry mouth' },
  { id: 'tremor', label: 'Tremor' },
  { id: 'constipation', label: 'Constipation' },
  { id: 'diarrhea', label: 'Diarrhea' },
  { id: 'sweating', label: 'Sweating' },
  { id: 'appetite-change', label: 'Appetite change' },
  { id: 'other', label: 'Other' },
] as const;
export type SideEffectId = (typeof SIDE_EFFECTS)[number]['id'];
const SIDE_EFFECT_IDS = SIDE_EFFECTS.map((e) => e.id) as [SideEffectId, ...SideEffectId[]];

/** Severity 0–3. */
export const SEVERITY_LABELS = ['None', 'Mild', 'Moderate', 'Severe'] as const;
export const INTERFERENCE_LEVELS = [
  { id: 'none', label: 'None' },
  { id: 'some', label: 'Some' },
  { id: 'a-lot', label: 'A lot' },
] as const;
export type Interference = (typeof INTERFERENCE_LEVELS)[number]['id'];

export type Validated<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly errors: FieldErrors };

function validate<T>(schema: z.ZodType<T>, input: unknown): Validated<T> {
  const result = schema.safeParse(input);
  return result.success ? { ok: true, value: result.data } : { ok: false, errors: fieldErrors(result.error) };
}

const text = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${label} is at most ${String(max)} characters.`);
const required = (label: string, max: number, message: string) => text(label, max).min(1, message);
const positiveDose = z
  .number({ error: 'Enter the dose as a number.' })
  .positive('The dose must be more than 0.')
  .max(100_000, 'Check the dose: it is too large.');
const day = (message: string) => z.string().refine(isIsoDate, message);
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export const scheduleSchema = z
  .object({
    asNeeded: z.boolean(),
    timesPerDay: z
      .number({ error: 'Enter how many times a day.' })
      .int('Times per day is a whole number.')
      .min(0, 'Times per day cannot be negative.')
      .max(12, 'At most 12 times a day.'),
    times: z.array(z.string().regex(TIME, 'Enter times as HH:MM.')).max(12),
  })
  .superRefine((s, ctx) => {
    if (!s.asNeeded && s.timesPerDay < 1)
      ctx.addIssue({ code: 'custom', path: ['timesPerDay'], message: 'A scheduled medication is taken at least once a day.' });
    if (s.asNeeded && s.times.length > 0)
      ctx.addIssue({ code: 'custom', path: ['times'], message: 'An as-needed medication has no fixed times; clear them or turn off “As needed”.' });
    if (!s.asNeeded && s.times.length > 0 && s.times.length !== s.timesPerDay) {
      ctx.addIssue({ code: 'custom', path: ['times'], message: `Give ${String(s.timesPerDay)} time(s), one per dose, or none.` });
    }
    if (new Set(s.times).size !== s.times.length) ctx.addIssue({ code: 'custom', path: ['times'], message: 'Each time may appear once.' });
  });

/** A new medication (or an edit of one) as a clinician enters it; the start may not be after `today`. */
export function medicationInputSchema(today: string) {
  return z.object({
    name: required('Name', 120, 'Enter the medication name.'),
    strength: text('Strength', 60).default(''),
    dose: positiveDose,
    doseUnit: required('Dose unit', 20, 'Choose the dose unit.'),
    route: z.enum(MEDICATION_ROUTES, { error: 'Choose the route.' }),
    schedule: scheduleSchema,
    prescriberId: z.string().max(64).default(''),
    prescriber: text('Prescriber', 120).default(''),
    indication: text('Indication', 200).default(''),
    startedOn: day('Enter the start date.').refine((d) => d <= today, 'The start date cannot be in the future.'),
  });
}
export type MedicationInput = z.infer<ReturnType<typeof medicationInputSchema>>;

/** Validates a medication form. */
export function validateMedicationInput(input: unknown, today: string): Validated<MedicationInput> {
  return validate(medicationInputSchema(today), input);
}

export interface DoseChangeInput {
  readonly toDose: number;
  readonly changedOn: string;
  readonly reason: string;
}

/** A dose change: a new positive dose, different from the current one, dated within the medication's course. */
export function validateDoseChange(input: unknown, med: Pick<Medication, 'dose' | 'startedOn'>, today: string): Validated<DoseChangeInput> {
  const schema = z.object({
    toDose: positiveDose.refine((d) => d !== med.dose, 'The new dose is the same as the current dose.'),
    changedOn: day('Enter the date of the change.')
      .refine((d) => d >= med.startedOn, 'A dose change cannot be before the medication was started.')
      .refine((d) => d <= today, 'The date of the change cannot be in the future.'),
    reason: required('Reason', 500, 'Say why the dose changed.'),
  });
  return validate(schema, input);
}

export interface StopInput {
  readonly stoppedOn: string;
  readonly reason: string;
}

/** Stopping: the stop date is on or after the start (start ≤ stop) and not in the future. */
export function validateStop(input: unknown, startedOn: string, today: string): Validated<StopInput> {
  const schema = z.object({
    stoppedOn: day('Enter the stop date.')
      .refine((d) => d >= startedOn, 'The stop date cannot be before the start date.')
      .refine((d) => d <= today, 'The stop date cannot be in the future.'),
    reason: required('Reason', 200, 'Choose or type why the medication was stopped.'),
  });
  return validate(schema, input);
}

/** One medication-day of adherence as stored in an 'adherence' event's detail. */
export const adherenceDetailSchema = z
  .object({
    taken: z.number().int('Doses taken is a whole number.').min(0, 'Doses taken cannot be negative.'),
    scheduled: z.number().int().min(1, 'Only scheduled medications are counted for adherence.'),
    missReason: z.union([z.enum(MISS_REASON_IDS), z.literal('')]),
    source: z.enum(['client-reported', 'observed']),
  })
  .refine((a) => a.taken <= a.scheduled, { path: ['taken'], error: 'More doses taken than scheduled; check the count.' })
  .refine((a) => a.taken === a.scheduled || a.missReason !== '', { path: ['missReason'], error: 'Choose why doses were missed.' });
export type AdherenceDetail = z.infer<typeof adherenceDetailSchema>;

/** Validates one day's adherence entry. */
export function validateAdherence(input: unknown): Validated<AdherenceDetail> {
  return validate(adherenceDetailSchema, input);
}

/** A side effect as stored in a 'side-effect' event's detail. */
export const sideEffectDetailSchema = z
  .object({
    effect: z.enum(SIDE_EFFECT_IDS, { error: 'Choose the side effect.' }),
    otherText: text('Description', 120).default(''),
    severity: z.number().int().min(0).max(3, 'Severity is 0–3.'),
    interference: z.enum(['none', 'some', 'a-lot'], { error: 'Choose how much it interferes with daily life.' }),
  })
  .refine((s) => s.effect !== 'other' || s.otherText !== '', { path: ['otherText'], error: 'Describe the side effect.' });
export type SideEffectDetail = z.infer<typeof sideEffectDetailSchema>;

export interface SideEffectInput extends SideEffectDetail {
  readonly medicationId: string;
  readonly occurredOn: string;
}

/** Validates a side-effect entry dated no later than `today`. */
export function validateSideEffect(input: unknown, today: string): Validated<SideEffectInput> {
  const schema = sideEffectDetailSchema.and(
    z.object({
      medicationId: z.string().max(64),
      occurredOn: day('Enter the date.').refine((d) => d <= today, 'The date cannot be in the future.'),
    }),
  );
  return validate(schema, input);
}

/** The date a side effect resolved: not before its onset, not in the future. */
export function validateResolvedOn(resolvedOn: string, onset: string, today: string): Validated<string> {
  return validate(
    day('Enter the date it resolved.')
      .refine((d) => d >= onset, 'It cannot resolve before it was recorded.')
      .refine((d) => d <= today, 'The date cannot be in the future.'),
    resolvedOn,
  );
}

/** The display name of a side effect. */
export function sideEffectLabel(detail: Pick<SideEffectDetail, 'effect' | 'otherText'>): string {
  if (detail.effect === 'other') return detail.otherText || 'Other';
  return SIDE_EFFECTS.find((e) => e.id === detail.effect)?.label ?? detail.effect;
}

/** "1 × daily at 08:00", "2 × daily", "as needed (up to 3 a day)". */
export function scheduleLabel(s: MedicationSchedule): string {
  if (s.asNeeded) return s.timesPerDay > 0 ? `as needed (up to ${String(s.timesPerDay)} a day)` : 'as needed';
  const at = s.times.length ? ` at ${s.times.join(', ')}` : '';
  return `${String(s.timesPerDay)} × daily${at}`;
}

/** "100 mg". */
export function doseLabel(dose: number, unit: string): string {
  return `${String(dose)} ${unit}`;
}

function legacySchedule(text: string): MedicationSchedule {
  const t = text.toLowerCase();
  if (/as needed|prn/.test(t)) return { asNeeded: true, timesPerDay: 0, times: [] };
  // 'daily' last: "twice daily" means 2.
  const words: Record<string, number> = { twice: 2, bid: 2, three: 3, tid: 3, four: 4, qid: 4, once: 1, daily: 1 };
  const n = /(\d+)\s*(x|times)/.exec(t)?.[1];
  const word = Object.keys(words).find((w) => new RegExp(`\\b${w}\\b`).test(t));
  const timesPerDay = n ? Math.min(12, Math.max(1, Number(n))) : word ? (words[word] ?? 1) : 1;
  return { asNeeded: false, timesPerDay, times: [] };
}

/**
 * Medication schema v0 → v1: v0 kept dose ("20 mg") and schedule ("twice daily") as text. The number and unit are
 * read from the text (the whole text is kept as strength when no number is found, so nothing typed is lost).
 */
export function migrateMedicationV0(doc: Record<string, unknown>): Medication {
  const doseText = typeof doc.dose === 'string' ? doc.dose.trim() : '';
  const match = /^(\d+(?:\.\d+)?)\s*(.*)$/.exec(doseText);
  const schedule = typeof doc.schedule === 'string' ? doc.schedule : '';
  return {
    ...(doc as unknown as Medication),
    strength: match ? '' : doseText,
    dose: match ? Number(match[1]) : 1,
    doseUnit: match ? match[2] || 'mg' : 'unit',
    route: 'oral',
    schedule: legacySchedule(schedule),
    prescriber: '',
    stoppedOn: typeof doc.stoppedOn === 'string' ? doc.stoppedOn : null,
    stopReason: '',
  };
}
