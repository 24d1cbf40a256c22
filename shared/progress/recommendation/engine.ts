/**
 * `recommendLevelOfCare` (progress.md §5.3): decision support only — it never changes a level of care, a plan or a
 * status. Pure: same snapshot and parameters, same result.
 */
import { ruleContext } from './context';
import type { RuleContext } from './context';
import { InvalidRuleParamsError } from './errors';
import { resolveProgressRuleParams } from './params';
import type { ProgressRuleParams } from './params';
import { RULES } from './rules';
import type { Recommendation, RuleId } from './rules';
import type { ReviewSnapshot } from './snapshot';
import { validateProgressRuleParams } from './validate-params';
import { assertValidSnapshot } from './validate-snapshot';

export type DataWarning = 'late_baseline' | 'attendance_denominator_below_min' | 'substance_days_unknown' | 'no_primary_measure';

export interface RecommendationResult {
  readonly recommendation: Recommendation;
  /** First match in precedence order. */
  readonly rule: RuleId;
  /** All matches, precedence order, always ending with `continue.default`. */
  readonly matchedRules: readonly RuleId[];
  /** True when `rule` is an `intensify.*` rule or `continue.non_response`. */
  readonly planRevisionSuggested: boolean;
  readonly dataWarnings: readonly DataWarning[];
  readonly ruleSetVersion: string;
  /** Frozen copy of the parameters used. */
  readonly params: ProgressRuleParams;
}

/**
 * Data warnings in the order of the contract's union. Choices: `substance_days_unknown` fires for a `sud`/`co` client
 * whose unknown days exceed `substanceUnknownMaxDays` (what blocks `substanceClean`); untracked use (`null`) is clean
 * by §5.3 and gives no warning; `no_primary_measure` means no primary instrument or no administration of it at all
 * (a baseline without follow-up is `continue.measure_due`, not a warning).
 */
function dataWarnings(ctx: RuleContext): DataWarning[] {
  const { snapshot, params } = ctx;
  const use = snapshot.substanceUse;
  const warnings: [DataWarning, boolean][] = [
    ['late_baseline', ctx.primary !== null && snapshot.primary?.lateBaseline === true],
    ['attendance_denominator_below_min', ctx.denominator < params.minAttendanceDenominator],
    ['substance_days_unknown', snapshot.track !== 'mh' && use !== null && use.unknown14 > params.substanceUnknownMaxDays],
    ['no_primary_measure', ctx.primary === null],
  ];
  return warnings.filter(([, on]) => on).map(([warning]) => warning);
}

/**
 * Choice: `planRevisionSuggested` follows the recommendation's own rule (§5.3 "true for intensify.* and
 * continue.non_response"), not the other matched rules, which the display lists as "Other signals".
 */
function suggestsPlanRevision(rule: RuleId): boolean {
  return rule.startsWith('intensify.') || rule === 'continue.non_response';
}

/** Recommends continue, step down, intensify or discharge from a review snapshot (§5.3); throws InvalidSnapshotError. */
export function recommendLevelOfCare(snapshot: ReviewSnapshot, params?: Partial<ProgressRuleParams>): RecommendationResult {
  const resolved = resolveProgressRuleParams(params);
  const problems = validateProgressRuleParams(resolved);
  if (problems.length > 0) throw new InvalidRuleParamsError(problems);
  const ctx = ruleContext(snapshot, resolved, assertValidSnapshot(snapshot, resolved));
  const matched = RULES.filter((rule) => rule.matches(ctx));
  const [first] = matched;
  if (first === undefined) throw new Error('continue.default must always match');
  return {
    recommendation: first.recommendation,
    rule: first.id,
    matchedRules: matched.map((rule) => rule.id),
    planRevisionSuggested: suggestsPlanRevision(first.id),
    dataWarnings: dataWarnings(ctx),
    ruleSetVersion: resolved.ruleSetVersion,
    params: resolved,
  };
}
