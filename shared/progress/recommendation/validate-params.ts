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

/** [field, min, max] — every numeric setting is a whole number (percentages are compared in integers, §0.2). */
const WHOLE_NUMBER_RANGES: readonly (readonly [NumberKey, number, number])[] = [
  ['attendanceWindowDays', 1, 365],
  ['highSafetyIntensifyDays', 0, 365],
  ['lowerSafetyGateDays', 0, 365],
  ['highSafetyGateDays', 0, 365],
  ['lowAttendancePct', 0, 100],
  ['stepDownAttendancePct', 0, 100],
  ['minAttendanceDenominator', 1, 1000],
  ['disengagedDaysSinceAttended', 0, 365],
  ['disengagedConsecutiveMissed', 1, 1000],
  ['measureStaleDays', 0, 365],
  ['nonResponseMinDays', 0, 365],
  ['substanceUseIntensifyDays', 1, 14],
  ['substanceUnknownMaxDays', 0, 14],
  ['dischargeObjectivesMetPct', 0, 100],
  ['stepDownRequiresObjectivesMetPct', 0, 100],
  ['stepDownConsecutive', 1, 10],
];

function isWhole(value: unknown, min: number, max: number): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

function wholeProblem(field: string, value: unknown, min: number, max: number): ParamProblem[] {
  return isWhole(value, min, max) ? [] : [{ field, message: `must be a whole number from ${String(min)} to ${String(max)}` }];
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
  const { lowAttendancePct: low, stepDownAttendancePct: stepDown } = params;
  if (isWhole(low, 0, 100) && isWhole(stepDown, 0, 100) && low > stepDown) {
    problems.push({ field: 'lowAttendancePct', message: 'must not be above the step-down attendance percentage' });
  }
  for (const [id, row] of Object.entries(params.instruments)) problems.push(...instrumentProblems(id, row));
  return problems;
}
