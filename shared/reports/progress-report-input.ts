/**
 * What a progress report is built from (progress.md §7.1) and the never-include rule of §7.2: the builder reads only
 * these fields, and the opt-in fields are dropped unless the user explicitly opted in for this export.
 */
import { PART2_OPT_IN_LABEL } from './part2';
import type { HomeworkAssignment, HomeworkCompletion, TargetBehaviourDefinition, TargetBehaviourEntry } from '../progress/plans/types';

export const REPORT_VERSIONS = ['client', 'payer'] as const;
export type ReportVersion = (typeof REPORT_VERSIONS)[number];

/**
 * §7.2 items a user may opt in to, one export at a time (each audited); `part2` is shown only for a Part 2 client and
 * required for one (part2.ts). Psychotherapy notes, other group members, drafts, audit and sync data are not here: they
 * are never exported through reports at all.
 */
export const REPORT_OPT_INS = ['note_narratives', 'item_answers', 'family_free_text', 'part2'] as const;
export type ReportOptIn = (typeof REPORT_OPT_INS)[number];

export const OPT_IN_LABELS: Readonly<Record<ReportOptIn, string>> = {
  note_narratives: 'Session-note narratives (signed notes)',
  item_answers: 'Item-level answers (including PHQ-9 item 9)',
  family_free_text: 'Family feedback free text',
  part2: PART2_OPT_IN_LABEL,
};

export interface ReportPeriod {
  /** ISO dates, both included. */
  readonly from: string;
  readonly to: string;
}

/** One current (not superseded) scored administration; `answers` only reaches the builder with the item_answers opt-in. */
export interface ReportMeasure {
  readonly instrumentId: string;
  readonly instrumentTitle: string;
  /** ISO date in the clinic's time zone. */
  readonly day: string;
  readonly total: number | null;
  readonly band: string | null;
  readonly flags: readonly string[];
  readonly answers?: readonly { readonly item: string; readonly answer: string }[];
}

export interface ReportAttendance {
  readonly day: string;
  readonly sessionKind: string;
  readonly status: 'present' | 'late' | 'left-early' | 'absent-excused' | 'absent-unexcused';
  /** Scheduled length in minutes (hours of service). */
  readonly minutes: number;
}

export interface ReportMedication {
  readonly name: string;
  readonly dose: string;
  readonly schedule: string;
  readonly startedOn: string;
  /** Recorded doses taken ÷ recorded doses in the period, or null when none were recorded. */
  readonly adherencePercent: number | null;
  readonly sideEffects: readonly string[];
}

/** The latest signed progress-review decision (reportDecisionOf); absent → "no progress review recorded". */
export interface ReportDecision {
  readonly decidedOn: string;
  /** The stored decision id, e.g. `continue`, `step_down`, `intensify`, `discharge`. */
  readonly decision: string;
  readonly targetLevel: string | null;
  readonly rationale: string;
  readonly decidedBy: string;
  /** The decision in clinical words ("Step down"); the id when absent. */
  readonly decisionLabel?: string;
  /** What the engine recommended, in words, or null. */
  readonly recommendationLabel?: string | null;
  /** Why the decision differs from the recommendation, in words, or null. */
  readonly overrideReason?: string | null;
  readonly targetDate?: string | null;
  /** Plan changes the review asks for, one phrase each. */
  readonly planChanges?: readonly string[];
  /** The day the author signed. */
  readonly signedOn?: string;
  /** "Name on YYYY-MM-DD" of the supervisor's co-sign, or null. */
  readonly cosignedBy?: string | null;
  /** "Outreach before discharge: …" for a discharge that relied on documented outreach (§5.5), or null. */
  readonly outreach?: string | null;
}

export interface ReportPlanSummary {
  readonly effectiveFrom: string;
  readonly clientStatement: string;
  readonly diagnoses: readonly string[];
  readonly problems: readonly {
    readonly statement: string;
    readonly goals: readonly {
      readonly clientWords: string;
      readonly status: string;
      readonly objectives: readonly { readonly statement: string; readonly status: string; readonly evidence: string }[];
    }[];
  }[];
  readonly targetBehaviours: readonly TargetBehaviourDefinition[];
}

export interface ProgressReportInput {
  readonly clinicName: string;
  /** The clinic's 42 CFR 2.32 re-disclosure notice (Settings), printed for a Part 2 client. */
  readonly part2Notice: string;
  readonly client: {
    readonly id: string;
    readonly firstName: string;
    readonly lastName: string;
    readonly dateOfBirth: string;
    readonly program: string;
    /** The explicit 42 CFR Part 2 mark; absent on older records (the program decides). */
    readonly part2?: boolean | undefined;
    readonly levelOfCare: string;
    readonly admissionDate: string;
  };
  readonly clinicianName: string;
  readonly period: ReportPeriod;
  /** The instant the report is made (footer). */
  readonly generatedAt: string;
  /** Every current administration of the client (earlier ones give the baseline); the report shows the period's. */
  readonly measures: readonly ReportMeasure[];
  readonly attendance: readonly ReportAttendance[];
  readonly medications: readonly ReportMedication[];
  readonly plan: ReportPlanSummary | null;
  readonly behaviourEntries: readonly TargetBehaviourEntry[];
  readonly homework: readonly HomeworkAssignment[];
  readonly homeworkCompletions: readonly HomeworkCompletion[];
  readonly latestDecision?: ReportDecision | null;
  /** The day the safety plan in force took effect, or null when none is signed (§7.1 Safety). */
  readonly safetyPlanSince?: string | null;
  /** The clinician's summary for this report (client version: the client-facing text). */
  readonly summary: string;
  /** Opt-in only (§7.2): signed notes' narrative text in the period. */
  readonly noteNarratives?: readonly { readonly day: string; readonly title: string; readonly text: string }[];
  /** Opt-in only (§7.2): family feedback free text in the period. */
  readonly familyFreeText?: readonly { readonly day: string; readonly text: string }[];
}

export interface ProgressReportOptions {
  readonly version: ReportVersion;
  readonly optIns: readonly ReportOptIn[];
  /** Payer version only: medications appear when the clinic allows it (§7.1). */
  readonly medicationsForPayer: boolean;
}

/** The input with every §7.2 item the user did not opt in to removed (the builder's only way in). */
export function withoutNeverIncluded(input: ProgressReportInput, optIns: readonly ReportOptIn[]): ProgressReportInput {
  const on = new Set(optIns);
  return {
    ...input,
    measures: input.measures.map(({ answers, ...m }) => (on.has('item_answers') && answers ? { ...m, answers } : m)),
    noteNarratives: on.has('note_narratives') ? input.noteNarratives : undefined,
    familyFreeText: on.has('family_free_text') ? input.familyFreeText : undefined,
  };
}

/** Field messages for a report period (ISO dates), or {} when it is valid. */
export function periodErrors(period: ReportPeriod, today: string): { from?: string; to?: string } {
  const iso = /^\d{4}-\d{2}-\d{2}$/;
  if (!iso.test(period.from)) return { from: 'Enter the first day of the period.' };
  if (!iso.test(period.to)) return { to: 'Enter the last day of the period.' };
  if (period.to < period.from) return { to: 'The last day cannot be before the first day.' };
  if (period.from > today) return { from: 'The period cannot start in the future.' };
  return {};
}
