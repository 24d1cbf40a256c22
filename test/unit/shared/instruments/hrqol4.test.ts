import { describe, expect, it } from 'vitest';
import { getInstrument, scoreInstrument } from '../../../../shared/instruments';
import type { Answer } from '../../../../shared/instruments';
import { expectInvalid, flagsOf } from './helpers';

const GOOD = 3;
const POOR = 5;
const VERY_GOOD = 2;

describe('CDC HRQOL-4 worked examples (progress.md §8.2)', () => {
  it.each<[string, Answer[], Record<string, number>, string[]]>([
    [
      '(Good, 3, 20, 10)',
      [GOOD, 3, 20, 10],
      { general_health: 3, physically_unhealthy_days: 3, mentally_unhealthy_days: 20, unhealthy_days: 23, healthy_days: 7, activity_limitation_days: 10 },
      ['frequent_mental_distress'],
    ],
    [
      '(Poor, 25, 25, 30): unhealthy days capped at 30',
      [POOR, 25, 25, 30],
      { general_health: 5, physically_unhealthy_days: 25, mentally_unhealthy_days: 25, unhealthy_days: 30, healthy_days: 0, activity_limitation_days: 30 },
      ['fair_or_poor_health', 'frequent_mental_distress', 'frequent_physical_distress'],
    ],
    [
      '(Very good, 0, 0, 0)',
      [VERY_GOOD, 0, 0, 0],
      { general_health: 2, physically_unhealthy_days: 0, mentally_unhealthy_days: 0, unhealthy_days: 0, healthy_days: 30, activity_limitation_days: 0 },
      [],
    ],
  ])('%s', (_name, answers, subscales, flags) => {
    const score = scoreInstrument('CDC-HRQOL-4', answers);
    expect(score.total).toBeNull();
    expect(score.band).toBeNull();
    expect(score.subscales).toEqual(subscales);
    expect(flagsOf(score)).toEqual(flags);
  });
});

describe('CDC HRQOL-4 flags at their boundaries', () => {
  it.each<[Answer[], string[]]>([
    [[3, 13, 13, 0], []],
    [[3, 14, 13, 0], ['frequent_physical_distress']],
    [[3, 13, 14, 0], ['frequent_mental_distress']],
    [[4, 0, 0, 0], ['fair_or_poor_health']],
  ])('%j → %j', (answers, flags) => {
    expect(flagsOf(scoreInstrument('CDC-HRQOL-4', answers))).toEqual(flags);
  });
});

describe('CDC HRQOL-4 don’t know / refused', () => {
  it('a null day count leaves unhealthy and healthy days out, the rest is scored', () => {
    expect(scoreInstrument('CDC-HRQOL-4', [3, null, 20, 5]).subscales).toEqual({ general_health: 3, mentally_unhealthy_days: 20, activity_limitation_days: 5 });
  });
});

describe('CDC HRQOL-4 invalid responses', () => {
  it.each<[string, Answer[]]>([
    ['general health 0', [0, 0, 0, 0]],
    ['general health 6', [6, 0, 0, 0]],
    ['31 days', [3, 31, 0, 0]],
    ['negative days', [3, 0, -1, 0]],
    ['a fraction of a day', [3, 0, 0, 2.5]],
    ['three answers', [3, 0, 0]],
  ])('%s', (_name, answers) => {
    expectInvalid(() => scoreInstrument('CDC-HRQOL-4', answers));
  });
});

describe('CDC HRQOL-4 definition', () => {
  it('ships the exact public-domain wording of all four items', () => {
    const def = getInstrument('CDC-HRQOL-4');
    expect(def?.licence).toMatchObject({ itemTextAllowed: true, commercialUse: 'allowed' });
    expect(def?.items.map((i) => i.text)).toEqual([
      'Would you say that in general your health is',
      'Now thinking about your physical health, which includes physical illness and injury, for how many days during the past 30 days was your physical health not good?',
      'Now thinking about your mental health, which includes stress, depression, and problems with emotions, for how many days during the past 30 days was your mental health not good?',
      'During the past 30 days, for about how many days did poor physical or mental health keep you from doing your usual activities, such as self-care, work, or recreation?',
    ]);
    expect(def?.items[0]?.options.map((o) => `${String(o.value)} ${o.label ?? ''}`)).toEqual(['1 Excellent', '2 Very good', '3 Good', '4 Fair', '5 Poor']);
  });
});
