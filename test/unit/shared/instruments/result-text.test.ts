import { describe, expect, it } from 'vitest';
import { item9Positive, resultText, type ResultFacts } from '../../../../shared/instruments';

const phq9 = (over: Partial<ResultFacts>): ResultFacts => ({ instrumentId: 'PHQ-9', score: 14, band: 'moderate', flags: [], answers: { phq9_9: 0 }, ...over });

describe('resultText', () => {
  it.each([
    ['a PHQ-9 with item 9 at 0', phq9({}), '14 (Moderate), item 9 (thoughts of self-harm) 0 of 3'],
    [
      'a low PHQ-9 with item 9 positive',
      phq9({ score: 4, band: 'minimal', flags: ['self_harm_item9'], answers: { phq9_9: 2 } }),
      '4 (None–minimal), item 9 (thoughts of self-harm) 2 of 3',
    ],
    [
      'a paper PHQ-9 with item 9 left blank',
      phq9({ flags: ['item9_unanswered', 'prorated'], answers: { phq9_9: null } }),
      '14 (Moderate), item 9 (thoughts of self-harm) not answered',
    ],
    ['an incomplete PHQ-9', phq9({ score: null, band: null, flags: ['incomplete'] }), 'no total, item 9 (thoughts of self-harm) 0 of 3'],
    ['a GAD-7', { instrumentId: 'GAD-7', score: 8, band: 'mild', flags: [], answers: {} }, '8 (Mild)'],
    [
      'a C-SSRS screener',
      { instrumentId: 'C-SSRS-Screener', score: null, band: 'moderate', flags: [], answers: {} },
      'Moderate risk (Q3, or behaviour > 3 months ago)',
    ],
    ['a C-SSRS screener without risk', { instrumentId: 'C-SSRS-Screener', score: null, band: 'none', flags: [], answers: {} }, 'No risk identified'],
  ] as const)('%s → %s', (_, facts, text) => {
    expect(resultText(facts)).toBe(text);
  });
});

describe('item9Positive', () => {
  it.each([
    [phq9({ flags: ['self_harm_item9'] }), true],
    [phq9({ flags: ['item9_unanswered'] }), true],
    [phq9({}), false],
    [{ instrumentId: 'GAD-7', flags: ['self_harm_item9'] }, false],
  ] as const)('%j → %s', (facts, positive) => {
    expect(item9Positive(facts)).toBe(positive);
  });
});
