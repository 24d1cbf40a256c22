import { describe, expect, it } from 'vitest';
import { legendEntries } from '../../../../renderer/features/measures/trajectory-chart-config';
import { buildTrajectory } from '../../../../renderer/features/measures/trajectory-chart-data';
import { measure } from './fixtures';

// Issue 12 (polish): the chart's markers had no legend.
const NOW = new Date('2026-11-30T12:00:00.000Z');
const at = (id: string, total: number, day: string, item9 = 0) =>
  measure({
    id,
    total,
    band: total >= 10 ? 'moderate' : 'mild',
    completedAt: `${day}T12:00:00.000Z`,
    answers: { phq9_9: item9 },
    flags: item9 > 0 ? ['self_harm_item9'] : [],
  });
const MARKER = { date: '2026-11-10', label: 'Sertraline 50 → 100 mg' };
const TRANSFER = { date: '2026-11-11', label: 'IOP → OP', kind: 'level-of-care' } as const;

describe('trajectory legend', () => {
  it.each([
    ['flat scores, no markers: nothing to explain', [at('a', 12, '2026-11-06'), at('b', 11, '2026-11-13')], [], []],
    ['a medication change drawn', [at('a', 12, '2026-11-06'), at('b', 11, '2026-11-13')], [MARKER], ['medication-change']],
    ['a positive item 9 and a reliable change', [at('a', 18, '2026-11-06'), at('b', 9, '2026-11-13', 1)], [], ['item9', 'reliable-change']],
    ['all three', [at('a', 18, '2026-11-06'), at('b', 9, '2026-11-13', 1)], [MARKER], ['medication-change', 'item9', 'reliable-change']],
    ['a level-of-care transfer alone is not a medication change', [at('a', 12, '2026-11-06'), at('b', 11, '2026-11-13')], [TRANSFER], ['level-of-care']],
    ['both kinds of marker', [at('a', 12, '2026-11-06'), at('b', 11, '2026-11-13')], [MARKER, TRANSFER], ['medication-change', 'level-of-care']],
  ] as const)('%s', (_, responses, markers, swatches) => {
    const t = buildTrajectory('PHQ-9', responses, 'all', NOW);
    if (!t) throw new Error('no trajectory');
    expect(legendEntries(t, markers).map((e) => e.swatch)).toEqual(swatches);
  });
});
