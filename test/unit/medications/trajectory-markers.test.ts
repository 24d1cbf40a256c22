import { describe, expect, it } from 'vitest';
import type {} from 'chartjs-plugin-annotation';
import { chartOptions, markerPosition } from '../../../renderer/features/measures/trajectory-chart-config';
import { buildTrajectory } from '../../../renderer/features/measures/trajectory-chart-data';
import { measure } from '../features/measures/fixtures';

// PHQ-9s on Nov 2, 9 and 23 (noon UTC, so the local day is the same in any zone from UTC−11 to UTC+11).
const t = buildTrajectory(
  'PHQ-9',
  ['2026-11-02', '2026-11-09', '2026-11-23'].map((d, i) => measure({ id: `r${String(i)}`, completedAt: `${d}T12:00:00.000Z` })),
  'all',
  new Date('2026-11-30T00:00:00.000Z'),
);
if (!t) throw new Error('no trajectory');

describe('medication markers on the symptom chart', () => {
  it.each([
    ['2026-11-01', null], // before the first score: outside the charted range
    ['2026-11-02', 0],
    ['2026-11-05', 3 / 7],
    ['2026-11-09', 1],
    ['2026-11-16', 1.5],
    ['2026-11-23', 2],
    ['2026-11-27', 2], // after the last score: at the right edge
  ])('%s sits at x = %s', (date, x) => {
    const at = markerPosition(t, date);
    if (x === null) expect(at).toBeNull();
    else expect(at).toBeCloseTo(x, 5);
  });

  it('adds one dashed vertical line per marker beside the bands, and none without markers', () => {
    const annotations = (markers: Parameters<typeof chartOptions>[1]) =>
      Object.fromEntries(Object.entries(chartOptions(t, markers).plugins?.annotation?.annotations ?? {}));
    const withMarker = annotations([{ date: '2026-11-16', label: 'Sertraline 50 → 100 mg' }]);
    expect(withMarker['marker-0']).toMatchObject({ type: 'line', xMin: 1.5, xMax: 1.5, label: { content: 'Sertraline 50 → 100 mg' } });
    expect(Object.keys(annotations(undefined)).some((k) => k.startsWith('marker-'))).toBe(false);
  });
});
