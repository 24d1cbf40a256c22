import { describe, expect, it } from 'vitest';
import type { TrajectoryRange } from '../../../../renderer/charts';
import { buildTrajectory, trendedInstruments } from '../../../../renderer/features/measures/trajectory-chart-data';
import { measure } from './fixtures';

const NOW = new Date('2026-11-30T12:00:00.000Z');
const day = (d: string) => `2026-${d}T12:00:00.000Z`;

describe('buildTrajectory', () => {
  it.each([
    // totals, expected latest badges
    [
      [18, 12, 9],
      ['reliably improved', 'response'],
    ],
    [[18, 12], ['reliably improved']],
    [[18, 13], ['no reliable change']],
    [[10, 16], ['reliably deteriorated']],
    [
      [12, 4],
      ['reliably improved', 'response', 'remission'],
    ],
    [[12], []],
  ] as const)('PHQ-9 totals %j → badges %j', (totals, badges) => {
    const responses = totals.map((total, i) => measure({ id: `r${String(i)}`, total, completedAt: day(`11-${String(10 + i * 7).padStart(2, '0')}`) }));
    expect(buildTrajectory('PHQ-9', responses, 'all', NOW)?.badges).toEqual(badges);
  });

  it('marks each point’s band label and change against the first response', () => {
    const responses = [
      measure({ id: 'b', total: 12, band: 'moderate', completedAt: day('11-17') }),
      measure({ id: 'a', total: 18, band: 'moderately_severe', completedAt: day('11-10') }),
      measure({ id: 'c', total: 9, band: 'mild', completedAt: day('11-24') }),
    ];
    const t = buildTrajectory('PHQ-9', responses, 'all', NOW);
    expect(t?.baseline).toBe(18);
    expect(t?.points.map((p) => [p.id, p.bandLabel, p.change, p.response])).toEqual([
      ['a', 'Moderately severe', null, false],
      ['b', 'Moderate', 'reliably_improved', false],
      ['c', 'Mild', 'reliably_improved', true],
    ]);
  });

  it.each([
    ['4w', ['c']],
    ['12w', ['b', 'c']],
    ['all', ['a', 'b', 'c']],
  ] as [TrajectoryRange, string[]][])('range %s keeps %j but the baseline stays the first response', (range, ids) => {
    const responses = [
      measure({ id: 'a', total: 20, completedAt: day('06-01') }),
      measure({ id: 'b', total: 15, completedAt: day('10-01') }),
      measure({ id: 'c', total: 8, completedAt: day('11-20') }),
    ];
    const t = buildTrajectory('PHQ-9', responses, range, NOW);
    expect(t?.points.map((p) => p.id)).toEqual(ids);
    expect(t?.baseline).toBe(20);
  });

  it('shades contiguous severity bands over the total range', () => {
    const t = buildTrajectory('GAD-7', [measure({ id: 'g', instrumentId: 'GAD-7', total: 6, band: 'mild' })], 'all', NOW);
    expect(t?.bands.map((b) => [b.id, b.yMin, b.yMax, b.severity])).toEqual([
      ['minimal', 0, 5, 0],
      ['mild', 5, 10, 1 / 3],
      ['moderate', 10, 15, 2 / 3],
      ['severe', 15, 21, 1],
    ]);
    expect(t?.yRange).toEqual({ min: 0, max: 21 });
  });

  it('GAD-7 uses its 4-point threshold and has no response/remission badges', () => {
    const responses = [
      measure({ id: 'a', instrumentId: 'GAD-7', total: 14 }),
      measure({ id: 'b', instrumentId: 'GAD-7', total: 2, completedAt: day('11-20') }),
    ];
    expect(buildTrajectory('GAD-7', responses, 'all', NOW)?.badges).toEqual(['reliably improved']);
  });

  it('returns null for an instrument without a total', () => {
    expect(buildTrajectory('C-SSRS-Screener', [], 'all', NOW)).toBeNull();
  });
});

describe('trendedInstruments', () => {
  it('lists instruments with totals once, in first-administered order, never the C-SSRS screener', () => {
    const responses = [
      measure({ id: '1', instrumentId: 'GAD-7' }),
      measure({ id: '2', instrumentId: 'C-SSRS-Screener', total: null, band: 'low' }),
      measure({ id: '3' }),
      measure({ id: '4', instrumentId: 'GAD-7' }),
    ];
    expect(trendedInstruments(responses)).toEqual(['GAD-7', 'PHQ-9']);
  });
});
