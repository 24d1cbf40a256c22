/** recommendLevelOfCare (progress.md §5.3): precedence, result shape, data warnings and the frozen parameters. */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PROGRESS_RULE_PARAMS,
  InvalidRuleParamsError,
  recommendLevelOfCare,
  type DataWarning,
  type ProgressRuleParams,
  type Recommendation,
  type ReviewSnapshot,
  type RuleId,
} from '../../../../../shared/progress/recommendation';
import { BASE, GOALS_MET, STEP_DOWN, snap, thrownBy } from './helpers';

const high = (daysAgo: number) => ({ daysAgo, severity: 'high' as const });
const lower = (daysAgo: number) => ({ daysAgo, severity: 'lower' as const });

describe('precedence: the first match is the recommendation, every match is listed in order', () => {
  it.each<[string, ReviewSnapshot, Recommendation, RuleId[], boolean]>([
    [
      'open alert beats step-down data',
      snap({ ...STEP_DOWN, openSafetyAlert: true }),
      'intensify',
      ['intensify.safety_event', 'step_down.sustained_improvement', 'continue.default'],
      true,
    ],
    [
      'high event 10 days ago: intensify, gate, step-down',
      snap({ ...STEP_DOWN, safetyEvents: [high(10)] }),
      'intensify',
      ['intensify.safety_event', 'continue.safety_gate', 'step_down.sustained_improvement', 'continue.default'],
      true,
    ],
    [
      'lower event gates step-down',
      snap({ ...STEP_DOWN, safetyEvents: [lower(3)] }),
      'continue',
      ['continue.safety_gate', 'step_down.sustained_improvement', 'continue.default'],
      false,
    ],
    [
      'deterioration before substance use and low attendance',
      snap({
        track: 'co',
        daysInProgram: 30,
        primary: { baseline: 10, scores: [16] },
        substanceUse: { last14: 4, prior14: 1, unknown14: 0 },
        attendance: { scheduled: 10, attended: 5, excused: 0 },
      }),
      'intensify',
      ['intensify.reliable_deterioration', 'intensify.substance_use', 'intensify.low_attendance', 'continue.non_response', 'continue.default'],
      true,
    ],
    [
      'disengaged before low attendance',
      snap({ daysSinceLastAttended: 20, consecutiveMissed: 4, attendance: { scheduled: 8, attended: 2, excused: 0 } }),
      'discharge',
      ['discharge.disengaged', 'intensify.low_attendance', 'continue.default'],
      false,
    ],
    [
      'gate blocks disengagement discharge',
      snap({ daysSinceLastAttended: 20, consecutiveMissed: 4, attendance: { scheduled: 8, attended: 2, excused: 0 }, safetyEvents: [lower(5)] }),
      'intensify',
      ['intensify.low_attendance', 'continue.safety_gate', 'continue.default'],
      true,
    ],
    [
      'stale measure before goals met',
      snap({ ...GOALS_MET, primary: { ...GOALS_MET.primary, lastAdministeredDaysAgo: 15 } }),
      'continue',
      ['continue.measure_due', 'discharge.goals_met', 'step_down.sustained_improvement', 'continue.default'],
      false,
    ],
    ['goals met before step-down', GOALS_MET, 'discharge', ['discharge.goals_met', 'step_down.sustained_improvement', 'continue.default'], false],
    [
      'non-response behind the gate: no plan revision flag',
      snap({ daysInProgram: 30, primary: { baseline: 15, scores: [13] }, safetyEvents: [lower(1)] }),
      'continue',
      ['continue.safety_gate', 'continue.non_response', 'continue.default'],
      false,
    ],
    [
      'non-response alone suggests a plan revision',
      snap({ daysInProgram: 30, primary: { baseline: 15, scores: [13] } }),
      'continue',
      ['continue.non_response', 'continue.default'],
      true,
    ],
    ['nothing but the default', BASE, 'continue', ['continue.default'], false],
  ])('%s', (_name, snapshot, recommendation, matchedRules, planRevisionSuggested) => {
    const result = recommendLevelOfCare(snapshot);
    expect(result).toMatchObject({ recommendation, rule: matchedRules[0], matchedRules, planRevisionSuggested });
  });
});

describe('the issue’s scenarios as unit vectors', () => {
  it('PHQ-9 18 → 13 → 9 → 8 with 10 of 12 sessions attended: step down suggested', () => {
    expect(recommendLevelOfCare(STEP_DOWN)).toEqual({
      recommendation: 'step_down',
      rule: 'step_down.sustained_improvement',
      matchedRules: ['step_down.sustained_improvement', 'continue.default'],
      planRevisionSuggested: false,
      dataWarnings: [],
      ruleSetVersion: 'waypoint-progress-rules/1',
      params: DEFAULT_PROGRESS_RULE_PARAMS,
    });
  });

  it.each<[string, ReviewSnapshot]>([
    ['step-down scores', STEP_DOWN],
    ['remission and goals met', GOALS_MET],
    ['worse scores', snap({ primary: { baseline: 10, scores: [20] } })],
    ['no scores at all', snap({ primary: null })],
  ])('an open item-9 alert intensifies whatever the scores: %s', (_name, snapshot) => {
    const result = recommendLevelOfCare({ ...snapshot, openSafetyAlert: true });
    expect(result.recommendation).toBe('intensify');
    expect(result.rule).toBe('intensify.safety_event');
    expect(result.planRevisionSuggested).toBe(true);
  });
});

