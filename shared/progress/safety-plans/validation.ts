/** What a safety or relapse-prevention plan version needs to be saved and to be signed, with errors by field path. */
import type { FieldErrors } from '../../domain/client';
import { REASONS_FOR_LIVING, sectionsOf } from './sections';
import type { PlanEntry, SafetyPlanVersion } from './types';

export const MAX_ENTRY_TEXT = 500;
export const MAX_ENTRIES = 30;
export const MAX_LONG_TEXT = 2000;

const PHONE = /^[0-9+()\-.\s]+$/;

/** True for a phone number or short code a person can dial or text: digits with spaces, +, (), - or dots, 3+ digits. */
export function isDialable(phone: string): boolean {
  const t = phone.trim();
  return PHONE.test(t) && t.replace(/\D/g, '').length >= 3;
}

const isBlank = (e: PlanEntry) => !e.text.trim() && !e.detail.trim() && !e.phone.trim();

/** The entries with blank rows left out (what is signed). */
export function filledEntries(entries: readonly PlanEntry[]): readonly PlanEntry[] {
  return entries.filter((e) => !isBlank(e));
}

function entryErrors(path: string, e: PlanEntry, sign: boolean): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const field of ['text', 'detail', 'phone'] as const) {
    if (e[field].length > MAX_ENTRY_TEXT) errors[`${path}.${field}`] = `Keep this under ${String(MAX_ENTRY_TEXT)} characters.`;
  }
  if (!sign || isBlank(e)) return errors;
  if (!e.text.trim()) errors[`${path}.text`] ??= 'Write what this line is, or remove it.';
  if (e.phone.trim() && !isDialable(e.phone)) errors[`${path}.phone`] ??= 'Enter a phone number with digits (for example 555-201-3344), or leave it empty.';
  return errors;
}

function sectionErrors(v: SafetyPlanVersion, sign: boolean): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const def of sectionsOf(v.kind)) {
    const entries = v.sections[def.id] ?? [];
    const path = `sections.${def.id}`;
    if (entries.length > MAX_ENTRIES) errors[path] = `Keep this section to ${String(MAX_ENTRIES)} lines or fewer.`;
    entries.forEach((e, i) => Object.assign(errors, entryErrors(`${path}.${String(i)}`, e, sign)));
    if (sign && filledEntries(entries).length === 0) errors[path] ??= def.missing;
  }
  return errors;
}

/**
 * Errors by path (`sections.<id>`, `sections.<id>.<i>.phone`, `reasonsForLiving`, `createdWithClientPresent`,
 * `changeSummary`). 'save' only refuses what cannot be stored (over-long text); 'sign' also asks for a complete plan.
 */
export function validateSafetyPlanVersion(v: SafetyPlanVersion, mode: 'save' | 'sign'): FieldErrors {
  const sign = mode === 'sign';
  const errors = sectionErrors(v, sign);
  if (v.reasonsForLiving.length > MAX_LONG_TEXT) errors.reasonsForLiving = `Keep this under ${String(MAX_LONG_TEXT)} characters.`;
  if (v.changeSummary.length > MAX_LONG_TEXT) errors.changeSummary = `Keep this under ${String(MAX_LONG_TEXT)} characters.`;
  if (!sign) return errors;
  if (v.kind === 'safety_plan' && !v.reasonsForLiving.trim()) errors.reasonsForLiving = REASONS_FOR_LIVING.missing;
  if (!v.createdWithClientPresent) errors.createdWithClientPresent = 'A plan is written with the client: confirm the client took part before signing.';
  if (v.version > 1 && !v.changeSummary.trim()) errors.changeSummary = 'Say what changed from the previous version.';
  return errors;
}
