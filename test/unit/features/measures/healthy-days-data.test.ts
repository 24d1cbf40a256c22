import { describe, expect, it } from 'vitest';
import { generalHealthLabel, healthyDaysRows } from '../../../../renderer/features/measures/healthy-days-data';
import { measure } from './fixtures';

const hrqol = (id: string, at: string, [gh, phys, ment, act]: readonly (number | null)[], flags: string[] = []) =>
  measure({
    id,
    instrumentId: 'CDC-HRQOL-4',
    completedAt: at,
    total: null,
    band: null,
    flags,
    answers: { hrqol4_1: gh ?? null, hrqol4_2: phys ?? null, hrqol4_3: ment ?? null, hrqol4_4: act ?? null },
  });

describe('healthyDaysRows: HRQOL-4 subscales re-scored from the answers (progress.md §8.2 worked examples)', () => {
  it.each([
    [
      'Good, 3, 20, 10',
      [3, 3, 20, 10],
      { generalHealth: 3, physicallyUnhealthyDays: 3, mentallyUnhealthyDays: 20, healthyDays: 7, activityLimitationDays: 10 },
    ],
    [
      'Poor, 25, 25, 30 (unhealthy days capped at 30)',
      [5, 25, 25, 30],
      { generalHealth: 5, physicallyUnhealthyDays: 25, mentallyUnhealthyDays: 25, healthyDays: 0, activityLimitationDays: 30 },
    ],
    [
      'Very good, 0, 0, 0',
      [2, 0, 0, 0],
      { generalHealth: 2, physicallyUnhealthyDays: 0, mentallyUnhealthyDays: 0, healthyDays: 30, activityLimitationDays: 0 },
    ],
    [
      'mental days refused: healthy days not known',
      [3, 4, null, 2],
      { generalHealth: 3, physicallyUnhealthyDays: 4, mentallyUnhealthyDays: null, healthyDays: null, activityLimitationDays: 2 },
    ],
  ] as const)('%s', (_name, answers, expected) => {
    expect(healthyDaysRows([hrqol('r1', '2026-11-02T12:00:00Z', answers)])[0]).toMatchObject(expected);
  });

  it('only HRQOL-4 responses, oldest first', () => {
    const rows = healthyDaysRows([hrqol('b', '2026-11-30T12:00:00Z', [3, 0, 0, 0]), measure({ id: 'phq' }), hrqol('a', '2026-11-01T12:00:00Z', [4, 1, 1, 1])]);
    expect(rows.map((r) => r.id)).toEqual(['a', 'b']);
  });

  it.each([
    [1, 'Excellent'],
    [5, 'Poor'],
    [null, 'Not answered'],
  ] as const)('general health %s is “%s”', (value, label) => {
    expect(generalHealthLabel(value)).toBe(label);
  });
});
