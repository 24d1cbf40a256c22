/** One plain-words sentence per fired rule, with "Why this rule" and its source (progress.md §5.3 "Display"). */
import { describe, expect, it } from 'vitest';
import {
  RULES,
  explainDataWarnings,
  explainRecommendation,
  recommendLevelOfCare,
  type ProgressRuleParams,
  type ReviewSnapshot,
  type RuleId,
} from '../../../../../shared/progress/recommendation';
import { BASE, GOALS_MET, STEP_DOWN, snap } from './helpers';

function sentences(snapshot: ReviewSnapshot, params?: Partial<ProgressRuleParams>): Partial<Record<RuleId, string>> {
  const explained = explainRecommendation(snapshot, recommendLevelOfCare(snapshot, params));
  return Object.fromEntries(explained.map((e) => [e.rule, e.sentence]));
}

describe('the issue’s scenarios', () => {
  it('step down suggested, with its sentence, why and source', () => {
    const [first, ...others] = explainRecommendation(STEP_DOWN, recommendLevelOfCare(STEP_DOWN));
    expect(first).toMatchObject({
      rule: 'step_down.sustained_improvement',
      recommendation: 'step_down',
      sentence:
        'Step down suggested: PHQ-9 fell from 18 to 8 (reliable, ≥ 6 points) and stayed ≤ 9 on the last 2 administrations; attendance 10 of 12 (83 %); no safety event in 14 days.',
    });
    expect(first?.why).toMatch(/less intensive level/);
    expect(first?.source).toMatch(/WD/);
    expect(others.map((e) => e.rule)).toEqual(['continue.default']);
  });

  it('an open item-9 alert: intensify, with its sentence', () => {
    expect(sentences({ ...STEP_DOWN, openSafetyAlert: true })['intensify.safety_event']).toBe(
      'Intensify suggested: an open safety alert has not yet been resolved by an assessment or safety plan.',
    );
  });
});

