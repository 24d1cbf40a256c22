/**
 * Pure validation of a rule-parameter set for the clinic settings screen (progress.md §5.3 "Parameters", §11):
 * every problem at its field, in plain words. The engine refuses a set with any problem.
 */
import { getInstrument } from '../../instruments';
import type { ParamProblem } from './errors';
import type { InstrumentRuleParams, ProgressRuleParams } from './params';

type NumberKey = {
  [K in keyof ProgressRuleParams]: ProgressRuleParams[K] extends number ? K : never;
}[keyof ProgressRuleParams];

/**
 * [field, min, max] — every numeric setting is a whole number (percentages are compared in integers, §0.2). Only
 * values that make a rule meaningless are refused; odd but workable combinations (say, a low-attendance threshold
 * above the step-down one) are the clinic's choice.
 */
const WHOLE_NUMBER_RANGES: readonly (readonly [NumberKey, number, number])[] = [
  ['attendanceWindowDays', 1, Infinity],
  ['highSafetyIntensifyDays', 0, Infinity],
  ['lowerSafetyGateDays', 0, Infinity],
  ['highSafetyGateDays', 0, Infinity],
  ['lowAttendancePct', 0, 100],
  ['stepDownAttendancePct', 0, 100],
  ['minAttendanceDenominator', 1, Infinity],
  ['disengagedDaysSinceAttended', 0, Infinity],
  ['disengagedConsecutiveMissed', 1, Infinity],
  ['measureStaleDays', 0, Infinity],
  ['nonResponseMinDays', 0, Infinity],
  ['substanceUseIntensifyDays', 1, 14],
  ['substanceUnknownMaxDays', 0, 14],
  ['dischargeObjectivesMetPct', 0, 100],
  ['stepDownRequiresObjectivesMetPct', 0, 100],
  ['stepDownConsecutive', 1, Infinity],
];

function isWhole(value: unknown, min: number, max: number): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

function wholeProblem(field: string, value: unknown, min: number, max: number): ParamProblem[] {
  if (isWhole(value, min, max)) return [];
  const range = max === Infinity ? `of at least ${String(min)}` : `from ${String(min)} to ${String(max)}`;
  return [{ field, message: `must be a whole number ${range}` }];
}

/** Problems of one instrument row: thresholds inside the instrument's score range, remission no higher than step-down. */
function instrumentProblems(id: string, row: InstrumentRuleParams | undefined): ParamProblem[] {
  const field = `instruments.${id}`;
  const def = getInstrument(id);
  const range = def?.change.range ?? null;
  if (!def || range === null || def.change.measure !== 'total' || def.change.direction !== 'higher_is_worse') {
    return [{ field, message: 'is not an instrument with a total where higher means worse' }];
  }
  if (row === undefined) return [{ field, message: 'needs rc, cutoff, stepDown, remission and adequate' }];
  const span = range.max - range.min;
  const problems = [
    ...wholeProblem(`${field}.rc`, row.rc, 1, span),
    ...wholeProblem(`${field}.adequate`, row.adequate, 1, span),
    ...wholeProblem(`${field}.cutoff`, row.cutoff, range.min, range.max),
    ...wholeProblem(`${field}.stepDown`, row.stepDown, range.min, range.max),
    ...wholeProblem(`${field}.remission`, row.remission, range.min, range.max),
  ];
  if (problems.length === 0 && row.remission > row.stepDown) {
    problems.push({ field: `${field}.remission`, message: 'must not be above the step-down ceiling' });
  }
  return problems;
}

/** Every problem of a parameter set, each at its field; an empty list means the engine accepts it. */
export function validateProgressRuleParams(params: ProgressRuleParams): ParamProblem[] {
  const problems: ParamProblem[] = [];
  if (typeof params.ruleSetVersion !== 'string' || params.ruleSetVersion.trim() === '') {
    problems.push({ field: 'ruleSetVersion', message: 'must name the rule-set version' });
  }
  if (typeof params.intensifyOnLowerEvents !== 'boolean') {
    problems.push({ field: 'intensifyOnLowerEvents', message: 'must be on or off' });
  }
  for (const [key, min, max] of WHOLE_NUMBER_RANGES) problems.push(...wholeProblem(key, params[key], min, max));
  for (const [id, row] of Object.entries(params.instruments)) problems.push(...instrumentProblems(id, row));
  return problems;
}
