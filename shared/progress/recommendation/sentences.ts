/**
 * One plain-words sentence per fired rule (progress.md §5.3 "Display"), with "Why this rule" and its source, e.g.
 * "Step down suggested: PHQ-9 fell from 18 to 8 (reliable, ≥ 6 points) and stayed ≤ 9 on the last 2 administrations;
 * attendance 10 of 12 (83 %); no safety event in 14 days."
 */
import { eventsWithin, reliablyImproved } from './context';
import type { MeasuredPrimary, RuleContext } from './context';
import { ruleContext } from './context';
import type { DataWarning, RecommendationResult } from './engine';
import { ruleById } from './rules';
import type { Recommendation, RuleId } from './rules';
import type { ReviewSnapshot } from './snapshot';
import { assertValidSnapshot } from './validate-snapshot';

export interface RuleExplanation {
  readonly rule: RuleId;
  readonly recommendation: Recommendation;
  /** What the data shows, in plain words. */
  readonly sentence: string;
  /** "Why this rule". */
  readonly why: string;
  /** The rule's basis with the spec's source tags. */
  readonly source: string;
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${String(count)} ${count === 1 ? one : many}`;
}

function ago(days: number): string {
  return days === 0 ? 'today' : `${plural(days, 'day')} ago`;
}

/** Whole-percent display only; every decision compares integers (§0.2). */
function attendance(ctx: RuleContext): string {
  const { attended } = ctx.snapshot.attendance;
  if (ctx.denominator === 0) return 'no sessions due';
  return `attendance ${String(attended)} of ${String(ctx.denominator)} (${String(Math.round((attended * 100) / ctx.denominator))} %)`;
}

/** "PHQ-9 fell from 18 to 8 (reliable, ≥ 6 points) and stayed ≤ 9 on the last 2 administrations". */
function improvement(ctx: RuleContext, primary: MeasuredPrimary, ceiling: number): string {
  const k = ctx.params.stepDownConsecutive;
  const stayed = `stayed ≤ ${String(ceiling)} on the last ${plural(k, 'administration')}`;
  if (reliablyImproved(primary)) {
    return `${primary.id} fell from ${String(primary.baseline)} to ${String(primary.latest)} (reliable, ≥ ${String(primary.row.rc)} points) and ${stayed}`;
  }
  return `${primary.id} ${stayed}, from a baseline of ${String(primary.baseline)} below the clinical cut-off of ${String(primary.row.cutoff)}`;
}

function noRecentEvent(ctx: RuleContext): string {
  return `no safety event in ${plural(ctx.params.lowerSafetyGateDays, 'day')}`;
}

function noSubstanceUse(ctx: RuleContext): string[] {
  return ctx.snapshot.track !== 'mh' && ctx.snapshot.substanceUse !== null ? ['no substance use in the last 14 days'] : [];
}

function safetyEventSentence(ctx: RuleContext): string {
  const p = ctx.params;
  const parts: string[] = [];
  if (ctx.snapshot.openSafetyAlert) parts.push('an open safety alert has not yet been resolved by an assessment or safety plan');
  const high = eventsWithin(ctx, 'high', p.highSafetyIntensifyDays);
  if (high.length > 0) parts.push(`a high-severity safety event ${ago(Math.min(...high))}`);
  const lower = p.intensifyOnLowerEvents ? eventsWithin(ctx, 'lower', p.lowerSafetyGateDays) : [];
  if (lower.length > 0) parts.push(`a safety event ${ago(Math.min(...lower))}`);
  return `Intensify suggested: ${parts.join('; ')}.`;
}

function safetyGateSentence(ctx: RuleContext): string {
  const high = eventsWithin(ctx, 'high', ctx.params.highSafetyGateDays);
  const lower = eventsWithin(ctx, 'lower', ctx.params.lowerSafetyGateDays);
  const event = high.length > 0 ? `a high-severity safety event ${ago(Math.min(...high))}` : `a safety event ${ago(Math.min(...lower))}`;
  return `Continue: ${event} blocks stepping down or discharge; review the safety plan.`;
}

function measureDueSentence(ctx: RuleContext): string {
  const input = ctx.snapshot.primary;
  const last = input?.lastAdministeredDaysAgo ?? null;
  if (input === null) return 'Continue: the plan names no primary outcome measure; choose one and administer it before deciding.';
  if (last === null) return `Continue: ${input.instrument} has not been given yet; administer it before deciding.`;
  if (ctx.n === 0) return `Continue: ${input.instrument} has no score since the baseline; administer it again before deciding.`;
  return `Continue: ${input.instrument} was last given ${ago(last)} (more than ${String(ctx.params.measureStaleDays)}); administer it before deciding.`;
}

function objectivesMet(ctx: RuleContext): string {
  const { active, met } = ctx.snapshot.objectives;
  if (met === active) return active === 1 ? 'the one objective met' : `all ${String(active)} objectives met`;
  return `${String(met)} of ${plural(active, 'objective')} met`;
}

function goalsMetSentence(ctx: RuleContext, primary: MeasuredPrimary): string {
  const parts = [improvement(ctx, primary, primary.row.remission), objectivesMet(ctx), ...noSubstanceUse(ctx), noRecentEvent(ctx)];
  return `Discharge suggested (goals met): ${parts.join('; ')}; prepare the aftercare plan.`;
}

function stepDownSentence(ctx: RuleContext, primary: MeasuredPrimary): string {
  const objectives = ctx.params.stepDownRequiresObjectivesMetPct > 0 ? [objectivesMet(ctx)] : [];
  const parts = [improvement(ctx, primary, primary.row.stepDown), attendance(ctx), ...objectives, ...noSubstanceUse(ctx), noRecentEvent(ctx)];
  return `Step down suggested: ${parts.join('; ')}.`;
}

function nonResponseSentence(ctx: RuleContext, primary: MeasuredPrimary): string {
  const from = `${primary.id} went from ${String(primary.baseline)} to ${String(primary.latest)} in ${plural(ctx.snapshot.daysInProgram, 'day')}`;
  return `Continue and revise the plan: ${from}, less than the ${String(primary.row.adequate)}-point fall of an adequate response.`;
}

function substanceSentence(ctx: RuleContext): string {
  const use = ctx.snapshot.substanceUse;
  const last = use?.last14 ?? 0;
  const prior = use?.prior14 ?? 0;
  return `Intensify suggested: substance use on ${String(last)} of the last 14 days, not fewer than the ${plural(prior, 'day')} in the 14 days before.`;
}

function measureSentence(ctx: RuleContext, rule: RuleId): string | null {
  const primary = ctx.primary;
  if (primary === null) return null;
  if (rule === 'intensify.reliable_deterioration') {
    return `Intensify suggested: ${primary.id} rose from ${String(primary.baseline)} to ${String(primary.latest)} since baseline (reliably worse, ≥ ${String(primary.row.rc)} points).`;
  }
  if (rule === 'discharge.goals_met') return goalsMetSentence(ctx, primary);
  if (rule === 'step_down.sustained_improvement') return stepDownSentence(ctx, primary);
  if (rule === 'continue.non_response') return nonResponseSentence(ctx, primary);
  return null;
}

function sentenceFor(ctx: RuleContext, rule: RuleId): string {
  const s = ctx.snapshot;
  switch (rule) {
    case 'intensify.safety_event':
      return safetyEventSentence(ctx);
    case 'intensify.substance_use':
      return substanceSentence(ctx);
    case 'discharge.disengaged':
      return `Discharge suggested (treatment not completed): no session attended in ${plural(s.daysSinceLastAttended, 'day')} and the last ${plural(s.consecutiveMissed, 'scheduled session')} missed; document outreach first.`;
    case 'intensify.low_attendance':
      return `Intensify suggested: ${attendance(ctx)} is below ${String(ctx.params.lowAttendancePct)} %; offer more engagement support (outreach, family, schedule change).`;
    case 'continue.safety_gate':
      return safetyGateSentence(ctx);
    case 'continue.measure_due':
      return measureDueSentence(ctx);
    case 'continue.default':
      return 'Continue: nothing suggests stepping down, intensifying or discharge yet.';
    default:
      return measureSentence(ctx, rule) ?? `${ruleById(rule).recommendation}: ${rule}`;
  }
}

/** One explanation per matched rule of `result`, in precedence order (the first is the recommendation's own). */
export function explainRecommendation(snapshot: ReviewSnapshot, result: RecommendationResult): RuleExplanation[] {
  const ctx = ruleContext(snapshot, result.params, assertValidSnapshot(snapshot, result.params));
  return result.matchedRules.map((id) => {
    const rule = ruleById(id);
    return { rule: id, recommendation: rule.recommendation, sentence: sentenceFor(ctx, id), why: rule.why, source: rule.source };
  });
}

/** A data warning and what it means for the recommendation, in plain words. */
export interface DataWarningExplanation {
  readonly warning: DataWarning;
  readonly sentence: string;
}

function warningSentence(warning: DataWarning, params: RecommendationResult['params']): string {
  switch (warning) {
    case 'late_baseline':
      return 'The baseline score was not given around admission, so the change from baseline may understate the client’s progress.';
    case 'attendance_denominator_below_min':
      return `Fewer than ${plural(params.minAttendanceDenominator, 'session')} were due in the attendance window, too few to judge attendance.`;
    case 'substance_days_unknown':
      return `More than ${plural(params.substanceUnknownMaxDays, 'day')} of the last 14 have no substance-use record, so the client cannot count as abstinent.`;
    case 'no_primary_measure':
      return 'There is no primary outcome score, so no rule based on measures can apply.';
  }
}

/** One plain-words sentence per data warning of `result`, in the result's order. */
export function explainDataWarnings(result: RecommendationResult): DataWarningExplanation[] {
  return result.dataWarnings.map((warning) => ({ warning, sentence: warningSentence(warning, result.params) }));
}
