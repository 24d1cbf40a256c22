/**
 * The client's copy of a safety or relapse-prevention plan in plain words (progress.md §4.4): crisis numbers first,
 * then the sections in order, nothing else (no scores, no clinician notes). Pure, so a printable page can render it.
 */
import { REASONS_FOR_LIVING, planTitle, sectionsOf } from './sections';
import { filledEntries } from './validation';
import type { PlanEntry, SafetyPlanVersion } from './types';

export interface ClientCopySection {
  readonly heading: string;
  /** One line per entry, e.g. "Sam (sister) — 555-201-3344". */
  readonly lines: readonly string[];
}

export interface ClientCopy {
  /** "Safety plan" or "Relapse-prevention plan". */
  readonly title: string;
  /** "Version 2, from 2026-12-04". */
  readonly subtitle: string;
  /** The crisis contacts, for the top of the page. */
  readonly crisisLines: readonly string[];
  readonly sections: readonly ClientCopySection[];
}

/** One entry as a line: what, then the detail in brackets, then the phone. */
export function entryLine(e: PlanEntry): string {
  const detail = e.detail.trim() ? ` (${e.detail.trim()})` : '';
  const phone = e.phone.trim() ? ` — ${e.phone.trim()}` : '';
  return `${e.text.trim()}${detail}${phone}`;
}

/** The client copy of one version. */
export function clientCopyOf(v: SafetyPlanVersion): ClientCopy {
  const crisisId = v.kind === 'safety_plan' ? 'professionals_agencies' : 'crisis';
  const sections = sectionsOf(v.kind).map((def) => ({ heading: def.heading, lines: filledEntries(v.sections[def.id] ?? []).map(entryLine) }));
  const reasons = v.kind === 'safety_plan' && v.reasonsForLiving.trim() ? [{ heading: REASONS_FOR_LIVING.heading, lines: [v.reasonsForLiving.trim()] }] : [];
  return {
    title: planTitle(v.kind),
    subtitle: `Version ${String(v.version)}, from ${v.effectiveFrom}`,
    crisisLines: filledEntries(v.sections[crisisId] ?? [])
      .filter((e) => e.phone.trim())
      .map(entryLine),
    sections: [...sections, ...reasons],
  };
}
