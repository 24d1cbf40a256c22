/**
 * The facts the rules read, computed once from a valid snapshot (progress.md §5.3 "Predicates"). Percentages are
 * compared in integers (`attended × 100 ≥ p × denominator`) and windows are inclusive (§0.2).
 */
import { classifyChange } from '../../instruments';
import type { ProgressRuleParams } from './params';
import type { ReviewSnapshot } from './snapshot';
import type { ResolvedPrimary } from './validate-snapshot';

/** A primary measure with a baseline: the only kind the measure rules can judge. */
export interface MeasuredPrimary extends ResolvedPrimary {
  readonly baseline: number;
  readonly scores: readonly number[];
  /** `scores.at(-1)`, or the baseline when there is no later score. */
  readonly latest: number;
}

/** What every rule and sentence is given. */
export interface RuleContext {
  readonly snapshot: ReviewSnapshot;
  readonly params: ProgressRuleParams;
  /** Null without a primary instrument or without any administration of it. */
  readonly primary: MeasuredPrimary | null;
  /** `n` of §5.3: scores after the baseline. */
  readonly n: number;
  /** scheduled − excused. */
  readonly denominator: number;
}

/** Builds the context; `primary` comes from `assertValidSnapshot`. */
export function ruleContext(snapshot: ReviewSnapshot, params: ProgressRuleParams, resolved: ResolvedPrimary | null): RuleContext {
  const input = snapshot.primary;
  const baseline = input?.baseline ?? null;
  const primary =
    resolved === null || input === null || baseline === null ? null : { ...resolved, baseline, scores: input.scores, latest: input.scores.at(-1) ?? baseline };
  return {
    snapshot,
    params,
    primary,
    n: primary?.scores.length ?? 0,
    denominator: snapshot.attendance.scheduled - snapshot.attendance.excused,
  };
}

/** `attendance% ≥ p` ⇔ `attended × 100 ≥ p × (scheduled − excused)`. */
export function attendanceAtLeast(ctx: RuleContext, pct: number): boolean {
  return ctx.snapshot.attendance.attended * 100 >= pct * ctx.denominator;
}

/** `met × 100 ≥ pct × active`, with at least one active objective. */
export function objectivesMetAtLeast(ctx: RuleContext, pct: number): boolean {
  const { active, met } = ctx.snapshot.objectives;
  return active >= 1 && met * 100 >= pct * active;
}

/** `baseline − latest ≥ rc` on the primary instrument (shared/instruments `classifyChange`, inclusive). */
export function reliablyImproved(primary: MeasuredPrimary): boolean {
  return classifyChange(primary.id, primary.baseline, primary.latest, { thresholdPoints: primary.row.rc }) === 'reliably_improved';
}

/**
 * `improvedToCeiling(c)`: the last `stepDownConsecutive` scores (default 2) are all ≤ c, and the baseline was below the
 * cut-off or the fall is reliable. The baseline-below-cut-off waiver is WD (§5.3). Choice: the one consecutive-count
 * parameter governs both uses of the predicate (rule 8 with the remission ceiling, rule 9 with the step-down ceiling),
 * as §5.3 defines a single predicate.
 */
export function improvedToCeiling(ctx: RuleContext, ceiling: number): boolean {
  const primary = ctx.primary;
  const k = ctx.params.stepDownConsecutive;
  if (primary === null || ctx.n < k) return false;
  if (!primary.scores.slice(-k).every((score) => score <= ceiling)) return false;
  return primary.baseline < primary.row.cutoff || reliablyImproved(primary);
}

/** `reliablyWorse`: `n ≥ 1` and `latest − baseline ≥ rc`. */
export function reliablyWorse(ctx: RuleContext): boolean {
  const primary = ctx.primary;
  if (primary === null || ctx.n < 1) return false;
  return classifyChange(primary.id, primary.baseline, primary.latest, { thresholdPoints: primary.row.rc }) === 'reliably_deteriorated';
}

/** Safety events of a severity within the last `days` days (inclusive). */
export function eventsWithin(ctx: RuleContext, severity: 'high' | 'lower', days: number): number[] {
  return ctx.snapshot.safetyEvents.filter((e) => e.severity === severity && e.daysAgo <= days).map((e) => e.daysAgo);
}

/** `gate`: a `lower` event within `lowerSafetyGateDays` or a `high` event within `highSafetyGateDays`. */
export function safetyGate(ctx: RuleContext): boolean {
  return eventsWithin(ctx, 'lower', ctx.params.lowerSafetyGateDays).length > 0 || eventsWithin(ctx, 'high', ctx.params.highSafetyGateDays).length > 0;
}

/** Substance rules apply to `sud` and `co` when use is tracked. */
export function substanceTracked(ctx: RuleContext): boolean {
  return ctx.snapshot.track !== 'mh' && ctx.snapshot.substanceUse !== null;
}

/** `substanceClean`: `mh`, or not tracked, or no use in 14 days with at most `substanceUnknownMaxDays` unknown. */
export function substanceClean(ctx: RuleContext): boolean {
  const use = ctx.snapshot.substanceUse;
  if (ctx.snapshot.track === 'mh' || use === null) return true;
  return use.last14 === 0 && use.unknown14 <= ctx.params.substanceUnknownMaxDays;
}