describe('a sentence for every rule', () => {
  const high = (daysAgo: number) => ({ daysAgo, severity: 'high' as const });
  const lower = (daysAgo: number) => ({ daysAgo, severity: 'lower' as const });
  it.each<[RuleId, ReviewSnapshot, string, Partial<ProgressRuleParams>?]>([
    ['intensify.safety_event', snap({ safetyEvents: [high(3)] }), 'Intensify suggested: a high-severity safety event 3 days ago.'],
    [
      'intensify.safety_event',
      snap({ openSafetyAlert: true, safetyEvents: [high(0), lower(1)] }),
      'Intensify suggested: an open safety alert has not yet been resolved by an assessment or safety plan; a high-severity safety event today; a safety event 1 day ago.',
      { intensifyOnLowerEvents: true },
    ],
    [
      'intensify.reliable_deterioration',
      snap({ primary: { baseline: 10, scores: [17] } }),
      'Intensify suggested: PHQ-9 rose from 10 to 17 since baseline (reliably worse, ≥ 6 points).',
    ],
    [
      'intensify.substance_use',
      snap({ track: 'sud', substanceUse: { last14: 4, prior14: 1, unknown14: 0 } }),
      'Intensify suggested: substance use on 4 of the last 14 days, not fewer than the 1 day in the 14 days before.',
    ],
    [
      'discharge.disengaged',
      snap({ daysSinceLastAttended: 20, consecutiveMissed: 3, attendance: { scheduled: 12, attended: 8, excused: 0 } }),
      'Discharge suggested (treatment not completed): no session attended in 20 days and the last 3 scheduled sessions missed; document outreach first.',
    ],
    [
      'intensify.low_attendance',
      snap({ attendance: { scheduled: 12, attended: 5, excused: 0 } }),
      'Intensify suggested: attendance 5 of 12 (42 %) is below 60 %; offer more engagement support (outreach, family, schedule change).',
    ],
    [
      'continue.safety_gate',
      snap({ safetyEvents: [lower(10)] }),
      'Continue: a safety event 10 days ago blocks stepping down or discharge; review the safety plan.',
    ],
    [
      'continue.safety_gate',
      snap({ safetyEvents: [lower(2), high(20)] }),
      'Continue: a high-severity safety event 20 days ago blocks stepping down or discharge; review the safety plan.',
    ],
    [
      'continue.measure_due',
      snap({ primary: { lastAdministeredDaysAgo: 20 } }),
      'Continue: PHQ-9 was last given 20 days ago (more than 14); administer it before deciding.',
    ],
    ['continue.measure_due', snap({ primary: { scores: [] } }), 'Continue: PHQ-9 has no score since the baseline; administer it again before deciding.'],
    [
      'continue.measure_due',
      snap({ primary: { baseline: null, scores: [], lastAdministeredDaysAgo: null } }),
      'Continue: PHQ-9 has not been given yet; administer it before deciding.',
    ],
    ['continue.measure_due', snap({ primary: null }), 'Continue: the plan names no primary outcome measure; choose one and administer it before deciding.'],
    [
      'discharge.goals_met',
      GOALS_MET,
      'Discharge suggested (goals met): PHQ-9 fell from 18 to 3 (reliable, ≥ 6 points) and stayed ≤ 4 on the last 2 administrations; all 3 objectives met; no safety event in 14 days; prepare the aftercare plan.',
    ],
    [
      'discharge.goals_met',
      snap({ ...GOALS_MET, track: 'co', substanceUse: { last14: 0, prior14: 2, unknown14: 1 }, objectives: { active: 1, met: 1 } }),
      'Discharge suggested (goals met): PHQ-9 fell from 18 to 3 (reliable, ≥ 6 points) and stayed ≤ 4 on the last 2 administrations; the one objective met; no substance use in the last 14 days; no safety event in 14 days; prepare the aftercare plan.',
    ],
    [
      'step_down.sustained_improvement',
      snap({ ...STEP_DOWN, primary: { ...STEP_DOWN.primary, baseline: 8, scores: [7, 6] } }),
      'Step down suggested: PHQ-9 stayed ≤ 9 on the last 2 administrations, from a baseline of 8 below the clinical cut-off of 10; attendance 10 of 12 (83 %); no safety event in 14 days.',
    ],
    [
      'step_down.sustained_improvement',
      snap({ ...STEP_DOWN, objectives: { active: 4, met: 2 } }),
      'Step down suggested: PHQ-9 fell from 18 to 8 (reliable, ≥ 6 points) and stayed ≤ 9 on the last 2 administrations; attendance 10 of 12 (83 %); 2 of 4 objectives met; no safety event in 14 days.',
      { stepDownRequiresObjectivesMetPct: 50 },
    ],
    [
      'continue.non_response',
      snap({ daysInProgram: 35, primary: { baseline: 15, scores: [13] } }),
      'Continue and revise the plan: PHQ-9 went from 15 to 13 in 35 days, less than the 5-point fall of an adequate response.',
    ],
    ['continue.default', BASE, 'Continue: nothing suggests stepping down, intensifying or discharge yet.'],
  ])('%s', (rule, snapshot, sentence, params) => {
    expect(sentences(snapshot, params)[rule]).toBe(sentence);
  });

  it('every rule has a why and a tagged source', () => {
    for (const rule of RULES) {
      expect(rule.why.length).toBeGreaterThan(20);
      expect(rule.source).toMatch(/\[(V|S|U|V\/S)\]|WD|instruments\.md/);
    }
  });

  it('one explanation per matched rule, in precedence order', () => {
    const snapshot = snap({ ...STEP_DOWN, safetyEvents: [high(10)] });
    const result = recommendLevelOfCare(snapshot);
    expect(explainRecommendation(snapshot, result).map((e) => e.rule)).toEqual(result.matchedRules);
  });
});

describe('data warnings in plain words', () => {
  it('one sentence per warning, naming the thresholds in force', () => {
    const snapshot = snap({
      track: 'sud',
      substanceUse: { last14: 0, prior14: 0, unknown14: 5 },
      primary: null,
      attendance: { scheduled: 2, attended: 2, excused: 0 },
    });
    expect(explainDataWarnings(recommendLevelOfCare(snapshot))).toEqual([
      { warning: 'attendance_denominator_below_min', sentence: 'Fewer than 4 sessions were due in the attendance window, too few to judge attendance.' },
      { warning: 'substance_days_unknown', sentence: 'More than 2 days of the last 14 have no substance-use record, so the client cannot count as abstinent.' },
      { warning: 'no_primary_measure', sentence: 'There is no primary outcome score, so no rule based on measures can apply.' },
    ]);
  });

  it('late baseline', () => {
    const [late] = explainDataWarnings(recommendLevelOfCare(snap({ primary: { lateBaseline: true } })));
    expect(late?.sentence).toMatch(/^The baseline score was not given around admission/);
  });
});
