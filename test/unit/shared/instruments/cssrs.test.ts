import { describe, expect, it } from 'vitest';
import { scoreInstrument } from '../../../../shared/instruments';
import type { Answer } from '../../../../shared/instruments';
import { expectInvalid, flagsOf } from './helpers';

const Y = true;
const N = false;
const _ = null;

// [q1, q2, q3, q4, q5, q6, q6_within_past_3_months]
describe('C-SSRS screener risk level (§7.2, highest applicable wins)', () => {
  it.each<[string, Answer[], string, string[]]>([
    ['all no', [N, N, _, _, _, N, _], 'none', []],
    ['Q1 only → low', [Y, N, _, _, _, N, _], 'low', ['suicidal_ideation_past_month']],
    ['Q2 only, Q3–5 no → low', [N, Y, N, N, N, N, _], 'low', ['suicidal_ideation_past_month']],
    ['Q3 → moderate', [Y, Y, Y, N, N, N, _], 'moderate', ['suicidal_ideation_past_month']],
    ['Q6 > 3 months ago → moderate', [N, N, _, _, _, Y, N], 'moderate', ['suicidal_behavior_lifetime']],
    ['Q4 → high', [Y, Y, N, Y, N, N, _], 'high', ['imminent_risk', 'suicidal_ideation_past_month']],
    ['Q5 → high', [Y, Y, N, N, Y, N, _], 'high', ['imminent_risk', 'suicidal_ideation_past_month']],
    [
      'Q6 within 3 months → high, even with no ideation',
      [N, N, _, _, _, Y, Y],
      'high',
      ['imminent_risk', 'suicidal_behavior_lifetime', 'suicidal_behavior_past_3_months'],
    ],
    [
      'Q3 and recent behaviour → high wins',
      [Y, Y, Y, N, N, Y, Y],
      'high',
      ['imminent_risk', 'suicidal_behavior_lifetime', 'suicidal_behavior_past_3_months', 'suicidal_ideation_past_month'],
    ],
  ])('%s', (_name, answers, band, flags) => {
    const score = scoreInstrument('C-SSRS-Screener', answers);
    expect([score.total, score.band, flagsOf(score)]).toEqual([null, band, flags]);
  });
});

describe('C-SSRS screener skip logic and validation', () => {
  it.each<[string, Answer[]]>([
    ['Q3 answered after Q2 = No', [Y, N, N, _, _, N, _]],
    ['Q5 answered after Q2 = No', [Y, N, _, _, Y, N, _]],
    ['Q4 not asked after Q2 = Yes', [Y, Y, N, _, N, N, _]],
    ['6b answered after Q6 = No', [N, N, _, _, _, N, Y]],
    ['6b missing after Q6 = Yes', [N, N, _, _, _, Y, _]],
    ['Q1 missing', [_, N, _, _, _, N, _]],
    ['Q2 missing', [N, _, _, _, _, N, _]],
    ['Q6 missing', [N, N, _, _, _, _, _]],
    ["'yes' instead of true", ['yes', N, _, _, _, N, _]],
    ['1 instead of true', [1, N, _, _, _, N, _]],
    ['six answers', [N, N, _, _, _, N]],
  ])('%s throws', (_name, answers) => {
    expectInvalid(() => scoreInstrument('C-SSRS-Screener', answers));
  });
});
