/** Errors of the recommendation engine (progress.md §5.3): impossible snapshots and unusable rule parameters. */

/** Thrown for a snapshot that cannot describe a real client (§5.3 contract); nothing is guessed or coerced. */
export class InvalidSnapshotError extends Error {
  readonly code = 'invalid_snapshot';
  /** Dotted path of the offending field, e.g. `attendance.attended`. */
  readonly field: string;

  /** Names the field at fault and what is wrong with it. */
  constructor(field: string, message: string) {
    super(`${field}: ${message}`);
    this.name = 'InvalidSnapshotError';
    this.field = field;
  }
}

/** One problem with a rule parameter, at the field a settings screen shows it on. */
export interface ParamProblem {
  /** Dotted path, e.g. `stepDownAttendancePct` or `instruments.PHQ-9.stepDown`. */
  readonly field: string;
  readonly message: string;
}

/** Thrown by the engine when the merged parameters fail `validateProgressRuleParams`. */
export class InvalidRuleParamsError extends Error {
  readonly code = 'invalid_rule_params';
  readonly problems: readonly ParamProblem[];

  /** Lists every problem found, not only the first. */
  constructor(problems: readonly ParamProblem[]) {
    super(`Invalid progress rule parameters: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`);
    this.name = 'InvalidRuleParamsError';
    this.problems = problems;
  }
}
