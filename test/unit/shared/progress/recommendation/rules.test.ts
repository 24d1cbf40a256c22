/**
 * Every rule of progress.md §5.3 firing and not firing at its exact boundary, with the default parameters (the
 * contract) and with a clinic's overrides.
 */
import { describe, expect, it } from 'vitest';
import type { ProgressRuleParams, ReviewSnapshot, RuleId } from '../../../../../shared/progress/recommendation';
import { BASE, GOALS_MET, STEP_DOWN, matched, snap } from './helpers';

type Row = [name: string, snapshot: ReviewSnapshot, fires: boolean, params?: Partial<ProgressRuleParams>];

function table(rule: RuleId, rows: Row[]): void {
  describe(rule, () => {
    it.each(rows)('%s', (_name, snapshot, fires, params) => {
      expect(matched(snapshot, params).includes(rule)).toBe(fires);
    });
  });
}

const high = (daysAgo: number) => ({ daysAgo, severity: 'high' as const });
const lower = (daysAgo: number) => ({ daysAgo, severity: 'lower' as const });
const sud = (last14: number, prior14: number, unknown14: number, track: ReviewSnapshot['track'] = 'sud') => ({
  track,
  substanceUse: { last14, prior14, unknown14 },
});

table('intensify.safety_event', [
  ['open safety alert', snap({ openSafetyAlert: true }), true],
  ['high event today', snap({ safetyEvents: [high(0)] }), true],
  ['high event 14 days ago (inclusive)', snap({ safetyEvents: [high(14)] }), true],
  ['high event 15 days ago', snap({ safetyEvents: [high(15)] }), false],
  ['lower event today, default setting', snap({ safetyEvents: [lower(0)] }), false],
  ['lower event 14 days ago, intensifyOnLowerEvents', snap({ safetyEvents: [lower(14)] }), true, { intensifyOnLowerEvents: true }],
  ['lower event 15 days ago, intensifyOnLowerEvents', snap({ safetyEvents: [lower(15)] }), false, { intensifyOnLowerEvents: true }],
  ['high event 7 days ago, window 7', snap({ safetyEvents: [high(7)] }), true, { highSafetyIntensifyDays: 7 }],
  ['high event 8 days ago, window 7', snap({ safetyEvents: [high(8)] }), false, { highSafetyIntensifyDays: 7 }],
  ['no events, no alert', BASE, false],
]);

table('intensify.reliable_deterioration', [
  ['PHQ-9 10 → 16 (+6)', snap({ primary: { baseline: 10, scores: [16] } }), true],
  ['PHQ-9 10 → 15 (+5)', snap({ primary: { baseline: 10, scores: [15] } }), false],
  ['PHQ-9 10 → 17 → 12: the latest counts', snap({ primary: { baseline: 10, scores: [17, 12] } }), false],
  ['PHQ-9 baseline only', snap({ primary: { baseline: 10, scores: [] } }), false],
  ['GAD-7 5 → 9 (+4)', snap({ primary: { instrument: 'GAD-7', baseline: 5, scores: [9] } }), true],
  ['GAD-7 5 → 8 (+3)', snap({ primary: { instrument: 'GAD-7', baseline: 5, scores: [8] } }), false],
  ['PCL-5 30 → 40 (+10)', snap({ primary: { instrument: 'PCL-5', baseline: 30, scores: [40] } }), true],
  ['PCL-5 30 → 39 (+9)', snap({ primary: { instrument: 'PCL-5', baseline: 30, scores: [39] } }), false],
  ['K10 20 → 27 (+7)', snap({ primary: { instrument: 'K10', baseline: 20, scores: [27] } }), true],
  ['K10 20 → 26 (+6)', snap({ primary: { instrument: 'K10', baseline: 20, scores: [26] } }), false],
  [
    'GAD-7 5 → 9 with rc 6 (§10.5 alternative)',
    snap({ primary: { instrument: 'GAD-7', baseline: 5, scores: [9] } }),
    false,
    { instruments: { 'GAD-7': { rc: 6, cutoff: 10, stepDown: 9, remission: 4, adequate: 4 } } },
  ],
  ['no primary measure', snap({ primary: null }), false],
]);

table('intensify.substance_use', [
  ['sud: 3 days, 3 before', snap(sud(3, 3, 0)), true],
  ['co: 3 days, 0 before', snap(sud(3, 0, 0, 'co')), true],
  ['sud: 2 days', snap(sud(2, 0, 0)), false],
  ['sud: 3 days, 4 before (fewer than before)', snap(sud(3, 4, 0)), false],
  ['mh: 10 days', snap(sud(10, 0, 0, 'mh')), false],
  ['sud: not tracked', snap({ track: 'sud', substanceUse: null }), false],
  ['sud: 4 days with threshold 5', snap(sud(4, 0, 0)), false, { substanceUseIntensifyDays: 5 }],
  ['sud: 5 days with threshold 5', snap(sud(5, 0, 0)), true, { substanceUseIntensifyDays: 5 }],
]);

