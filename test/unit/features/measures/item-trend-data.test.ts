import { describe, expect, it } from 'vitest';
import { itemTrend } from '../../../../renderer/features/measures/item-trend-data';
import { getInstrument } from '../../../../shared/instruments';
import { measure } from './fixtures';

const answers = (values: number[]) => Object.fromEntries(values.map((v, i) => [`phq9_${String(i + 1)}`, v]));

describe('itemTrend', () => {
  const responses = [
    measure({ id: 'later', completedAt: '2026-11-09T12:00:00Z', answers: answers([1, 1, 0, 0, 0, 0, 0, 0, 0]) }),
    measure({ id: 'first', completedAt: '2026-11-02T12:00:00Z', answers: answers([3, 2, 2, 2, 2, 2, 2, 2, 1]) }),
    measure({ id: 'gad', instrumentId: 'GAD-7', answers: {} }),
  ];
  const trend = itemTrend('PHQ-9', responses);

  it('puts administrations oldest first as columns', () => {
    expect(trend?.columns.map((c) => c.id)).toEqual(['first', 'later']);
  });

  it.each([
    [0, 'Little interest or pleasure in doing things', [3, 1], -2],
    [2, 'Trouble falling or staying asleep, or sleeping too much', [2, 0], -2],
    [8, 'Thoughts that you would be better off dead or of hurting yourself in some way', [1, 0], -1],
  ])('row %i (%s) has %j and change %i', (index, label, values, change) => {
    expect(trend?.rows[index]).toMatchObject({ number: index + 1, label, values, change });
  });

  it('has no change with one administration, and null for unasked items', () => {
    const one = itemTrend('C-SSRS-Screener', [measure({ id: 'c', instrumentId: 'C-SSRS-Screener', answers: { q1: false, q2: false, q3: null } })]);
    expect(one?.rows.slice(0, 3).map((r) => [r.values, r.change])).toEqual([
      [[false], null],
      [[false], null],
      [[null], null],
    ]);
  });
});

describe('itemTrend with licensed wording', () => {
  it('labels items with the definition shown (imported text), falling back to item ids without one', () => {
    const def = getInstrument('WHO-5');
    if (!def) throw new Error('WHO-5 missing');
    const shown = { ...def, items: def.items.map((item, i) => ({ ...item, text: `Imported ${String(i + 1)}` })) };
    const who5 = [measure({ id: 'w', instrumentId: 'WHO-5', answers: { who5_1: 3 } })];
    expect(itemTrend('WHO-5', who5, shown)?.rows[0]?.label).toBe('Imported 1');
    expect(itemTrend('WHO-5', who5)?.rows[0]?.label).toBe('who5_1');
  });
});
