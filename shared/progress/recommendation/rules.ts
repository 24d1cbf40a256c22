/**
 * The eleven default rules of progress.md §5.3, in precedence order: the first that matches is the recommendation.
 * `source` is the rule's "Basis" as the spec tags it ([V] primary text, [S] secondary, [U] unconfirmed, WD Waypoint
 * default); `why` is the plain-words reason shown under "Why this rule".
 */
import {
  attendanceAtLeast,
  eventsWithin,
  improvedToCeiling,
  objectivesMetAtLeast,
  reliablyWorse,
  safetyGate,
  substanceClean,
  substanceTracked,
} from './context';
import type { RuleContext } from './context';

export type Recommendation = 'intensify' | 'step_down' | 'discharge' | 'continue';

export type RuleId =
  | 'intensify.safety_event'
  | 'intensify.reliable_deterioration'
  | 'intensify.substance_use'
  | 'discharge.disengaged'
  | 'intensify.low_attendance'
  | 'continue.safety_gate'
  | 'continue.measure_due'
  | 'discharge.goals_met'
  | 'step_down.sustained_improvement'
  | 'continue.non_response'
  | 'continue.default';

export interface Rule {
  readonly id: RuleId;
  readonly recommendation: Recommendation;
  readonly why: string;
  readonly source: string;
  readonly matches: (ctx: RuleContext) => boolean;
}

/** Rule 1. Choice: with `intensifyOnLowerEvents`, `lower` events count within `lowerSafetyGateDays` (14 by default). */
function safetyEvent(ctx: RuleContext): boolean {
  const p = ctx.params;
  return (
    ctx.snapshot.openSafetyAlert ||
    eventsWithin(ctx, 'high', p.highSafetyIntensifyDays).length > 0 ||
    (p.intensifyOnLowerEvents && eventsWithin(ctx, 'lower', p.lowerSafetyGateDays).length > 0)
  );
}

function substanceUse(ctx: RuleContext): boolean {
  const use = ctx.snapshot.substanceUse;
  return substanceTracked(ctx) && use !== null && use.last14 >= ctx.params.substanceUseIntensifyDays && use.last14 >= use.prior14;
}

function disengaged(ctx: RuleContext): boolean {
  const p = ctx.params;
  return (
    ctx.snapshot.daysSinceLastAttended >= p.disengagedDaysSinceAttended && ctx.snapshot.consecutiveMissed >= p.disengagedConsecutiveMissed && !safetyGate(ctx)
  );
}

function lowAttendance(ctx: RuleContext): boolean {
  return ctx.denominator >= ctx.params.minAttendanceDenominator && !attendanceAtLeast(ctx, ctx.params.lowAttendancePct);
}

/** Rule 7. `lastAdministeredDaysAgo` includes the baseline; no primary measure at all counts as `n = 0`. */
function measureDue(ctx: RuleContext): boolean {
  const last = ctx.snapshot.primary?.lastAdministeredDaysAgo ?? null;
  return ctx.n === 0 || last === null || last > ctx.params.measureStaleDays;
}

function goalsMet(ctx: RuleContext): boolean {
  return (
    ctx.primary !== null &&
    improvedToCeiling(ctx, ctx.primary.row.remission) &&
    objectivesMetAtLeast(ctx, ctx.params.dischargeObjectivesMetPct) &&
    substanceClean(ctx)
  );
}

/**
 * Rule 9. Choice: with `stepDownRequiresObjectivesMetPct` > 0 (§10.4) at least one active objective is needed, as in
 * rule 8; at 0 (default) objectives are not read.
 */
function sustainedImprovement(ctx: RuleContext): boolean {
  const p = ctx.params;
  const objectivesOk = p.stepDownRequiresObjectivesMetPct === 0 || objectivesMetAtLeast(ctx, p.stepDownRequiresObjectivesMetPct);
  return (
    ctx.primary !== null &&
    improvedToCeiling(ctx, ctx.primary.row.stepDown) &&
    ctx.denominator >= p.minAttendanceDenominator &&
    attendanceAtLeast(ctx, p.stepDownAttendancePct) &&
    substanceClean(ctx) &&
    objectivesOk
  );
}

function nonResponse(ctx: RuleContext): boolean {
  const primary = ctx.primary;
  return (
    primary !== null &&
    ctx.snapshot.daysInProgram >= ctx.params.nonResponseMinDays &&
    ctx.n >= 1 &&
    primary.baseline >= primary.row.cutoff &&
    primary.baseline - primary.latest < primary.row.adequate
  );
}