const gone = { daysSinceLastAttended: 14, consecutiveMissed: 3, attendance: { scheduled: 12, attended: 6, excused: 0 } };
table('discharge.disengaged', [
  ['14 days, 3 missed', snap(gone), true],
  ['13 days, 3 missed', snap({ ...gone, daysSinceLastAttended: 13 }), false],
  ['14 days, 2 missed', snap({ ...gone, consecutiveMissed: 2 }), false],
  ['lower event 14 days ago (gate)', snap({ ...gone, safetyEvents: [lower(14)] }), false],
  ['lower event 15 days ago', snap({ ...gone, safetyEvents: [lower(15)] }), true],
  ['high event 30 days ago (gate)', snap({ ...gone, safetyEvents: [high(30)] }), false],
  ['high event 31 days ago', snap({ ...gone, safetyEvents: [high(31)] }), true],
  [
    '21 days, 5 missed with 21 / 5',
    snap({ ...gone, daysSinceLastAttended: 21, consecutiveMissed: 5 }),
    true,
    { disengagedDaysSinceAttended: 21, disengagedConsecutiveMissed: 5 },
  ],
  [
    '20 days with 21 / 5',
    snap({ ...gone, daysSinceLastAttended: 20, consecutiveMissed: 5 }),
    false,
    { disengagedDaysSinceAttended: 21, disengagedConsecutiveMissed: 5 },
  ],
]);

const att = (scheduled: number, attended: number, excused = 0) => snap({ attendance: { scheduled, attended, excused } });
table('intensify.low_attendance', [
  ['7 of 12 (58 %)', att(12, 7), true],
  ['8 of 12 (67 %)', att(12, 8), false],
  ['3 of 5 = exactly 60 %', att(5, 3), false],
  ['2 of 4 (minimum denominator)', att(4, 2), true],
  ['0 of 3 (denominator below 4)', att(3, 0), false],
  ['2 of 6 with 2 excused = 2 of 4', att(6, 2, 2), true],
  ['1 of 6 with 3 excused = denominator 3', att(6, 1, 3), false],
  ['0 of 0', att(0, 0), false],
  ['3 of 5 with threshold 61 %', att(5, 3), true, { lowAttendancePct: 61 }],
  ['1 of 3 with minimum 3', att(3, 1), true, { minAttendanceDenominator: 3 }],
]);

table('continue.safety_gate', [
  ['lower event 14 days ago', snap({ safetyEvents: [lower(14)] }), true],
  ['lower event 15 days ago', snap({ safetyEvents: [lower(15)] }), false],
  ['high event 30 days ago', snap({ safetyEvents: [high(30)] }), true],
  ['high event 31 days ago', snap({ safetyEvents: [high(31)] }), false],
  ['open alert alone is rule 1, not the gate', snap({ openSafetyAlert: true }), false],
  ['lower event 8 days ago with gate 7', snap({ safetyEvents: [lower(8)] }), false, { lowerSafetyGateDays: 7 }],
  ['high event 60 days ago with gate 60', snap({ safetyEvents: [high(60)] }), true, { highSafetyGateDays: 60 }],
]);

table('continue.measure_due', [
  ['no score after baseline', snap({ primary: { scores: [] } }), true],
  ['last given 14 days ago', snap({ primary: { lastAdministeredDaysAgo: 14 } }), false],
  ['last given 15 days ago', snap({ primary: { lastAdministeredDaysAgo: 15 } }), true],
  ['no primary instrument', snap({ primary: null }), true],
  ['never administered', snap({ primary: { baseline: null, scores: [], lastAdministeredDaysAgo: null } }), true],
  ['15 days with 21', snap({ primary: { lastAdministeredDaysAgo: 15 } }), false, { measureStaleDays: 21 }],
]);

