/** Public surface of the level-of-care recommendation engine (progress.md §5.2–§5.3). */
export { recommendLevelOfCare } from './engine';
export type { DataWarning, RecommendationResult } from './engine';
export { InvalidRuleParamsError, InvalidSnapshotError } from './errors';
export type { ParamProblem } from './errors';
export { DEFAULT_PROGRESS_RULE_PARAMS, RULE_SET_VERSION, resolveProgressRuleParams } from './params';
export type { InstrumentRuleParams, ProgressRuleParams } from './params';
export { RULES } from './rules';
export type { Recommendation, Rule, RuleId } from './rules';
export type { RuleContext } from './context';
export { explainDataWarnings, explainRecommendation } from './sentences';
export type { DataWarningExplanation, RuleExplanation } from './sentences';
export { SAFETY_SEVERITIES, TRACKS } from './snapshot';
export type * from './snapshot';
export type * from './evidence';
export { validateProgressRuleParams } from './validate-params';