describe('data warnings, in the contract’s order', () => {
  it.each<[string, ReviewSnapshot, DataWarning[], Partial<ProgressRuleParams>?]>([
    ['none', BASE, []],
    ['late baseline', snap({ primary: { lateBaseline: true } }), ['late_baseline']],
    ['baseline in window', snap({ primary: { lateBaseline: false } }), []],
    ['3 sessions due', snap({ attendance: { scheduled: 3, attended: 3, excused: 0 } }), ['attendance_denominator_below_min']],
    ['5 scheduled, 2 excused', snap({ attendance: { scheduled: 5, attended: 3, excused: 2 } }), ['attendance_denominator_below_min']],
    ['4 sessions due', snap({ attendance: { scheduled: 4, attended: 4, excused: 0 } }), []],
    ['sud: 3 unknown days', snap({ track: 'sud', substanceUse: { last14: 0, prior14: 0, unknown14: 3 } }), ['substance_days_unknown']],
    ['sud: 2 unknown days', snap({ track: 'sud', substanceUse: { last14: 0, prior14: 0, unknown14: 2 } }), []],
    ['co: use not tracked is clean, no warning', snap({ track: 'co', substanceUse: null }), []],
    ['mh: unknown days are not read', snap({ substanceUse: { last14: 0, prior14: 0, unknown14: 14 } }), []],
    ['no primary instrument', snap({ primary: null }), ['no_primary_measure']],
    ['never administered', snap({ primary: { baseline: null, scores: [], lastAdministeredDaysAgo: null, lateBaseline: true } }), ['no_primary_measure']],
    [
      'three at once',
      snap({ track: 'sud', substanceUse: { last14: 0, prior14: 0, unknown14: 9 }, primary: null, attendance: { scheduled: 0, attended: 0, excused: 0 } }),
      ['attendance_denominator_below_min', 'substance_days_unknown', 'no_primary_measure'],
    ],
    [
      'late baseline with two others',
      snap({
        track: 'sud',
        substanceUse: { last14: 1, prior14: 0, unknown14: 13 },
        primary: { lateBaseline: true },
        attendance: { scheduled: 1, attended: 1, excused: 0 },
      }),
      ['late_baseline', 'attendance_denominator_below_min', 'substance_days_unknown'],
    ],
    ['sud: 3 unknown days allowed', snap({ track: 'sud', substanceUse: { last14: 0, prior14: 0, unknown14: 3 } }), [], { substanceUnknownMaxDays: 3 }],
    ['2 sessions due, minimum 2', snap({ attendance: { scheduled: 2, attended: 2, excused: 0 } }), [], { minAttendanceDenominator: 2 }],
  ])('%s', (_name, snapshot, warnings, params) => {
    expect(recommendLevelOfCare(snapshot, params).dataWarnings).toEqual(warnings);
  });
});

describe('parameters', () => {
  it('returns the defaults, frozen, when none are given', () => {
    const { params, ruleSetVersion } = recommendLevelOfCare(BASE);
    expect(params).toEqual(DEFAULT_PROGRESS_RULE_PARAMS);
    expect(ruleSetVersion).toBe('waypoint-progress-rules/1');
    expect(Object.isFrozen(params)).toBe(true);
    expect(Object.isFrozen(params.instruments)).toBe(true);
    expect(Object.isFrozen(params.instruments['PHQ-9'])).toBe(true);
  });

  it('returns a frozen copy of the overrides, unaffected by later changes to them', () => {
    const phq9 = { rc: 5, cutoff: 10, stepDown: 9, remission: 4, adequate: 5 };
    const overrides = { stepDownAttendancePct: 75, ruleSetVersion: 'clinic-a/2', instruments: { 'PHQ-9': phq9 } };
    const { params, ruleSetVersion } = recommendLevelOfCare(BASE, overrides);
    overrides.stepDownAttendancePct = 10;
    phq9.rc = 1;
    expect(params.stepDownAttendancePct).toBe(75);
    expect(params.instruments['PHQ-9']?.rc).toBe(5);
    expect(params.instruments['GAD-7']).toEqual(DEFAULT_PROGRESS_RULE_PARAMS.instruments['GAD-7']);
    expect(ruleSetVersion).toBe('clinic-a/2');
    expect(params).not.toBe(overrides);
    expect(Object.isFrozen(params) && Object.isFrozen(params.instruments['PHQ-9'])).toBe(true);
    expect(() => Object.assign(params, { lowAttendancePct: 1 })).toThrow(TypeError);
  });

  it('lets a clinic add an instrument to the table', () => {
    const overrides = { instruments: { K6: { rc: 5, cutoff: 13, stepDown: 12, remission: 4, adequate: 5 } } };
    const result = recommendLevelOfCare(snap({ primary: { instrument: 'K6', baseline: 8, scores: [14] } }), overrides);
    expect(result.rule).toBe('intensify.reliable_deterioration');
  });

  it.each<[string, Partial<ProgressRuleParams>, string]>([
    ['percentage above 100', { lowAttendancePct: 101 }, 'lowAttendancePct'],
    ['zero denominator', { minAttendanceDenominator: 0 }, 'minAttendanceDenominator'],
    ['remission above step-down', { instruments: { 'PHQ-9': { rc: 6, cutoff: 10, stepDown: 9, remission: 10, adequate: 5 } } }, 'instruments.PHQ-9.remission'],
  ])('refuses unusable parameters: %s', (_name, overrides, field) => {
    const thrown = thrownBy(() => recommendLevelOfCare(BASE, overrides));
    expect(thrown).toBeInstanceOf(InvalidRuleParamsError);
    expect(thrown instanceof InvalidRuleParamsError ? thrown.problems.map((p) => p.field) : null).toEqual([field]);
  });
});