const remit = (baseline: number, scores: number[]) => snap({ ...GOALS_MET, primary: { ...GOALS_MET.primary, baseline, scores } });
table('discharge.goals_met', [
  ['18 → 9 → 4 → 3, 3 of 3 objectives', GOALS_MET, true],
  ['last two 4, 4', remit(18, [4, 4]), true],
  ['last two 5, 4', remit(18, [5, 4]), false],
  ['one score only', remit(18, [3]), false],
  ['2 of 3 objectives', snap({ ...GOALS_MET, objectives: { active: 3, met: 2 } }), false],
  ['no active objectives', snap({ ...GOALS_MET, objectives: { active: 0, met: 0 } }), false],
  ['baseline below cut-off (waiver)', remit(8, [4, 3]), true],
  ['PHQ-9 rc 8: 12 → 4 reliable', remit(12, [4, 4]), true, { instruments: { 'PHQ-9': { rc: 8, cutoff: 10, stepDown: 9, remission: 4, adequate: 5 } } }],
  ['PHQ-9 rc 8: 11 → 4 not reliable', remit(11, [4, 4]), false, { instruments: { 'PHQ-9': { rc: 8, cutoff: 10, stepDown: 9, remission: 4, adequate: 5 } } }],
  ['sud: no use, 2 unknown days', snap({ ...GOALS_MET, ...sud(0, 5, 2) }), true],
  ['sud: no use, 3 unknown days', snap({ ...GOALS_MET, ...sud(0, 5, 3) }), false],
  ['co: 1 day of use', snap({ ...GOALS_MET, ...sud(1, 5, 0, 'co') }), false],
  ['mh: use recorded is not read', snap({ ...GOALS_MET, ...sud(5, 0, 9, 'mh') }), true],
  ['2 of 4 objectives with 50 %', snap({ ...GOALS_MET, objectives: { active: 4, met: 2 } }), true, { dischargeObjectivesMetPct: 50 }],
  ['1 of 3 objectives with 50 %', snap({ ...GOALS_MET, objectives: { active: 3, met: 1 } }), false, { dischargeObjectivesMetPct: 50 }],
]);

const down = (baseline: number, scores: number[]) => snap({ ...STEP_DOWN, primary: { ...STEP_DOWN.primary, baseline, scores } });
const downAtt = (scheduled: number, attended: number, excused = 0) => snap({ ...STEP_DOWN, attendance: { scheduled, attended, excused } });
table('step_down.sustained_improvement', [
  ['18 → 13 → 9 → 8, 10 of 12', STEP_DOWN, true],
  ['last two 10, 9', down(18, [10, 9]), false],
  ['last two 9, 9', down(18, [9, 9]), true],
  ['one score only', down(18, [8]), false],
  ['15 → 9: fall of 6 is reliable', down(15, [9, 9]), true],
  ['14 → 9: fall of 5 is not', down(14, [9, 9]), false],
  ['baseline 9 below cut-off (waiver)', down(9, [9, 9]), true],
  ['baseline 10 at the cut-off: no waiver, fall of 1 not reliable', down(10, [9, 9]), false],
  ['exactly 80 %: 4 of 5', downAtt(5, 4), true],
  ['79 %: 11 of 14', downAtt(14, 11), false],
  ['3 of 3: denominator below 4', downAtt(3, 3), false],
  ['8 of 12 with 2 excused = 80 %', downAtt(12, 8, 2), true],
  ['sud: 2 unknown days', snap({ ...STEP_DOWN, ...sud(0, 0, 2) }), true],
  ['sud: 3 unknown days', snap({ ...STEP_DOWN, ...sud(0, 0, 3) }), false],
  ['sud: not tracked counts as clean', snap({ ...STEP_DOWN, track: 'sud', substanceUse: null }), true],
  ['3 consecutive required: 13, 9, 8', STEP_DOWN, false, { stepDownConsecutive: 3 }],
  ['3 consecutive required: 9, 9, 8', down(18, [9, 9, 8]), true, { stepDownConsecutive: 3 }],
  ['objectives 50 %: 1 of 3', STEP_DOWN, false, { stepDownRequiresObjectivesMetPct: 50 }],
  ['objectives 50 %: 2 of 4', snap({ ...STEP_DOWN, objectives: { active: 4, met: 2 } }), true, { stepDownRequiresObjectivesMetPct: 50 }],
  ['objectives 50 %: none active', snap({ ...STEP_DOWN, objectives: { active: 0, met: 0 } }), false, { stepDownRequiresObjectivesMetPct: 50 }],
  ['attendance 90 %: 10 of 12', STEP_DOWN, false, { stepDownAttendancePct: 90 }],
]);

const slow = (daysInProgram: number, baseline: number, scores: number[]) => snap({ daysInProgram, primary: { baseline, scores } });
table('continue.non_response', [
  ['28 days, 15 → 11 (fall 4)', slow(28, 15, [11]), true],
  ['27 days, 15 → 11', slow(27, 15, [11]), false],
  ['28 days, 15 → 10 (fall 5 = adequate)', slow(28, 15, [10]), false],
  ['28 days, 10 → 10 (baseline at cut-off)', slow(28, 10, [10]), true],
  ['28 days, 9 → 9 (baseline below cut-off)', slow(28, 9, [9]), false],
  ['28 days, baseline only', slow(28, 15, []), false],
  ['28 days, 15 → 20 → 11: the latest counts', slow(28, 15, [20, 11]), true],
  ['42 days with 42', slow(42, 15, [11]), true, { nonResponseMinDays: 42 }],
  ['41 days with 42', slow(41, 15, [11]), false, { nonResponseMinDays: 42 }],
]);

table('continue.default', [
  ['always', BASE, true],
  ['even with an open alert', snap({ openSafetyAlert: true }), true],
]);

it('BASE matches nothing but continue.default', () => {
  expect(matched(BASE)).toEqual(['continue.default']);
});
