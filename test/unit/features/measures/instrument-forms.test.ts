import { describe, expect, it } from 'vitest';
import { getInstrument, type InstrumentDefinition } from '../../../../shared/instruments';
import { administrableInstruments, answerRecord, completeAnswers, itemLabel, optionForKey, visibleItems } from '../../../../renderer/features/measures/instrument-forms';
import { currentResponses, readAnswers } from '../../../../renderer/features/measures/measure-records';
import { measure } from './fixtures';

function def(id: Parameters<typeof getInstrument>[0]): InstrumentDefinition {
  const d = getInstrument(id);
  if (!d) throw new Error(id);
  return d;
}

describe('administrableInstruments', () => {
  it('offers instruments with shipped wording and the C-SSRS screener, never licence-gated ones', () => {
    expect(administrableInstruments().map((d) => d.id)).toEqual(['PHQ-9', 'GAD-7', 'PHQ-2', 'GAD-2', 'PCL-5', 'C-SSRS-Screener', 'K10', 'K6']);
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
