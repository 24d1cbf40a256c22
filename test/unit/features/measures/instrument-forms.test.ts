import { describe, expect, it } from 'vitest';
import { getInstrument, type InstrumentDefinition } from '../../../../shared/instruments';
import {
  administrableInstruments,
  allowsPaperMissing,
  answerRecord,
  paperAnswers,
  completeAnswers,
  itemLabel,
  optionForKey,
  visibleItems,
} from '../../../../renderer/features/measures/instrument-forms';
import { currentResponses, readAnswers } from '../../../../renderer/features/measures/measure-records';
import { measure } from './fixtures';

function def(id: Parameters<typeof getInstrument>[0]): InstrumentDefinition {
  const d = getInstrument(id);
  if (!d) throw new Error(id);
  return d;
}

describe('administrableInstruments', () => {
  it('offers instruments with shipped wording and the C-SSRS screener, never licence-gated ones', () => {
    expect(administrableInstruments().map((d) => d.id)).toEqual(['PHQ-9', 'GAD-7', 'PHQ-2', 'GAD-2', 'PCL-5', 'C-SSRS-Screener', 'K10', 'K6', 'CDC-HRQOL-4']);
  });
  it('labels C-SSRS items by topic', () => {
    const cssrs = def('C-SSRS-Screener');
    expect(cssrs.items.map((item) => itemLabel(cssrs, item)?.slice(0, 3))).toEqual(['Q1 ', 'Q2 ', 'Q3 ', 'Q4 ', 'Q5 ', 'Q6 ', 'Q6b']);
  });
});

describe('C-SSRS skip logic', () => {
  const cssrs = def('C-SSRS-Screener');
  it.each([
    [{}, ['q1', 'q2', 'q6']],
    [{ q2: true }, ['q1', 'q2', 'q3', 'q4', 'q5', 'q6']],
    [{ q2: false, q6: true }, ['q1', 'q2', 'q6', 'q6_within_past_3_months']],
  ])('answers %j ask %j', (answers, ids) => {
    expect(visibleItems(cssrs, answers).map((i) => i.id)).toEqual(ids);
  });
  it.each([
    [{ q1: true, q2: false, q6: false }, [true, false, null, null, null, false, null]],
    [{ q1: true, q2: false, q3: true, q6: false }, [true, false, null, null, null, false, null]],
    [{ q1: true, q2: true, q6: false }, null],
    [{ q1: true, q2: false, q6: true }, null],
  ])('answers %j complete to %j', (answers, expected) => {
    expect(completeAnswers(cssrs, answers)).toEqual(expected);
  });
});

describe('PHQ-9 completion and keys', () => {
  const phq9 = def('PHQ-9');
  const all = Object.fromEntries(phq9.items.map((item) => [item.id, 1]));
  it('needs every item', () => {
    expect(completeAnswers(phq9, all)).toEqual(Array(9).fill(1));
    expect(completeAnswers(phq9, { ...all, phq9_9: null })).toBeNull();
    expect(answerRecord(phq9, Array(9).fill(2))).toEqual(Object.fromEntries(phq9.items.map((item) => [item.id, 2])));
  });
  it.each([
    ['PHQ-9', '0', 0],
    ['PHQ-9', '3', 3],
    ['PHQ-9', '4', undefined],
    ['K10', '5', 5],
    ['K10', '0', undefined],
    ['C-SSRS-Screener', '1', true],
    ['C-SSRS-Screener', '0', false],
    ['C-SSRS-Screener', '2', undefined],
  ] as const)('%s key %s → %s', (id, key, value) => {
    const d = def(id);
    const item = d.items[0];
    if (!item) throw new Error('no item');
    expect(optionForKey(item, key)?.value).toBe(value);
  });
});

describe('measure records', () => {
  it('drops stored answers that are not answers', () => {
    expect(readAnswers({ a: 1, b: true, c: 'yes', d: null, e: 'maybe', f: { x: 1 } })).toEqual({ a: 1, b: true, c: 'yes', d: null });
  });
  it('hides superseded responses', () => {
    const list = [measure({ id: 'a' }), measure({ id: 'b', supersedesId: 'a' }), measure({ id: 'c' })];
    expect(currentResponses(list).map((r) => r.id)).toEqual(['b', 'c']);
  });
});

describe('paper-form entry (PHQ-9 only, §15.3)', () => {
  const phq9 = getInstrument('PHQ-9');
  const gad7 = getInstrument('GAD-7');
  const full = Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`phq9_${String(i + 1)}`, 1]));

  it('is offered for PHQ-9 only', () => {
    expect(phq9 && allowsPaperMissing(phq9)).toBe(true);
    expect(gad7 && allowsPaperMissing(gad7)).toBe(false);
  });

  it.each([
    ['all answered', full, [], [1, 1, 1, 1, 1, 1, 1, 1, 1]],
    ['item 3 marked missing', { ...full, phq9_3: null }, ['phq9_3'], [1, 1, null, 1, 1, 1, 1, 1, 1]],
    ['marked missing wins over an old answer', full, ['phq9_9'], [1, 1, 1, 1, 1, 1, 1, 1, null]],
    ['item 2 neither answered nor missing', { ...full, phq9_2: null }, [], null],
  ] as const)('%s', (_name, answers, missing, expected) => {
    if (!phq9) throw new Error('PHQ-9 missing');
    expect(paperAnswers(phq9, answers, new Set(missing))).toEqual(expected);
  });
});