/** Precedence order of §5.3. */
export const RULES: readonly Rule[] = [
  {
    id: 'intensify.safety_event',
    recommendation: 'intensify',
    why: 'An open safety alert or a recent high-severity safety event needs safety precautions and an assessment by a clinician before anything else.',
    source:
      'C-SSRS: recent intent/plan or behaviour "require patient safety precautions until a mental health professional can evaluate" (instruments.md §7.2 [V/S]); TJC NPSG.15.01.01 assessment and mitigation plan [S]; ASAM transfer when problems intensify [U]. 14 days: WD.',
    matches: safetyEvent,
  },
  {
    id: 'intensify.reliable_deterioration',
    recommendation: 'intensify',
    why: 'The primary measure got reliably worse since baseline; measurement-based care revises treatment when it detects deterioration.',
    source: 'MBC: detect deterioration and revise treatment (Lewis 2019 [V]; Kennedy Forum [V]; TJC CTS.03.01.09 [V]); thresholds instruments.md §12.',
    matches: reliablyWorse,
  },
  {
    id: 'intensify.substance_use',
    recommendation: 'intensify',
    why: 'Substance use on several recent days, and not fewer than before, points to continued use that the current level is not containing.',
    source: 'ASAM: continued use / intensification of problems [U]. 3 days and "not fewer than before": WD.',
    matches: substanceUse,
  },
  {
    id: 'discharge.disengaged',
    recommendation: 'discharge',
    why: 'The client has stopped attending and continued stay requires engagement. Document at least 2 outreach attempts on different days before a not-completed discharge.',
    source:
      'AABH continued stay requires "successful engagement in the clinical process" [S]; programs publish absence limits [S]; Maine rules define "inactive status" [V]. 14 days / 3 misses: WD. Discharge type not_completed (Colorado BHA code 03 [V]).',
    matches: disengaged,
  },
  {
    id: 'intensify.low_attendance',
    recommendation: 'intensify',
    why: 'Low attendance calls for more engagement support (outreach, family, schedule change), not necessarily a higher level of care.',
    source:
      'Waypoint\'s working rule; ASAM continued service needs the client "actively working" toward goals [U]; IOP dropout 30–50 % in the first three weeks (Valant blog [S]). 60 %, minimum 4 sessions: WD.',
    matches: lowAttendance,
  },
  {
    id: 'continue.safety_gate',
    recommendation: 'continue',
    why: 'A recent safety event blocks step-down and discharge; review the safety plan with the client.',
    source:
      'Waypoint\'s working rule: step-down only with "no safety event in 14 days"; AABH continued stay includes "continued need for managing risk accompanied by capacity to follow a safety plan" [S]. 14 / 30 days: WD.',
    matches: safetyGate,
  },
  {
    id: 'continue.measure_due',
    recommendation: 'continue',
    why: 'A decision needs a current score on the primary measure; administer it first.',
    source: 'MBC needs current data (TJC CTS.03.01.09 [V]). 14 days: WD (PHQ-9/GAD-7 recall window is 2 weeks [V]).',
    matches: measureDue,
  },
  {
    id: 'discharge.goals_met',
    recommendation: 'discharge',
    why: 'Symptoms are in remission and every objective of the plan is met: discharge as completed, with an aftercare plan.',
    source:
      'ASAM transfer/discharge when goals are achieved [U]; CARF/Illinois discharge summaries report progress on each goal [V/S]. 100 % of objectives: WD.',
    matches: goalsMet,
  },
  {
    id: 'step_down.sustained_improvement',
    recommendation: 'step_down',
    why: 'Sustained, reliable improvement with good attendance suggests the client can continue at a less intensive level.',
    source:
      "Waypoint's working rule; PHQ-9 ≤ 9 = below moderate [V]; reliable change [instruments.md]; CMS IOP recertification must show continued need [V]. 2 consecutive administrations, 80 %: WD.",
    matches: sustainedImprovement,
  },
  {
    id: 'continue.non_response',
    recommendation: 'continue',
    why: 'After four weeks the primary measure has not fallen enough; non-response prompts a revision of the treatment plan.',
    source:
      'MBC: non-response prompts "revisions to the treatment plan" (Kennedy Forum [V]); PHQ-9 follow-up at 4–6 weeks (MacArthur toolkit [U]); MCID 5 [V]. 28 days: WD.',
    matches: nonResponse,
  },
  {
    id: 'continue.default',
    recommendation: 'continue',
    why: 'No signal calls for a change of level: the client is progressing but has not yet met the criteria to step down or finish.',
    source: 'ASAM continued service when progressing but goals not yet met [U].',
    matches: () => true,
  },
];

/** The rule with this id. */
export function ruleById(id: RuleId): Rule {
  const rule = RULES.find((r) => r.id === id);
  if (!rule) throw new Error(`unknown rule ${id}`);
  return rule;
}
