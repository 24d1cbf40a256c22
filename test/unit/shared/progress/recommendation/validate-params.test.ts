/** validateProgressRuleParams: every problem at its field, for the clinic settings screen. */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PROGRESS_RULE_PARAMS,
  validateProgressRuleParams,
  type InstrumentRuleParams,
  type ProgressRuleParams,
} from '../../../../../shared/progress/recommendation';

const D = DEFAULT_PROGRESS_RULE_PARAMS;
const PHQ9: InstrumentRuleParams = { rc: 6, cutoff: 10, stepDown: 9, remission: 4, adequate: 5 };
const withPhq9 = (row: Partial<InstrumentRuleParams>): ProgressRuleParams => ({ ...D, instruments: { ...D.instruments, 'PHQ-9': { ...PHQ9, ...row } } });

describe('validateProgressRuleParams', () => {
  it.each<[string, ProgressRuleParams, string[]]>([
    ['defaults', D, []],
    ['empty rule-set version', { ...D, ruleSetVersion: ' ' }, ['ruleSetVersion']],
    ['percentage 101', { ...D, stepDownAttendancePct: 101 }, ['stepDownAttendancePct']],
    ['percentage 100 and 0', { ...D, stepDownAttendancePct: 100, lowAttendancePct: 0 }, []],
    ['fractional percentage', { ...D, lowAttendancePct: 59.5 }, ['lowAttendancePct']],
    ['negative days', { ...D, measureStaleDays: -1 }, ['measureStaleDays']],
    ['NaN days', { ...D, nonResponseMinDays: Number.NaN }, ['nonResponseMinDays']],
    ['zero attendance window', { ...D, attendanceWindowDays: 0 }, ['attendanceWindowDays']],
    ['zero minimum denominator', { ...D, minAttendanceDenominator: 0 }, ['minAttendanceDenominator']],
    ['zero consecutive administrations', { ...D, stepDownConsecutive: 0 }, ['stepDownConsecutive']],
    ['15 unknown substance days', { ...D, substanceUnknownMaxDays: 15 }, ['substanceUnknownMaxDays']],
    ['0 use days to intensify', { ...D, substanceUseIntensifyDays: 0 }, ['substanceUseIntensifyDays']],
    [
      'objectives 120 %',
      { ...D, dischargeObjectivesMetPct: 120, stepDownRequiresObjectivesMetPct: -5 },
      ['dischargeObjectivesMetPct', 'stepDownRequiresObjectivesMetPct'],
    ],
    ['low attendance above step-down attendance is the clinic’s choice', { ...D, lowAttendancePct: 85 }, []],
    ['a year-long window', { ...D, highSafetyGateDays: 400 }, []],
    ['PHQ-9 remission above step-down', withPhq9({ remission: 10 }), ['instruments.PHQ-9.remission']],
    ['PHQ-9 cut-off 28', withPhq9({ cutoff: 28 }), ['instruments.PHQ-9.cutoff']],
    ['PHQ-9 rc 0 and adequate 0', withPhq9({ rc: 0, adequate: 0 }), ['instruments.PHQ-9.rc', 'instruments.PHQ-9.adequate']],
    [
      'K10 step-down 9 (below its range)',
      { ...D, instruments: { ...D.instruments, K10: { rc: 7, cutoff: 22, stepDown: 9, remission: 9, adequate: 7 } } },
      ['instruments.K10.stepDown', 'instruments.K10.remission'],
    ],
    ['WHO-5 (higher is better)', { ...D, instruments: { ...D.instruments, 'WHO-5': PHQ9 } }, ['instruments.WHO-5']],
    ['C-SSRS (no total)', { ...D, instruments: { ...D.instruments, 'C-SSRS-Screener': PHQ9 } }, ['instruments.C-SSRS-Screener']],
  ])('%s', (_name, params, fields) => {
    expect(validateProgressRuleParams(params).map((p) => p.field)).toEqual(fields);
  });

  it('says what is wrong in plain words', () => {
    expect(validateProgressRuleParams({ ...D, lowAttendancePct: 101, measureStaleDays: -1 })).toEqual([
      { field: 'lowAttendancePct', message: 'must be a whole number from 0 to 100' },
      { field: 'measureStaleDays', message: 'must be a whole number of at least 0' },
    ]);
  });

  it('refuses an instrument this build does not know', () => {
    const params: unknown = { ...D, instruments: { 'BDI-II': PHQ9 } };
    expect(validateProgressRuleParams(params as ProgressRuleParams).map((p) => p.field)).toEqual(['instruments.BDI-II']);
  });
});
