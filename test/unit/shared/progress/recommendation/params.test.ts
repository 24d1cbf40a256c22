/** The §5.3 parameter defaults are the contract; the instrument numbers come from shared/instruments. */
import { describe, expect, it } from 'vitest';
import { getInstrument } from '../../../../../shared/instruments';
import {
  DEFAULT_PROGRESS_RULE_PARAMS,
  RULE_SET_VERSION,
  resolveProgressRuleParams,
  validateProgressRuleParams,
  type ProgressRuleParams,
} from '../../../../../shared/progress/recommendation';

/** progress.md §5.3 "Parameters", verbatim. */
const SPEC_JSON = `{
  "ruleSetVersion": "waypoint-progress-rules/1",
  "attendanceWindowDays": 28,
  "highSafetyIntensifyDays": 14, "lowerSafetyGateDays": 14, "highSafetyGateDays": 30, "intensifyOnLowerEvents": false,
  "lowAttendancePct": 60, "stepDownAttendancePct": 80, "minAttendanceDenominator": 4,
  "disengagedDaysSinceAttended": 14, "disengagedConsecutiveMissed": 3,
  "measureStaleDays": 14, "nonResponseMinDays": 28,
  "substanceUseIntensifyDays": 3, "substanceUnknownMaxDays": 2,
  "dischargeObjectivesMetPct": 100, "stepDownRequiresObjectivesMetPct": 0,
  "stepDownConsecutive": 2,
  "instruments": {
    "PHQ-9": { "rc": 6, "cutoff": 10, "stepDown": 9,  "remission": 4,  "adequate": 5 },
    "GAD-7": { "rc": 4, "cutoff": 10, "stepDown": 9,  "remission": 4,  "adequate": 4 },
    "PCL-5": { "rc": 10, "cutoff": 33, "stepDown": 32, "remission": 28, "adequate": 10 },
    "K10":   { "rc": 7, "cutoff": 22, "stepDown": 21, "remission": 15, "adequate": 7 }
  }
}`;

describe('defaults', () => {
  it('equal the §5.3 JSON', () => {
    const spec: unknown = JSON.parse(SPEC_JSON);
    expect(DEFAULT_PROGRESS_RULE_PARAMS).toEqual(spec);
    expect(RULE_SET_VERSION).toBe('waypoint-progress-rules/1');
  });

  it.each(['PHQ-9', 'GAD-7', 'PCL-5', 'K10'] as const)('%s reliable change is the instrument library’s own', (id) => {
    expect(DEFAULT_PROGRESS_RULE_PARAMS.instruments[id]?.rc).toBe(getInstrument(id)?.change.reliableChangePoints);
  });

  it('pass their own validation and are frozen', () => {
    expect(validateProgressRuleParams(DEFAULT_PROGRESS_RULE_PARAMS)).toEqual([]);
    expect(Object.isFrozen(DEFAULT_PROGRESS_RULE_PARAMS)).toBe(true);
    expect(Object.isFrozen(DEFAULT_PROGRESS_RULE_PARAMS.instruments.K10)).toBe(true);
  });
});

describe('resolveProgressRuleParams', () => {
  it.each<[string, Partial<ProgressRuleParams> | undefined, Partial<ProgressRuleParams>]>([
    ['no overrides', undefined, {}],
    ['one number', { lowAttendancePct: 50 }, { lowAttendancePct: 50 }],
    ['a key given as undefined keeps its default', { lowAttendancePct: undefined, measureStaleDays: 21 }, { measureStaleDays: 21 }],
    ['the stricter safety rule', { intensifyOnLowerEvents: true }, { intensifyOnLowerEvents: true }],
    [
      'one instrument row',
      { instruments: { 'GAD-7': { rc: 6, cutoff: 10, stepDown: 9, remission: 4, adequate: 4 } } },
      { instruments: { ...DEFAULT_PROGRESS_RULE_PARAMS.instruments, 'GAD-7': { rc: 6, cutoff: 10, stepDown: 9, remission: 4, adequate: 4 } } },
    ],
  ])('%s', (_name, overrides, changed) => {
    const resolved = resolveProgressRuleParams(overrides);
    expect(resolved).toEqual({ ...DEFAULT_PROGRESS_RULE_PARAMS, ...changed });
    expect(resolved).not.toBe(DEFAULT_PROGRESS_RULE_PARAMS);
    expect(Object.isFrozen(resolved)).toBe(true);
  });
});
