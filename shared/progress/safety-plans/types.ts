/**
 * Safety plans and relapse-prevention plans (progress.md §4.1–§4.3): versioned and signed like treatment plans. Pure
 * data; identifiers are the exact strings stored. The headings shown are Waypoint's own (sections.ts), never the
 * licensed Stanley–Brown wording.
 */
import type { PlanVersionStatus, Signature } from '../plans/types';

export const SAFETY_PLAN_KINDS = ['safety_plan', 'relapse_prevention_plan'] as const;
export type SafetyPlanKind = (typeof SAFETY_PLAN_KINDS)[number];

/** The six steps of the safety planning intervention (Stanley & Brown 2012), in order. */
export const SAFETY_STEPS = [
  'warning_signs',
  'internal_coping',
  'social_distraction',
  'people_to_ask_for_help',
  'professionals_agencies',
  'environment_safety',
] as const;
export type SafetyStepId = (typeof SAFETY_STEPS)[number];

/** The sections of a relapse-prevention plan, in order. */
export const RELAPSE_SECTIONS = ['warning_signs', 'triggers', 'coping', 'supports', 'crisis', 'lapse_plan'] as const;
export type RelapseSectionId = (typeof RELAPSE_SECTIONS)[number];

/** One line of a section: what it is, an optional detail (relationship, address, action taken) and phone. */
export interface PlanEntry {
  readonly text: string;
  readonly detail: string;
  readonly phone: string;
}

/** Everything one version of a safety or relapse-prevention plan holds; storage adds routing and bookkeeping. */
export interface SafetyPlanVersion {
  readonly versionId: string;
  /** Stable across versions. */
  readonly planId: string;
  readonly kind: SafetyPlanKind;
  readonly version: number;
  readonly previousVersionId: string | null;
  readonly status: PlanVersionStatus;
  readonly clientId: string;
  /** ISO date the version takes effect. */
  readonly effectiveFrom: string;
  /** ISO date the plan is next reviewed. */
  readonly reviewDueOn: string;
  /** What changed from the previous version; required to sign version 2 on. */
  readonly changeSummary: string;
  /** Written with the client (§4.1): required to sign, never a "no-harm contract". */
  readonly createdWithClientPresent: boolean;
  /** Section id → its entries, in the order the client gave them. */
  readonly sections: Readonly<Record<string, readonly PlanEntry[]>>;
  /** Safety plan only: what matters most to the client and is worth living for; '' on a relapse-prevention plan. */
  readonly reasonsForLiving: string;
  readonly signatures: readonly Signature[];
  /** SHA-256 of the canonical content; '' while a draft. */
  readonly contentHash: string;
}

/** What a new plan (version 1) starts from; ids and dates are parameters. */
export interface SafetyPlanStart {
  readonly versionId: string;
  readonly planId: string;
  readonly kind: SafetyPlanKind;
  readonly clientId: string;
  readonly effectiveFrom: string;
}
